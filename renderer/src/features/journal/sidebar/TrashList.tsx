// Entries moved to the Trash: each can be read, restored, or deleted forever; the whole Trash can be emptied.
import { useState } from 'react';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useContractMutation, useContractQuery } from '../../../data/useContract';
import { useTemplateName } from '../../templates/useTemplates';
import { ForeverConfirm } from '../trash/ForeverConfirm';
import { EntryRow } from './EntryRow';

interface Props {
  selectedId: string | null;
  onSelect: (id: string) => void;
  onRestore: (id: string) => void;
  onEmptied: (deleted: number) => void;
}

export function TrashList({ selectedId, onSelect, onRestore, onEmptied }: Props) {
  const trash = useContractQuery('entries.listTrash', {});
  const emptyTrash = useContractMutation('entries.emptyTrash').run;
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const entries = trash.data?.items ?? null;
  const templateName = useTemplateName();

  async function empty() {
    setConfirming(false);
    const result = await emptyTrash({});
    if (!result.ok) return setError(result.error.message);
    onEmptied(result.value.deleted);
  }

  const list =
    entries === null ? (
      <p className="list-empty">Opening the Trash…</p>
    ) : entries.length === 0 ? (
      <p className="list-empty">The Trash is empty. Entries you move here can be restored.</p>
    ) : (
      <>
        <button type="button" className="button button-quiet button-small trash-empty" onClick={() => setConfirming(true)}>
          Empty Trash…
        </button>
        <ul className="entry-list" aria-label="Trash">
          {entries.map((entry) => (
            <EntryRow
              key={entry.id}
              entry={entry}
              templateName={templateName(entry.templateId)}
              selected={entry.id === selectedId}
              onSelect={() => onSelect(entry.id)}
              action={
                <button
                  type="button"
                  className="button button-quiet button-small row-action"
                  aria-label={`Restore ${entry.title || templateName(entry.templateId) || 'Untitled'}`}
                  onClick={() => onRestore(entry.id)}
                >
                  Restore
                </button>
              }
            />
          ))}
        </ul>
      </>
    );
  return (
    <>
      <ErrorMessage message={error ?? trash.error?.message ?? null} />
      {list}
      {confirming && entries && (
        <ForeverConfirm
          what={entries.length === 1 ? 'the entry in the Trash' : `the ${entries.length} entries in the Trash`}
          confirmLabel="Empty Trash"
          onConfirm={() => void empty()}
          onClose={() => setConfirming(false)}
        />
      )}
    </>
  );
}
