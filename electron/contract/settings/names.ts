// settings.* method names (dependency-free, for the preload).
export const settingsMethodNames = ['settings.get', 'settings.update'] as const;
