// Input and output schemas of templates.* methods, and the stable ids of the built-in templates.
import { z } from 'zod';
import { docSchema } from '../doc';
import { none, ok } from '../shared';

/** The built-ins' ids: stable slugs that entries keep referring to across app versions. */
export const builtinTemplateIds = [
  'post-mortem',
  'empathy',
  'what-will-be-different',
  'apology',
  'after-conversation',
  'follow-through',
  'daily',
] as const;
export type BuiltinTemplateId = (typeof builtinTemplateIds)[number];

/** A built-in's slug or a custom template's UUID; anything else cannot name a template. */
export const templateId = z.union([z.enum(builtinTemplateIds), z.string().uuid()]);

const templateName = z.string().trim().min(1, 'give the template a name').max(120);
const templateDescription = z.string().trim().max(500);
const estimatedMinutes = z.number().int().min(1).max(240);

export const templateSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  kind: z.enum(['builtin', 'custom']),
  /** Bumps whenever the template's content changes; entries record the version they were made from. */
  version: z.number().int().positive(),
  estimatedMinutes: z.number().int().nullable(),
  /** Whether entries from it open and close with a 1–5 "how are you feeling?" check. */
  moodCheck: z.boolean(),
  promptCount: z.number().int().nonnegative(),
  /** The first few prompts' questions, for the picker's preview. */
  previewPrompts: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TemplateSummary = z.infer<typeof templateSummarySchema>;

export const templateSchema = templateSummarySchema.extend({ doc: docSchema });
export type Template = z.infer<typeof templateSchema>;

const byId = z.object({ id: templateId }).strict();

export const templatesMethods = {
  'templates.list': {
    input: none,
    output: z.object({ items: z.array(templateSummarySchema) }),
  },
  'templates.get': { input: byId, output: templateSchema },
  'templates.create': {
    input: z
      .object({
        name: templateName,
        description: templateDescription.optional(),
        doc: docSchema,
        estimatedMinutes: estimatedMinutes.nullable().optional(),
        moodCheck: z.boolean().optional(),
      })
      .strict(),
    output: templateSchema,
  },
  'templates.update': {
    input: z
      .object({
        id: templateId,
        name: templateName.optional(),
        description: templateDescription.optional(),
        doc: docSchema.optional(),
        estimatedMinutes: estimatedMinutes.nullable().optional(),
        moodCheck: z.boolean().optional(),
      })
      .strict(),
    output: templateSchema,
  },
  'templates.delete': { input: byId, output: ok },
  'templates.duplicate': { input: byId, output: templateSchema },
};
