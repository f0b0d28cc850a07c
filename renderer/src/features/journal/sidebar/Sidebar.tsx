// The left pane's frame: new-entry button, the Entries/Trash switch, the list itself, and Commitments, Security settings and Lock at the bottom.
import type { ReactNode } from 'react';
import { BrandMark } from '../../../components/BrandMark';
import { LockIcon } from '../../../components/Icon';

export type View = 'entries' | 'trash';

interface SidebarProps {
  view: View;
  onView: (view: View) => void;
  onNewEntry: () => void;
  onLock: () => void;
  onExport: () => void;
  onSettings: () => void;
  onCommitments: () => void;
  commitmentsOpen: boolean;
  children: ReactNode;
  footer?: ReactNode;
}

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

export function Sidebar({ view, onView, onNewEntry, onLock, onExport, onSettings, onCommitments, commitmentsOpen, children, footer }: SidebarProps) {
  return (
    <aside className="sidebar">
      <div className="sidebar-head">
        <BrandMark />
        <button type="button" className="button button-primary button-small" onClick={onNewEntry}>
          New entry
        </button>
      </div>
      <div className="view-switch" role="tablist" aria-label="Show">
        {(['entries', 'trash'] as const).map((name) => (
          <button key={name} type="button" role="tab" aria-selected={view === name} className="view-tab" onClick={() => onView(name)}>
            {name === 'entries' ? 'Entries' : 'Trash'}
          </button>
        ))}
      </div>
      <div className="sidebar-list">{children}</div>
      <div className="sidebar-foot">
        {footer}
        <button type="button" className="button button-quiet button-wide" aria-pressed={commitmentsOpen} onClick={onCommitments}>
          Commitments
        </button>
        <button type="button" className="button button-quiet button-wide" onClick={onExport}>
          Export or import…
        </button>
        <button type="button" className="button button-quiet button-wide" onClick={onSettings}>
          Security settings
        </button>
        <button type="button" className="button button-quiet button-wide lock-button" onClick={onLock} title={`Lock (${isMac ? '⌘' : 'Ctrl+'}L)`}>
          <span className="lock-label">
            <LockIcon />
            Lock
          </span>
          <kbd>{isMac ? '⌘L' : 'Ctrl+L'}</kbd>
        </button>
      </div>
    </aside>
  );
}
