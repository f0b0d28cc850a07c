// The template list in memory, reloaded after every change, and the calls that change it.
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { Template, TemplateSummary } from '../../contract';
import { draftToFields, type TemplateDraft } from './templateDraft';

type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

export function useTemplates() {
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const result = await api['templates.list']({});
    setError(result.ok ? null : result.error.message);
    if (result.ok) setTemplates(result.value.items);
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  const change = useCallback(
    async <T>(call: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<Outcome<T>> => {
      const result = await call;
      if (!result.ok) return { ok: false, message: result.error.message };
      await reload();
      return result;
    },
    [reload],
  );

  const save = useCallback(
    (draft: TemplateDraft): Promise<Outcome<Template>> =>
      change(draft.id ? api['templates.update']({ id: draft.id, ...draftToFields(draft) }) : api['templates.create'](draftToFields(draft))),
    [change],
  );
  const duplicate = useCallback((id: string) => change(api['templates.duplicate']({ id })), [change]);
  const remove = useCallback((id: string) => change(api['templates.delete']({ id })), [change]);
  const get = useCallback(async (id: string): Promise<Outcome<Template>> => {
    const result = await api['templates.get']({ id });
    return result.ok ? result : { ok: false, message: result.error.message };
  }, []);

  /** Whether entries from this template open with a mood check (unknown or deleted templates: yes). */
  const moodCheckFor = useCallback((id: string | null) => id !== null && (templates.find((t) => t.id === id)?.moodCheck ?? true), [templates]);

  return { templates, error, save, duplicate, remove, get, moodCheckFor };
}

export type TemplatesState = ReturnType<typeof useTemplates>;
