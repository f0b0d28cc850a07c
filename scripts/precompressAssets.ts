// Vite plugin for the renderer build: only woff2 fonts (every browser Afterword runs in reads them), and each text asset
// precompressed as .br and .gz beside it, so the browser host serves them by Accept-Encoding without compressing per request.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(js|css|html|svg|json|txt|map)$/;
/** Fontsource lists woff after woff2 as a fallback for browsers that predate woff2. */
const WOFF_FALLBACK = /,\s*url\([^)]*?\.woff\)\s*format\(["']woff["']\)/g;

export function precompressAssets(): Plugin {
  return {
    name: 'afterword:precompress-assets',
    enforce: 'post',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const [name, file] of Object.entries(bundle)) {
        if (name.endsWith('.woff')) delete bundle[name];
        else if (file.type === 'asset' && name.endsWith('.css')) file.source = String(file.source).replace(WOFF_FALLBACK, '');
      }
      for (const file of Object.values(bundle)) {
        if (!COMPRESSIBLE.test(file.fileName)) continue;
        const source = Buffer.from(file.type === 'chunk' ? file.code : file.source);
        if (source.length < 1024) continue;
        const brotli = brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
        this.emitFile({ type: 'asset', fileName: `${file.fileName}.br`, source: brotli });
        this.emitFile({ type: 'asset', fileName: `${file.fileName}.gz`, source: gzipSync(source, { level: 9 }) });
      }
    },
  };
}
