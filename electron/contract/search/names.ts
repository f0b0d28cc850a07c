// search.* method names (dependency-free, for the preload).
export const searchMethodNames = ['search.query'] as const;
