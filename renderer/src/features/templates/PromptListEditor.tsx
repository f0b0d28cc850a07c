// The prompts of a template being edited: each a question, an optional hint and how it is answered; reorder, remove, add.
import { emptyPrompt, type PromptDraft } from './templateDraft';

interface PromptListEditorProps {
  prompts: PromptDraft[];
  onChange: (prompts: PromptDraft[]) => void;
}

function moved<T>(items: T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

export function PromptListEditor({ prompts, onChange }: PromptListEditorProps) {
  const update = (index: number, changes: Partial<PromptDraft>) =>
    onChange(prompts.map((prompt, i) => (i === index ? { ...prompt, ...changes } : prompt)));
  return (
    <fieldset className="prompt-editor">
      <legend className="field-label">Prompts</legend>
      <ol className="prompt-rows">
        {prompts.map((prompt, index) => {
          const label = `Prompt ${index + 1}`;
          return (
            <li key={prompt.rowId} className="prompt-row">
              <div className="prompt-row-fields">
                <textarea
                  className="input prompt-question"
                  aria-label={`${label}: question`}
                  placeholder="A question to write about"
                  rows={2}
                  value={prompt.text}
                  maxLength={500}
                  onChange={(event) => update(index, { text: event.target.value })}
                />
                <input
                  className="input prompt-hint"
                  aria-label={`${label}: hint`}
                  placeholder="A short hint (optional)"
                  value={prompt.hint ?? ''}
                  maxLength={500}
                  onChange={(event) => update(index, { hint: event.target.value })}
                />
                <label className="check-label">
                  <input
                    type="checkbox"
                    checked={prompt.answer === 'checklist'}
                    onChange={(event) => update(index, { answer: event.target.checked ? 'checklist' : 'paragraph' })}
                  />
                  Answer as a checklist
                </label>
              </div>
              <div className="prompt-row-actions">
                <button
                  type="button"
                  className="tool"
                  aria-label={`Move ${label} up`}
                  title="Move up"
                  disabled={index === 0}
                  onClick={() => onChange(moved(prompts, index, index - 1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="tool"
                  aria-label={`Move ${label} down`}
                  title="Move down"
                  disabled={index === prompts.length - 1}
                  onClick={() => onChange(moved(prompts, index, index + 1))}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="tool"
                  aria-label={`Remove ${label}`}
                  title="Remove"
                  onClick={() => onChange(prompts.filter((_, i) => i !== index))}
                >
                  ×
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button-quiet button-small" onClick={() => onChange([...prompts, emptyPrompt()])}>
        Add a prompt
      </button>
    </fieldset>
  );
}
