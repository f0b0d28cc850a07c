// Vite (electron-vite, the web host build and vitest) turns `?raw` imports into the file's text at build time.
declare module '*.md?raw' {
  const source: string;
  export default source;
}
