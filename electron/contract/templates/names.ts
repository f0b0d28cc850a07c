// templates.* method names (dependency-free, for the preload).
export const templatesMethodNames = [
  'templates.list',
  'templates.get',
  'templates.create',
  'templates.update',
  'templates.delete',
  'templates.duplicate',
] as const;
