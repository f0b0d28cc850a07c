// What the right pane shows when no entry is open.
import type { View } from './sidebar/Sidebar';

export function EmptyPane({ view, onNewEntry }: { view: View; onNewEntry: () => void }) {
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
      <p className="empty-sub">Pick an entry on the left, or begin a new one.</p>
      <button type="button" className="button button-primary" onClick={onNewEntry}>
        New entry
      </button>
    </div>
  );
}
