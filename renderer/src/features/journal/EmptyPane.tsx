// What the right pane shows when no entry is open.
import type { View } from './sidebar/Sidebar';

export function EmptyPane({ view, hasEntries, onNewEntry }: { view: View; hasEntries: boolean; onNewEntry: () => void }) {
  if (view === 'trash') {
    return (
      <div className="empty-pane">
        <p className="empty-lead">Entries in the Trash stay there until you restore them.</p>
      </div>
    );
  }
  return (
    <div className="empty-pane">
      <p className="empty-lead">This is your space. Nobody else reads it.</p>
      <p className="empty-sub">
        {hasEntries ? 'Pick an entry on the left, or begin a new one.' : 'Begin your first entry whenever you are ready.'}
      </p>
      <button type="button" className="button button-primary" onClick={onNewEntry}>
        New entry
      </button>
      <p className="empty-care">A journal is not therapy. If you are in danger or crisis, call your local emergency number now.</p>
    </div>
  );
}
