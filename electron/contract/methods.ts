// The contract: one input and one output schema per method. Main, preload, web host and renderer derive from this.
import { z } from 'zod';
import { docSchema } from './doc';
import { entryId, entrySchema, entrySummarySchema, isoDate, mood, title, vaultStatusSchema } from './entities';
import type { MethodName } from './methodNames';

const none = z.object({}).strict().optional();
const ok = z.object({});

/** Long enough to be worth guessing, short enough for hostile input to stay cheap. */
const passphrase = z.string().min(8, 'use at least 8 characters').max(1024);
const recoveryCode = z.string().min(1).max(200);

export const methods = {
  'vault.status': { input: none, output: vaultStatusSchema },
  'vault.create': {
    input: z.object({ passphrase }).strict(),
    output: z.object({ recoveryCode: z.string() }),
  },
  'vault.unlock': {
    input: z.union([
      z.object({ passphrase: z.string().min(1).max(1024) }).strict(),
      z.object({ recoveryCode }).strict(),
    ]),
    output: ok,
  },
  'vault.lock': { input: none, output: ok },
  'entries.create': {
    input: z
      .object({
        entryDate: isoDate.optional(),
        title: title.optional(),
        doc: docSchema.optional(),
        mood: mood.nullable().optional(),
      })
      .strict()
      .optional(),
    output: entrySchema,
  },
  'entries.get': { input: z.object({ id: entryId }).strict(), output: entrySchema },
  'entries.update': {
    input: z
      .object({
        id: entryId,
        title: title.optional(),
        doc: docSchema.optional(),
        entryDate: isoDate.optional(),
        mood: mood.nullable().optional(),
        favorite: z.boolean().optional(),
        /** The version the editor last saw; when given, a newer stored version answers CONFLICT. */
        baseVersion: z.number().int().positive().optional(),
      })
      .strict(),
    output: entrySchema,
  },
  'entries.list': {
    input: z
      .object({ cursor: z.string().max(512).optional(), limit: z.number().int().min(1).max(500).optional() })
      .strict()
      .optional(),
    output: z.object({ items: z.array(entrySummarySchema), nextCursor: z.string().nullable() }),
  },
  'entries.trash': { input: z.object({ id: entryId }).strict(), output: ok },
  'entries.restore': { input: z.object({ id: entryId }).strict(), output: entrySchema },
  'entries.listTrash': { input: none, output: z.object({ items: z.array(entrySummarySchema) }) },
} satisfies Record<MethodName, { input: z.ZodType; output: z.ZodType }>;

export type Methods = typeof methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;
