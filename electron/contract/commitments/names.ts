// commitments.* and checkIns.* method names (dependency-free, for the preload).
export const commitmentsMethodNames = [
  'commitments.list',
  'commitments.create',
  'commitments.update',
  'commitments.retire',
  'checkIns.record',
  'checkIns.list',
] as const;
