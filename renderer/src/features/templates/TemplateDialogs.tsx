// Which template dialog is open (the picker or the editor) and how one leads to the other.
import type { Template } from '../../contract';
import { TemplateEditor } from './TemplateEditor';
import { TemplatePicker } from './TemplatePicker';
import { blankDraft, draftFromTemplate, type TemplateDraft } from './templateDraft';
import { useTemplates } from './useTemplates';

export type TemplateDialogState =
  | { name: 'picker'; error?: string }
  /** `backToPicker`: the editor was opened from the picker, so closing it returns there. */
  | { name: 'template-editor'; draft: TemplateDraft; backToPicker: boolean };

interface TemplateDialogsProps {
  state: TemplateDialogState;
  onChange: (next: TemplateDialogState | null) => void;
  onStart: (templateId: string | null) => void;
  onSaved: (name: string) => void;
}

export function TemplateDialogs({ state, onChange, onStart, onSaved }: TemplateDialogsProps) {
  const templates = useTemplates();

  const edit = async (load: Promise<{ ok: true; value: Template } | { ok: false; message: string }>) => {
    const result = await load;
    onChange(
      result.ok
        ? { name: 'template-editor', draft: draftFromTemplate(result.value), backToPicker: true }
        : { name: 'picker', error: result.message },
    );
  };

  if (state.name === 'picker') {
    return (
      <TemplatePicker
        templates={templates.templates}
        error={state.error ?? templates.error}
        onStart={(templateId) => {
          onChange(null);
          onStart(templateId);
        }}
        onDuplicate={(id) => void edit(templates.duplicate(id))}
        onEdit={(id) => void edit(templates.get(id))}
        onNewTemplate={() => onChange({ name: 'template-editor', draft: blankDraft(), backToPicker: true })}
        onClose={() => onChange(null)}
      />
    );
  }

  const leave = () => onChange(state.backToPicker ? { name: 'picker' } : null);
  return (
    <TemplateEditor
      initial={state.draft}
      onSave={async (draft) => {
        const result = await templates.save(draft);
        if (!result.ok) return result.message;
        if (!state.backToPicker) onSaved(result.value.name);
        leave();
        return null;
      }}
      onDelete={async (id) => {
        const result = await templates.remove(id);
        if (!result.ok) return result.message;
        leave();
        return null;
      }}
      onClose={leave}
    />
  );
}
