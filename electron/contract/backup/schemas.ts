// Input and output schemas of backup.* methods.
export const backupMethods = {};
