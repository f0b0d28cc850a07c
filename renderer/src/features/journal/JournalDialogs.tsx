// The one dialog open over the journal, if any: a single union, so opening one can never leave another half-open.
import type { AppCommand } from '../../contract';
import { BackupDialog } from '../backup/BackupDialog';
import { RestoredDialog } from '../backup/RestoredDialog';
import type { AfterRestore, RestoreDone } from '../backup/restoreRequest';
import { CommandPalette } from '../commands/CommandPalette';
import { AboutDialog, NotTherapyDialog } from '../commands/HelpDialogs';
import { ShortcutsSheet } from '../commands/ShortcutsSheet';
import { ExportDialog, type OpenEntryRef } from '../export/ExportDialog';
import type { Scope } from '../export/exportRequest';
import { TemplateDialogs, type TemplateDialogState } from '../templates/TemplateDialogs';
import { SupportNote } from '../wellbeing/SupportNote';

export type JournalDialog =
  | TemplateDialogState
  | { name: 'export'; scope: Scope }
  | { name: 'backups' }
  | { name: 'restored'; done: RestoreDone }
  | { name: 'support-note' }
  | { name: 'palette' }
  | { name: 'shortcuts' }
  | { name: 'not-therapy' }
  | { name: 'about' }
  | null;

interface JournalDialogsProps {
  dialog: JournalDialog;
  onChange: (next: JournalDialog) => void;
  /** The entry open in the editor, offered by the export as "This entry". */
  openEntry: OpenEntryRef | null;
  flush: () => Promise<boolean>;
  onStartEntry: (templateId: string | null) => void;
  onTemplateSaved: (name: string) => void;
  onRestored: (after: AfterRestore) => void;
  /** Undo restore put the replaced journal back, but it needs its own passphrase. */
  onUndoneLocked: () => void;
  /** The palette runs a command after it closes. */
  onCommand: (command: AppCommand) => void;
}

export function JournalDialogs({
  dialog,
  onChange,
  openEntry,
  flush,
  onStartEntry,
  onTemplateSaved,
  onRestored,
  onUndoneLocked,
  onCommand,
}: JournalDialogsProps) {
  const close = () => onChange(null);
  switch (dialog?.name) {
    case 'picker':
    case 'template-editor':
      return <TemplateDialogs state={dialog} onChange={onChange} onStart={onStartEntry} onSaved={onTemplateSaved} />;
    case 'export':
      return <ExportDialog entry={openEntry} initialScope={dialog.scope} onClose={close} />;
    case 'backups':
      return <BackupDialog flush={flush} onRestored={(done) => onRestored({ restored: done })} onClose={close} />;
    case 'restored':
      return (
        <RestoredDialog
          done={dialog.done}
          onUndone={(unlocked) => (unlocked ? onRestored({ undone: true }) : onUndoneLocked())}
          onClose={close}
        />
      );
    case 'support-note':
      return <SupportNote onClose={close} />;
    case 'palette':
      return <CommandPalette onClose={close} onRun={onCommand} />;
    case 'shortcuts':
      return <ShortcutsSheet onClose={close} />;
    case 'not-therapy':
      return <NotTherapyDialog onClose={close} />;
    case 'about':
      return <AboutDialog onClose={close} />;
    default:
      return null;
  }
}
