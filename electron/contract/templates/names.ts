// templates.* method names (dependency-free, for the preload).
export const templatesMethodNames = [] as const;
