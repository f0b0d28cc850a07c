// Contract handlers for vault.* methods.
import type { HandlerMap } from '../dispatch/handler';
import { AppError } from '../errors/AppError';
import type { vaultMethodNames } from '../../contract/vault/names';

export const vaultHandlers: HandlerMap<(typeof vaultMethodNames)[number]> = {
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
  'vault.changePassphrase': ({ next, rotateRecoveryCode, newDataKey, current, recoveryCode }, { vault }) => {
    const secret = current !== undefined ? { passphrase: current } : recoveryCode !== undefined ? { recoveryCode } : 'pending-reset';
    return vault.changePassphrase(secret, next, rotateRecoveryCode ?? false, newDataKey);
  },
  'vault.rotateRecoveryCode': (input, { vault }) => vault.rotateRecoveryCode(input.passphrase, input.newDataKey),
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
