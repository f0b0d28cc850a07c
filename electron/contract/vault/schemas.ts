// Input and output schemas of vault.* methods.
import { z } from 'zod';
import { vaultStatusSchema } from '../entities';
import { lockReasons } from '../methodNames';
import { none, ok } from '../shared';

/** Long enough to be worth guessing, short enough for hostile input to stay cheap. */
export const newPassphrase = z.string().min(8, 'use at least 8 characters').max(1024);
export const anyPassphrase = z.string().min(1).max(1024);
export const recoveryCode = z.string().min(1).max(200);

/** Ask for a fresh recovery code in the same step; the old one stops working. */
const rotate = { rotateRecoveryCode: z.boolean().optional() };
/**
 * Re-encrypt the journal under a new data key, so nothing the old secret could open (an old automatic backup, a copied key file)
 * still opens the journal. Default: on when the secret being retired is not the one that authorises the change.
 */
const newDataKey = { newDataKey: z.boolean().optional() };

/** What a key change did: whether the data key was replaced, and which automatic backups were re-made or deleted. */
const keyChangeOutcome = {
  dataKey: z.enum(['kept', 'replaced']),
  backups: z.object({ remade: z.array(z.string()), deleted: z.array(z.string()) }),
};

export const vaultMethods = {
  'vault.status': { input: none, output: vaultStatusSchema },
  'vault.create': {
    input: z.object({ passphrase: newPassphrase }).strict(),
    output: z.object({ recoveryCode: z.string() }),
  },
  'vault.unlock': {
    input: z.union([z.object({ passphrase: anyPassphrase }).strict(), z.object({ recoveryCode }).strict()]),
    output: ok,
  },
  'vault.lock': {
    input: z
      .object({ reason: z.enum(lockReasons).optional() })
      .strict()
      .optional(),
    output: ok,
  },
  /**
   * Wraps the data key under a new passphrase, or (newDataKey) re-encrypts the journal under a new one. A new data key with the
   * current passphrase as proof also issues a new recovery code: the old code's slot cannot be rewrapped without the code.
   */
  'vault.changePassphrase': {
    input: z
      .object({
        current: anyPassphrase.optional(),
        recoveryCode: recoveryCode.optional(),
        next: newPassphrase,
        ...rotate,
        ...newDataKey,
      })
      .strict()
      // Neither proof is allowed right after a recovery-code unlock (vault.status says pendingStep 'new-passphrase'): that unlock is the proof.
      .refine((input) => !(input.current !== undefined && input.recoveryCode !== undefined), {
        message: 'give either the current passphrase or the recovery code',
        path: ['recoveryCode'],
      }),
    output: z.object({ recoveryCode: z.string().optional(), ...keyChangeOutcome }),
  },
  'vault.rotateRecoveryCode': {
    input: z.object({ passphrase: anyPassphrase, ...newDataKey }).strict(),
    output: z.object({ recoveryCode: z.string(), ...keyChangeOutcome }),
  },
  /** The person is still here (typing, pointing, scrolling): restarts the auto-lock countdown. */
  'vault.touch': { input: none, output: ok },
  /** The recovery code still waiting to be confirmed as saved (pendingStep 'recovery-code'), so a reload shows it again; NOT_FOUND otherwise. */
  'vault.pendingRecoveryCode': { input: none, output: z.object({ recoveryCode: z.string() }) },
  /** Confirms the recovery code is saved, or declines to choose a new passphrase now. */
  'vault.finishPendingStep': { input: none, output: ok },
};
