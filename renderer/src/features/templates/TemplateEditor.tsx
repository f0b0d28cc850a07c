// Make or edit a template of your own: its name, purpose, time, mood check and prompts. Built-ins are duplicated, never edited here.
import { useId, useState, type FormEvent } from 'react';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PromptListEditor } from './PromptListEditor';
import type { TemplateDraft } from './templateDraft';

interface TemplateEditorProps {
  initial: TemplateDraft;
  /** Resolves to an error message, or null once saved. */
  onSave: (draft: TemplateDraft) => Promise<string | null>;
  onDelete: (id: string) => Promise<string | null>;
  onClose: () => void;
}

export function TemplateEditor({ initial, onSave, onDelete, onClose }: TemplateEditorProps) {
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const formId = useId();
  const field = useId();
  const set = (changes: Partial<TemplateDraft>) => setDraft((current) => ({ ...current, ...changes }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(await onSave(draft));
  }

  async function remove() {
    if (draft.id) setError(await onDelete(draft.id));
  }

  const footer = (
    <>
      {draft.id &&
        (confirmingDelete ? (
          <span className="confirm-delete">
            Delete this template? Entries you wrote with it stay as they are.
            <button type="button" className="button button-danger button-small" onClick={() => void remove()}>
              Delete template
            </button>
            <button type="button" className="link-button" onClick={() => setConfirmingDelete(false)}>
              Keep it
            </button>
          </span>
        ) : (
          <button type="button" className="link-button link-danger" onClick={() => setConfirmingDelete(true)}>
            Delete…
          </button>
        ))}
      <span className="dialog-foot-spacer" />
      <button type="button" className="button button-quiet button-small" onClick={onClose}>
        Cancel
      </button>
      <button type="submit" form={formId} className="button button-primary button-small">
        Save template
      </button>
    </>
  );

  return (
    <Dialog
      title={draft.id ? 'Edit template' : 'New template'}
      lead="Your own questions, ready whenever you start a new entry."
      onClose={onClose}
      footer={footer}
      size="narrow"
    >
      <form id={formId} className="template-form" onSubmit={(event) => void submit(event)}>
        <ErrorMessage message={error} />
        <div className="field">
          <label className="field-label" htmlFor={`${field}-name`}>
            Name
          </label>
          <input
            id={`${field}-name`}
            className="input"
            value={draft.name}
            required
            maxLength={120}
            data-autofocus
            onChange={(event) => set({ name: event.target.value })}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${field}-purpose`}>
            What it is for <span className="field-optional">(one sentence, optional)</span>
          </label>
          <input
            id={`${field}-purpose`}
            className="input"
            value={draft.description}
            maxLength={500}
            onChange={(event) => set({ description: event.target.value })}
          />
        </div>
        <div className="field-row">
          <div className="field">
            <label className="field-label" htmlFor={`${field}-minutes`}>
              Minutes <span className="field-optional">(about)</span>
            </label>
            <input
              id={`${field}-minutes`}
              className="input input-minutes"
              type="number"
              min={1}
              max={240}
              value={draft.estimatedMinutes}
              onChange={(event) => set({ estimatedMinutes: event.target.value })}
            />
          </div>
          <label className="check-label">
            <input type="checkbox" checked={draft.moodCheck} onChange={(event) => set({ moodCheck: event.target.checked })} />
            Ask how I’m feeling at the start and at the end
          </label>
        </div>
        <PromptListEditor prompts={draft.prompts} onChange={(prompts) => set({ prompts })} />
      </form>
    </Dialog>
  );
}
