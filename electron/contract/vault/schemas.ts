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
  'vault.lock': { input: z.object({ reason: z.enum(lockReasons).optional() }).strict().optional(), output: ok },
  /** Rewraps the data key under a new passphrase; the database itself is never re-encrypted. */
  'vault.changePassphrase': {
    input: z
      .object({
        current: anyPassphrase.optional(),
        recoveryCode: recoveryCode.optional(),
        next: newPassphrase,
        ...rotate,
      })
      .strict()
      // Neither proof is allowed right after a recovery-code unlock (vault.status says pendingStep 'new-passphrase'): that unlock is the proof.
      .refine((input) => !(input.current !== undefined && input.recoveryCode !== undefined), { message: 'give either the current passphrase or the recovery code', path: ['recoveryCode'] }),
    output: z.object({ recoveryCode: z.string().optional() }),
  },
  'vault.rotateRecoveryCode': {
    input: z.object({ passphrase: anyPassphrase }).strict(),
    output: z.object({ recoveryCode: z.string() }),
  },
  /** The person is still here (typing, pointing, scrolling): restarts the auto-lock countdown. */
  'vault.touch': { input: none, output: ok },
  /** The recovery code still waiting to be confirmed as saved (pendingStep 'recovery-code'), so a reload shows it again; NOT_FOUND otherwise. */
  'vault.pendingRecoveryCode': { input: none, output: z.object({ recoveryCode: z.string() }) },
  /** Confirms the recovery code is saved, or declines to choose a new passphrase now. */
  'vault.finishPendingStep': { input: none, output: ok },
};
