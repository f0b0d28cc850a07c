// export.* and import.* method names (dependency-free, for the preload).
export const exportsMethodNames = [] as const;

/** Of those, the methods that answer with a file (see ../files.ts). */
export const exportsFileResultMethods = [] as const;

/** Of those, the methods that take a file the person picked (see ../files.ts). */
export const exportsFileInputMethods = [] as const;
