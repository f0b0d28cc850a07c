// What the template editor edits: plain fields and a list of prompts, turned into a template document only on save. Pure.
import { docFromPrompts, promptsFromEntry, promptsInDoc, type Doc, type PromptSpec, type Template } from '../../contract';

export interface PromptDraft extends PromptSpec {
  /** Stable React key for a row while it is being edited (prompt keys may be null or repeated). */
  rowId: string;
}

export interface TemplateDraft {
  /** null while creating a new template. */
  id: string | null;
  name: string;
  description: string;
  estimatedMinutes: string;
  moodCheck: boolean;
  prompts: PromptDraft[];
}

let nextRow = 0;
export const newRowId = (): string => `row-${++nextRow}`;

export function emptyPrompt(): PromptDraft {
  return { rowId: newRowId(), key: null, text: '', hint: null, answer: 'paragraph' };
}

const withRowIds = (prompts: PromptSpec[]): PromptDraft[] => prompts.map((prompt) => ({ ...prompt, rowId: newRowId() }));

export function draftFromTemplate(template: Template): TemplateDraft {
  return {
    id: template.id,
    name: template.name,
    description: template.description,
    estimatedMinutes: template.estimatedMinutes === null ? '' : String(template.estimatedMinutes),
    moodCheck: template.moodCheck,
    prompts: withRowIds(promptsInDoc(template.doc)),
  };
}

/** "Save as template": the entry's prompts and headings, never the writer's answers. */
export function draftFromEntry(title: string, doc: Doc): TemplateDraft {
  const prompts = withRowIds(promptsFromEntry(doc));
  return {
    id: null,
    name: title.trim(),
    description: '',
    estimatedMinutes: '',
    moodCheck: true,
    prompts: prompts.length > 0 ? prompts : [emptyPrompt()],
  };
}

export function blankDraft(): TemplateDraft {
  return { id: null, name: '', description: '', estimatedMinutes: '', moodCheck: true, prompts: [emptyPrompt()] };
}

/** The fields templates.create / templates.update take; empty prompt rows are dropped. */
export function draftToFields(draft: TemplateDraft) {
  const prompts = draft.prompts
    .filter((prompt) => prompt.text.trim() !== '')
    .map(({ key, text, hint, answer }): PromptSpec => ({ key, text: text.trim(), hint: hint?.trim() || null, answer }));
  const minutes = Number.parseInt(draft.estimatedMinutes, 10);
  return {
    name: draft.name,
    description: draft.description,
    estimatedMinutes: Number.isFinite(minutes) && minutes > 0 ? minutes : null,
    moodCheck: draft.moodCheck,
    doc: docFromPrompts(prompts),
  };
}
