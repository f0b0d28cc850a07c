// "New entry": a calm gallery of templates, a blank page first, and the way to make a template of your own.
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { TemplateSummary } from '../../contract';
import { SupportLine } from '../wellbeing/SupportLine';
import { TemplateCard } from './TemplateCard';

interface TemplatePickerProps {
  templates: TemplateSummary[];
  error: string | null;
  /** null: a blank entry. */
  onStart: (templateId: string | null) => void;
  onDuplicate: (templateId: string) => void;
  onEdit: (templateId: string) => void;
  onNewTemplate: () => void;
  onClose: () => void;
}

export function TemplatePicker({ templates, error, onStart, onDuplicate, onEdit, onNewTemplate, onClose }: TemplatePickerProps) {
  return (
    <Dialog
      title="Begin a new entry"
      lead="Start with a blank page, or let a few questions guide you. Skip any prompt you like, and stop whenever you’ve had enough."
      onClose={onClose}
      footer={
        <>
          <SupportLine />
          <button type="button" className="button button-quiet button-small" onClick={onNewTemplate}>
            New template
          </button>
        </>
      }
    >
      <ErrorMessage message={error} />
      <ul className="template-grid" aria-label="Templates">
        <li className="template-card template-blank">
          <button
            type="button"
            className="template-start"
            data-autofocus
            aria-describedby="blank-entry-details"
            onClick={() => onStart(null)}
          >
            Blank entry
          </button>
          <div id="blank-entry-details" className="template-details">
            <p className="template-purpose">A quiet page with nothing on it. Write whatever is true for you today.</p>
          </div>
        </li>
        {templates.map((template) => (
          <TemplateCard
            key={template.id}
            template={template}
            onStart={() => onStart(template.id)}
            onSecondary={() => (template.kind === 'builtin' ? onDuplicate(template.id) : onEdit(template.id))}
          />
        ))}
      </ul>
    </Dialog>
  );
}
