// export.* and import.* method names (dependency-free, for the preload).
export const exportsMethodNames = [
  'export.pdf',
  'export.markdown',
  'export.json',
  'import.json',
  'import.dayOne',
  'import.markdown',
  'import.cancel',
] as const;

/** Of those, the methods that answer with a file (see ../files.ts). */
export const exportsFileResultMethods = ['export.pdf', 'export.markdown', 'export.json'] as const;

/** Of those, the methods that take a file the person picked (see ../files.ts). */
export const exportsFileInputMethods = ['import.json', 'import.dayOne', 'import.markdown'] as const;
