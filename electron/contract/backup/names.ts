// backup.* method names (dependency-free, for the preload).
export const backupMethodNames = [] as const;

/** Of those, the methods that answer with a file (see ../files.ts). */
export const backupFileResultMethods = [] as const;

/** Of those, the methods that take a file the person picked (see ../files.ts). */
export const backupFileInputMethods = [] as const;
