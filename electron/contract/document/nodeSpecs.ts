// The exact attributes each node and mark of the editor's schema (editor/extensions.ts) may carry: one entry per type, so a new
// node or attribute is one line here. Anything not listed is refused at the contract and stripped by the repair.
import { z } from 'zod';
import { ATTACHMENT_REF, isSafeLinkHref } from './safeUrl';

/**
 * How one attribute is checked. `words` marks attributes that hold the writer's or a template's words (a prompt's question, a
 * picture's caption): a bad value there is never silently dropped, the document is quarantined instead (docRepair.ts).
 * `required` attributes make their node or mark meaningless when bad: the repair removes the mark, or turns the node into its words.
 */
export interface AttrRule {
  schema: z.ZodType;
  required?: boolean;
  words?: boolean;
}

export interface TypeSpec {
  attrs: Record<string, AttrRule>;
}

const rule = (schema: z.ZodType, flags: Omit<AttrRule, 'schema'> = {}): AttrRule => ({ schema, ...flags });
/** Tiptap writes every attribute it knows into getJSON(), null when unset; null therefore always means "not set". */
const optional = (schema: z.ZodType, flags: Omit<AttrRule, 'schema'> = {}) => rule(schema.nullable(), flags);
const onlyNull = rule(z.null());
const plain: TypeSpec = { attrs: {} };

const identifier = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[A-Za-z0-9_-]+$/, 'expected letters, digits, "-" or "_"');

export const nodeSpecs: Record<string, TypeSpec> = {
  doc: plain,
  text: plain,
  paragraph: plain,
  blockquote: plain,
  bulletList: plain,
  listItem: plain,
  taskList: plain,
  hardBreak: plain,
  horizontalRule: plain,
  heading: { attrs: { level: rule(z.number().int().min(1).max(6)) } },
  codeBlock: {
    attrs: {
      language: optional(
        z
          .string()
          .max(32)
          .regex(/^[A-Za-z0-9][A-Za-z0-9_+#.-]*$/, 'expected a short language name such as "js"'),
      ),
    },
  },
  orderedList: {
    attrs: { start: optional(z.number().int().min(-1_000_000_000).max(1_000_000_000)), type: optional(z.enum(['1', 'a', 'A', 'i', 'I'])) },
  },
  image: {
    attrs: {
      src: rule(z.string().regex(ATTACHMENT_REF, 'a picture must be one stored in the journal (attachment:<id>)'), { required: true }),
      alt: optional(z.string().max(1_000), { words: true }),
      width: optional(z.enum(['third', 'half', 'full'])),
      // Tiptap's Image writes these as null; they are never set.
      title: onlyNull,
      height: onlyNull,
    },
  },
  taskItem: { attrs: { checked: rule(z.boolean()), id: optional(identifier(64)) } },
  prompt: {
    attrs: {
      text: rule(z.string().max(2_000), { words: true }),
      hint: optional(z.string().max(2_000), { words: true }),
      key: optional(identifier(100)),
    },
  },
};

export const markSpecs: Record<string, TypeSpec> = {
  bold: plain,
  italic: plain,
  strike: plain,
  underline: plain,
  code: plain,
  highlight: plain,
  link: {
    attrs: {
      href: rule(z.string().refine(isSafeLinkHref, 'a link must start with http://, https:// or mailto:'), { required: true }),
      target: optional(z.literal('_blank')),
      rel: optional(z.literal('noopener noreferrer nofollow')),
      class: onlyNull,
      title: optional(z.string().max(1_000)),
    },
  },
};
