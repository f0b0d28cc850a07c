// Contract handlers for vault.* methods.
import type { HandlerMap } from '../dispatch/handler';
import type { vaultMethodNames } from '../../contract/vault/names';

export const vaultHandlers: HandlerMap<(typeof vaultMethodNames)[number]> = {
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
  'vault.changePassphrase': ({ next, rotateRecoveryCode, newDataKey, ...proof }, { vault }) => {
    const secret = 'current' in proof ? { passphrase: proof.current } : { recoveryCode: proof.recoveryCode };
    return vault.changePassphrase(secret, next, rotateRecoveryCode ?? false, newDataKey);
  },
  'vault.rotateRecoveryCode': (input, { vault }) => vault.rotateRecoveryCode(input.passphrase, input.newDataKey),
  'vault.touch': (_input, { autoLock }) => {
    autoLock.touch();
    return {};
  },
};
