// export.* and import.* method names (dependency-free, for the preload).
export const exportsMethodNames = [
  'export.pdf',
  'export.markdown',
  'export.json',
  'export.cancel',
  'import.json',
  'import.dayOne',
  'import.markdown',
  'import.cancel',
] as const;

/** Of those, the methods that answer with a file (see ../files.ts). */
export const exportsFileResultMethods = ['export.pdf', 'export.markdown', 'export.json'] as const;

/** Of those, the methods that take a file the person picked (see ../files.ts). */
export const exportsFileInputMethods = ['import.json', 'import.dayOne', 'import.markdown'] as const;

/** The long methods that make a file in a job worker: they report export.progress and export.cancel stops them. */
export const fileJobMethods = ['export.json', 'export.markdown', 'backup.create'] as const;
export type FileJobMethod = (typeof fileJobMethods)[number];
