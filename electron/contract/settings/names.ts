// settings.* method names (dependency-free, for the preload).
export const settingsMethodNames = [] as const;
