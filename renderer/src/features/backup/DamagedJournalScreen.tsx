// Shown when the journal fails its check on opening: what happened, and the newest automatic backup to restore (the damaged file is kept).
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { AuthLayout } from '../../components/AuthLayout';
import type { MethodOutput } from '../../contract';
import { RestoreForm } from './RestoreForm';
import { formatWhen } from './restoreWords';

type AutomaticBackup = MethodOutput<'backup.listAutomatic'>['items'][number];

export function DamagedJournalScreen({ message, passphrase, onRestored }: { message: string; passphrase: string; onRestored: () => void }) {
  const [newest, setNewest] = useState<AutomaticBackup | null | undefined>(undefined);
  const [fromFile, setFromFile] = useState(false);

  useEffect(() => {
    void api['backup.listAutomatic']({}).then((result) => setNewest(result.ok ? (result.value.items[0] ?? null) : null));
  }, []);

  const intro = <p role="alert">{message}</p>;
  return (
    <AuthLayout
      title="Your journal needs repair"
      intro={intro}
      footer="Afterword checks your journal every time it opens, and keeps a backup of each day you write (the last seven)."
    >
      {newest === undefined ? (
        <div aria-busy="true" />
      ) : newest && !fromFile ? (
        <>
          <p className="damaged-backup">
            Newest automatic backup: <strong>{formatWhen(newest.createdAt)}</strong>
          </p>
          <RestoreForm
            automaticName={newest.name}
            initialPassphrase={passphrase}
            submitLabel="Restore this backup"
            onRestored={onRestored}
          />
          <button type="button" className="link-button back-link" onClick={() => setFromFile(true)}>
            Restore a backup file instead
          </button>
        </>
      ) : (
        <>
          {!newest && <p className="damaged-backup">There is no automatic backup yet. If you made a backup file, restore it here.</p>}
          <RestoreForm initialPassphrase={passphrase} submitLabel="Restore backup file" onRestored={onRestored} />
        </>
      )}
    </AuthLayout>
  );
}
