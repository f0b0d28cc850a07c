// tags.* method names (dependency-free, for the preload).
export const tagsMethodNames = ['tags.list', 'tags.rename', 'tags.delete'] as const;
