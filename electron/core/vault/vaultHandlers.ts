// Contract handlers for vault.* methods.
import type { HandlerMap } from '../dispatch/handler';
import { AppError } from '../errors/AppError';

type VaultMethod =
  | 'vault.status'
  | 'vault.create'
  | 'vault.unlock'
  | 'vault.lock'
  | 'vault.changePassphrase'
  | 'vault.rotateRecoveryCode'
  | 'vault.touch'
  | 'vault.pendingRecoveryCode'
  | 'vault.finishPendingStep';

export const vaultHandlers: HandlerMap<VaultMethod> = {
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
  'vault.changePassphrase': ({ next, rotateRecoveryCode, current, recoveryCode }, { vault }) => {
    const secret = current !== undefined ? { passphrase: current } : recoveryCode !== undefined ? { recoveryCode } : 'pending-reset';
    return vault.changePassphrase(secret, next, rotateRecoveryCode ?? false);
  },
  'vault.rotateRecoveryCode': (input, { vault }) => vault.rotateRecoveryCode(input.passphrase),
  'vault.touch': (_input, { autoLock }) => {
    autoLock.touch();
    return {};
  },
  'vault.pendingRecoveryCode': (_input, { vault }) => {
    const step = vault.pendingStep();
    if (step?.kind !== 'recovery-code') throw new AppError('NOT_FOUND', 'There is no recovery code waiting to be saved.');
    return { recoveryCode: step.recoveryCode };
  },
  'vault.finishPendingStep': (_input, { vault }) => {
    vault.finishPendingStep();
    return {};
  },
};
