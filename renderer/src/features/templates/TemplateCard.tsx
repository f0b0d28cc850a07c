// One template in the picker: name, purpose, time and a glimpse of its prompts; the whole card starts an entry.
import { useId } from 'react';
import type { TemplateSummary } from '../../contract';

interface TemplateCardProps {
  template: TemplateSummary;
  onStart: () => void;
  /** Built-ins offer "Duplicate", the writer's own "Edit". */
  onSecondary: () => void;
}

export function describeLength(template: Pick<TemplateSummary, 'estimatedMinutes' | 'promptCount'>): string {
  const prompts = `${template.promptCount} ${template.promptCount === 1 ? 'prompt' : 'prompts'}`;
  return template.estimatedMinutes ? `About ${template.estimatedMinutes} min · ${prompts}` : prompts;
}

export function TemplateCard({ template, onStart, onSecondary }: TemplateCardProps) {
  const detailsId = useId();
  return (
    <li className="template-card">
      <button type="button" className="template-start" aria-describedby={detailsId} onClick={onStart}>
        {template.name}
      </button>
      <div id={detailsId} className="template-details">
        <p className="template-purpose">{template.description}</p>
        <p className="template-meta">
          {describeLength(template)}
          {template.kind === 'custom' && <span className="template-badge">Yours</span>}
        </p>
        {template.previewPrompts.length > 0 && (
          <ul className="template-preview" aria-label="First prompts">
            {template.previewPrompts.map((prompt, index) => (
              <li key={index}>{prompt}</li>
            ))}
          </ul>
        )}
      </div>
      <button
        type="button"
        className="template-secondary link-button"
        aria-label={`${template.kind === 'builtin' ? 'Duplicate' : 'Edit'} ${template.name}`}
        onClick={onSecondary}
      >
        {template.kind === 'builtin' ? 'Duplicate' : 'Edit'}
      </button>
    </li>
  );
}
