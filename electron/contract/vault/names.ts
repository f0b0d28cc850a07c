// vault.* method names (dependency-free, for the preload).
export const vaultMethodNames = ['vault.status', 'vault.create', 'vault.unlock', 'vault.lock'] as const;
