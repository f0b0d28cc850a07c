// The contract: one input and one output schema per method, gathered from each domain's schemas.ts.
import type { z } from 'zod';
import { attachmentsMethods } from './attachments/schemas';
import { backupMethods } from './backup/schemas';
import { commitmentsMethods } from './commitments/schemas';
import { entriesMethods } from './entries/schemas';
import { exportsMethods } from './exports/schemas';
import type { MethodName } from './methodNames';
import { searchMethods } from './search/schemas';
import { settingsMethods } from './settings/schemas';
import { statsMethods } from './stats/schemas';
import { tagsMethods } from './tags/schemas';
import { templatesMethods } from './templates/schemas';
import { vaultMethods } from './vault/schemas';
import { wellbeingMethods } from './wellbeing/schemas';

export const methods = {
  ...vaultMethods,
  ...entriesMethods,
  ...templatesMethods,
  ...exportsMethods,
  ...backupMethods,
  ...settingsMethods,
  ...wellbeingMethods,
  ...searchMethods,
  ...tagsMethods,
  ...commitmentsMethods,
  ...attachmentsMethods,
  ...statsMethods,
} satisfies Record<MethodName, { input: z.ZodType; output: z.ZodType }>;

export type Methods = typeof methods;
/** What a caller sends (before defaults and transforms). */
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
/** What a handler receives after validation. */
export type ParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;
