// An entry in the Trash, read-only: read it before restoring it or deleting it forever.
import { EditorContent, useEditor } from '@tiptap/react';
import type { Entry } from '../../../contract';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useContractQuery } from '../../../data/useContract';
import { useTemplateName } from '../../templates/useTemplates';
import { editorExtensions } from '../editor/extensions';
import { formatEntryDate } from '../formatEntryDate';

interface Props {
  id: string;
  onRestore: (id: string) => void;
  onDeleteForever: (entry: Entry) => void;
}

function ReadOnlyDoc({ entry }: { entry: Entry }) {
  const editor = useEditor({
    extensions: editorExtensions,
    content: entry.doc,
    editable: false,
    editorProps: { attributes: { class: 'writing', 'aria-label': 'Entry text (read-only)' } },
  });
  return <EditorContent editor={editor} className="writing-frame" />;
}

export function TrashedEntryView({ id, onRestore, onDeleteForever }: Props) {
  const query = useContractQuery('entries.get', { id, includeTrashed: true });
  const entry = query.data;
  const templateName = useTemplateName();
  if (!entry) return <ErrorMessage message={query.error?.message ?? null} />;
  return (
    <article className="editor-pane trashed-entry" aria-label="Entry in the Trash">
      <header className="editor-header">
        <span className="trashed-note">In the Trash · {formatEntryDate(entry.entryDate)}</span>
        {templateName(entry.templateId) && <span className="entry-template">{templateName(entry.templateId)}</span>}
        <button type="button" className="button button-quiet button-small" onClick={() => onRestore(entry.id)}>
          Restore
        </button>
        <button type="button" className="button button-quiet button-small" onClick={() => onDeleteForever(entry)}>
          Delete forever…
        </button>
      </header>
      <div className="editor-body">
        <h1 className="title-input trashed-title">{entry.title || templateName(entry.templateId) || 'Untitled'}</h1>
        <ReadOnlyDoc key={entry.id} entry={entry} />
      </div>
    </article>
  );
}
