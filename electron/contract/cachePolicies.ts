// Every method's cache policy (dependency-free), gathered from each domain's cache.ts; a method without one fails the type check.
import { attachmentsCache } from './attachments/cache';
import { backupCache } from './backup/cache';
import type { CachePolicy } from './cache';
import { commitmentsCache } from './commitments/cache';
import { entriesCache } from './entries/cache';
import { exportsCache } from './exports/cache';
import type { MethodName } from './methodNames';
import { searchCache } from './search/cache';
import { settingsCache } from './settings/cache';
import { statsCache } from './stats/cache';
import { tagsCache } from './tags/cache';
import { templatesCache } from './templates/cache';
import { vaultCache } from './vault/cache';
import { wellbeingCache } from './wellbeing/cache';

export const cachePolicies = {
  ...vaultCache,
  ...entriesCache,
  ...templatesCache,
  ...exportsCache,
  ...backupCache,
  ...settingsCache,
  ...wellbeingCache,
  ...searchCache,
  ...tagsCache,
  ...commitmentsCache,
  ...attachmentsCache,
  ...statsCache,
} as const satisfies Record<MethodName, CachePolicy>;

/** The methods whose answers the renderer may cache and share between views. */
export type ReadMethod = { [M in MethodName]: (typeof cachePolicies)[M] extends { read: true } ? M : never }[MethodName];
