// Contract handlers for vault.* methods.
import type { HandlerMap } from '../dispatch/handler';

export const vaultHandlers: HandlerMap<'vault.status' | 'vault.create' | 'vault.unlock' | 'vault.lock'> = {
  'vault.status': (_input, { vault }) => vault.status(),
  'vault.create': (input, { vault }) => vault.create(input.passphrase),
  'vault.unlock': async (input, { vault }) => {
    await vault.unlock(input);
    return {};
  },
  'vault.lock': (input, { vault, emit }) => {
    const wasUnlocked = vault.status().unlocked;
    vault.lock();
    if (wasUnlocked) emit({ name: 'vault.locked', reason: input?.reason ?? 'user' });
    return {};
  },
};
