// stats.* method names (dependency-free, for the preload).
export const statsMethodNames = ['stats.summary'] as const;
