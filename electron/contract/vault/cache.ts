// What each vault.* call does to the renderer's cache (see ../cache.ts): opening or closing the journal keeps nothing.
import { everything, invalidates, read, type CachePolicy } from '../cache';
import type { vaultMethodNames } from './names';

export const vaultCache = {
  'vault.status': read,
  'vault.create': everything,
  'vault.unlock': everything,
  'vault.lock': everything,
  'vault.changePassphrase': invalidates(),
  'vault.rotateRecoveryCode': invalidates(),
  'vault.touch': invalidates(),
} as const satisfies Record<(typeof vaultMethodNames)[number], CachePolicy>;
