// export.*, import.* and backup.* method names (dependency-free, for the preload).
export const exportsMethodNames = [] as const;
