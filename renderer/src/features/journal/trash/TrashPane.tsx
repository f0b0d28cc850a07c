// The main pane while the Trash is shown: the chosen entry, read-only, with Restore and Delete forever (after a confirmation).
import { useState } from 'react';
import type { Entry } from '../../../contract';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useContractMutation } from '../../../data/useContract';
import { useTemplateName } from '../../templates/useTemplates';
import { ForeverConfirm } from './ForeverConfirm';
import { TrashedEntryView } from './TrashedEntryView';

interface Props {
  id: string;
  onRestore: (id: string) => void;
  /** The entry is gone for good; the pane closes. */
  onDeleted: (title: string) => void;
}

export function TrashPane({ id, onRestore, onDeleted }: Props) {
  const [confirming, setConfirming] = useState<Entry | null>(null);
  const [error, setError] = useState<string | null>(null);
  const deleteForever = useContractMutation('entries.deleteForever').run;
  const templateName = useTemplateName();
  const nameOf = (entry: Entry) => entry.title || templateName(entry.templateId) || 'Untitled';

  async function confirm(entry: Entry) {
    setConfirming(null);
    const result = await deleteForever({ id: entry.id });
    if (!result.ok) return setError(result.error.message);
    onDeleted(nameOf(entry));
  }

  return (
    <>
      <ErrorMessage message={error} />
      <TrashedEntryView id={id} onRestore={onRestore} onDeleteForever={setConfirming} />
      {confirming && (
        <ForeverConfirm
          what={`“${nameOf(confirming)}”`}
          confirmLabel="Delete forever"
          onConfirm={() => void confirm(confirming)}
          onClose={() => setConfirming(null)}
        />
      )}
    </>
  );
}
