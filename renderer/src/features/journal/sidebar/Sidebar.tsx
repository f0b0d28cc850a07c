// The left pane's frame: new-entry button, the Entries/Trash switch, the list itself, and one compact row of utilities
// (Commitments, Your journal over time, Backups, Export or import, Settings, Lock) at the bottom, so the list keeps the height.
import type { ReactNode } from 'react';
import { BrandMark } from '../../../components/BrandMark';
import { BackupIcon, CommitmentsIcon, ExportIcon, LockIcon, OverTimeIcon, SettingsIcon } from '../../../components/Icon';
import { shortcutFor } from '../../commands/commandList';

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
  onOverTime: () => void;
  overTimeOpen: boolean;
  onBackups: () => void;
  children: ReactNode;
  footer?: ReactNode;
}

/** An icon button named by its label (and its shortcut in the tooltip, where it has one). */
function Utility({
  label,
  shortcut,
  pressed,
  onClick,
  children,
}: {
  label: string;
  shortcut?: string;
  pressed?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="utility-button"
      aria-label={label}
      aria-keyshortcuts={shortcut}
      aria-pressed={pressed}
      title={shortcut ? `${label} (${shortcut})` : label}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

export function Sidebar({
  view,
  onView,
  onNewEntry,
  onLock,
  onExport,
  onSettings,
  onCommitments,
  commitmentsOpen,
  onOverTime,
  overTimeOpen,
  onBackups,
  children,
  footer,
}: SidebarProps) {
  const lockShortcut = shortcutFor('lock');
  return (
    <aside className="sidebar">
      <div className="sidebar-head">
        <BrandMark />
        <button
          type="button"
          className="button button-primary button-small"
          aria-keyshortcuts={shortcutFor('new-from-template')}
          title={`New entry (${shortcutFor('new-from-template')})`}
          onClick={onNewEntry}
        >
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
        <nav className="utility-row" aria-label="Journal tools">
          <Utility label="Commitments" shortcut={shortcutFor('commitments')} pressed={commitmentsOpen} onClick={onCommitments}>
            <CommitmentsIcon />
          </Utility>
          <Utility label="Your journal over time" pressed={overTimeOpen} onClick={onOverTime}>
            <OverTimeIcon />
          </Utility>
          <Utility label="Backups…" onClick={onBackups}>
            <BackupIcon />
          </Utility>
          <Utility label="Export or import…" shortcut={shortcutFor('export')} onClick={onExport}>
            <ExportIcon />
          </Utility>
          <Utility label="Security settings" shortcut={shortcutFor('settings')} onClick={onSettings}>
            <SettingsIcon />
          </Utility>
          <button
            type="button"
            className="button button-quiet button-small lock-button"
            aria-keyshortcuts={lockShortcut}
            onClick={onLock}
            title={`Lock (${lockShortcut})`}
          >
            <span className="lock-label">
              <LockIcon />
              Lock
            </span>
            <kbd>{lockShortcut}</kbd>
          </button>
        </nav>
      </div>
    </aside>
  );
}
