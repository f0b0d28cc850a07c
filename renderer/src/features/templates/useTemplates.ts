// The template list (a cached contract read) and the calls that change it; each change names what it makes stale.
import { useCallback } from 'react';
import type { Template } from '../../contract';
import { useContractMutation, useContractQuery, useContractRead } from '../../data/useContract';
import { draftToFields, type TemplateDraft } from './templateDraft';

type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

const outcome = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): Outcome<T> =>
  result.ok ? result : { ok: false, message: result.error.message };

export function useTemplates() {
  const list = useContractQuery('templates.list', {});
  const templates = list.data?.items ?? [];
  const create = useContractMutation('templates.create').run;
  const update = useContractMutation('templates.update').run;
  const duplicateTemplate = useContractMutation('templates.duplicate').run;
  const deleteTemplate = useContractMutation('templates.delete').run;
  const read = useContractRead();

  const save = useCallback(
    async (draft: TemplateDraft): Promise<Outcome<Template>> =>
      outcome(await (draft.id ? update({ id: draft.id, ...draftToFields(draft) }) : create(draftToFields(draft)))),
    [create, update],
  );
  const duplicate = useCallback(async (id: string) => outcome(await duplicateTemplate({ id })), [duplicateTemplate]);
  const remove = useCallback(async (id: string) => outcome(await deleteTemplate({ id })), [deleteTemplate]);
  const get = useCallback(async (id: string) => outcome(await read('templates.get', { id })), [read]);

  return { templates, error: list.error?.message ?? null, save, duplicate, remove, get };
}

export type TemplatesState = ReturnType<typeof useTemplates>;

/** Whether entries from this template open with a mood check (unknown or deleted templates: yes). */
export function useMoodCheckFor(templateId: string | null): boolean {
  const { data } = useContractQuery('templates.list', {});
  return templateId !== null && (data?.items.find((t) => t.id === templateId)?.moodCheck ?? true);
}

/** A template's name by its id, for the label on an entry; null without a template or when it was deleted since. */
export function useTemplateName(): (templateId: string | null) => string | null {
  const { data } = useContractQuery('templates.list', {});
  return useCallback((templateId) => (templateId === null ? null : (data?.items.find((t) => t.id === templateId)?.name ?? null)), [data]);
}
