// The shapes that travel between renderer and core: entries, vault status and pagination.
import { z } from 'zod';
import { docSchema } from './doc';

/** A calendar day in the writer's own sense (no time zone): YYYY-MM-DD, validated as a real date. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'not a real calendar date');

export const entryId = z.string().uuid();
export const mood = z.number().int().min(1).max(5);

export const entrySchema = z.object({
  id: entryId,
  entryDate: isoDate,
  createdAt: z.string(),
  updatedAt: z.string(),
  title: z.string(),
  doc: docSchema,
  preview: z.string(),
  wordCount: z.number().int().nonnegative(),
  /** How the writer felt at the end (1–5); moodBefore is the check at the start of a template session. */
  mood: mood.nullable(),
  moodBefore: mood.nullable(),
  templateId: z.string().nullable(),
  templateVersion: z.number().int().nullable(),
  /** A guided entry's prompts and how many have an answer ("3 of 9"); null for an entry without prompts. */
  progress: z.object({ prompts: z.number().int().nonnegative(), answered: z.number().int().nonnegative() }).nullable(),
  favorite: z.boolean(),
  /** Display names, in alphabetical order. */
  tags: z.array(z.string()),
  deletedAt: z.string().nullable(),
  /** Optimistic version: bumps on every save; a stale save is refused with CONFLICT. */
  version: z.number().int().positive(),
});
export type Entry = z.infer<typeof entrySchema>;

/** What a list row needs: everything but the document. */
export const entrySummarySchema = entrySchema.omit({ doc: true });
export type EntrySummary = z.infer<typeof entrySummarySchema>;

export const vaultStatusSchema = z.object({
  exists: z.boolean(),
  unlocked: z.boolean(),
  /** A set-up step the writer has not finished (see core/vault/vault.ts): the app shows it again after a reload. */
  pendingStep: z.enum(['recovery-code', 'new-passphrase']).optional(),
});
export type VaultStatus = z.infer<typeof vaultStatusSchema>;

export const title = z.string().max(500);
