// vault.* method names (dependency-free, for the preload).
/** The methods that make sense while the journal is locked (they open it, or say whether it exists). */
export const vaultMethodsWhileLocked = ['vault.status', 'vault.create', 'vault.unlock', 'vault.lock'] as const;

export const vaultMethodNames = [
  ...vaultMethodsWhileLocked,
  'vault.changePassphrase',
  'vault.rotateRecoveryCode',
  'vault.touch',
  'vault.pendingRecoveryCode',
  'vault.finishPendingStep',
] as const;
