// Contract handlers for vault.* methods.
import type { HandlerMap } from '../dispatch/handler';

type VaultMethod = 'vault.status' | 'vault.create' | 'vault.unlock' | 'vault.lock' | 'vault.changePassphrase' | 'vault.rotateRecoveryCode' | 'vault.touch';

export const vaultHandlers: HandlerMap<VaultMethod> = {
  'vault.status': (_input, { vault }) => vault.status(),
  'vault.create': (input, { vault }) => vault.create(input.passphrase),
  'vault.unlock': async (input, { vault }) => {
    await vault.unlock(input);
    return {};
  },
  'vault.lock': (input, { vault, emit }) => {
    const wasUnlocked = vault.isUnlocked();
    vault.lock();
    if (wasUnlocked) emit({ name: 'vault.locked', reason: input?.reason ?? 'user' });
    return {};
  },
  'vault.changePassphrase': ({ next, rotateRecoveryCode, ...proof }, { vault }) => {
    const secret = 'current' in proof ? { passphrase: proof.current } : { recoveryCode: proof.recoveryCode };
    return vault.changePassphrase(secret, next, rotateRecoveryCode ?? false);
  },
  'vault.rotateRecoveryCode': (input, { vault }) => vault.rotateRecoveryCode(input.passphrase),
  'vault.touch': (_input, { autoLock }) => {
    autoLock.touch();
    return {};
  },
};
