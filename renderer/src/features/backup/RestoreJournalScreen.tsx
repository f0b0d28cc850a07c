// A new computer or an empty folder: start from a backup file instead of a new journal.
import { AuthLayout } from '../../components/AuthLayout';
import { RestoreForm } from './RestoreForm';

export function RestoreJournalScreen({ onRestored, onBack }: { onRestored: () => void; onBack: () => void }) {
  return (
    <AuthLayout title="Restore your journal" intro={<p>Choose a backup file Afterword made. It is checked before anything is written.</p>}>
      <RestoreForm submitLabel="Restore journal" onRestored={onRestored} />
      <button type="button" className="link-button back-link" onClick={onBack}>
        Create a new journal instead
      </button>
    </AuthLayout>
  );
}
