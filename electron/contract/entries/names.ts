// entries.* method names (dependency-free, for the preload).
export const entriesMethodNames = [
  'entries.create',
  'entries.get',
  'entries.update',
  'entries.list',
  'entries.trash',
  'entries.restore',
  'entries.listTrash',
  'entries.deleteForever',
  'entries.emptyTrash',
  'entries.discardUntouched',
  'entries.calendar',
  'entries.onThisDay',
] as const;
