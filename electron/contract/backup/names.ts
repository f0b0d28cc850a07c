// backup.* method names (dependency-free, for the preload).
export const backupMethodNames = [
  'backup.create',
  'backup.restore',
  'backup.listAutomatic',
  'backup.restoreAutomatic',
  'backup.undoRestore',
] as const;

/** Of those, the methods that answer with a file (see ../files.ts). */
export const backupFileResultMethods = ['backup.create'] as const;

/** Of those, the methods that take a file the person picked (see ../files.ts). */
export const backupFileInputMethods = ['backup.restore'] as const;

/** Restoring must work when the journal cannot be opened at all (damaged, or a fresh folder); creating needs it open. */
export const backupMethodsWhileLocked = [
  'backup.restore',
  'backup.listAutomatic',
  'backup.restoreAutomatic',
  'backup.undoRestore',
] as const;
