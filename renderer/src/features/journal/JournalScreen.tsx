// The unlocked journal: entry list on the left, the open entry on the right. Unmounting it drops every decrypted byte it held.
import { useCallback, useState } from 'react';
import { api } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Notice, type NoticeContent } from '../../components/Notice';
import { ExportDialog } from '../export/ExportDialog';
import type { Scope } from '../export/exportRequest';
import { BackupDialog } from '../backup/BackupDialog';
import { CommitmentsView } from '../commitments/CommitmentsView';
import { SecuritySettings } from '../settings/SecuritySettings';
import { draftFromEntry } from '../templates/templateDraft';
import { TemplateDialogs, type TemplateDialogState } from '../templates/TemplateDialogs';
import { useNewEntryShortcut } from '../templates/useNewEntryShortcut';
import { useTemplates } from '../templates/useTemplates';
import { SupportNote } from '../wellbeing/SupportNote';
import { useSupportNote } from '../wellbeing/useSupportNote';
import { EntryEditor } from './editor/EntryEditor';
import type { EntrySaver } from './editor/entrySaver';
import { EmptyPane } from './EmptyPane';
import { EntryList } from './sidebar/EntryList';
import { Sidebar, type View } from './sidebar/Sidebar';
import { TrashList } from './sidebar/TrashList';
import { useActivityTouch } from './useActivityTouch';
import { useEntryList } from './useEntryList';
import { useFlushOnLeave } from './useFlushOnLeave';
import { useHostEvents } from './useHostEvents';
import { useLockShortcut } from './useLockShortcut';
import { useOpenEntry } from './useOpenEntry';
import { useTrash } from './useTrash';

export function JournalScreen({ onLocked, onRestored }: { onLocked: () => void; onRestored: () => void }) {
  const list = useEntryList();
  const opened = useOpenEntry(list.upsert);
  const trash = useTrash(list.upsert);
  const [view, setView] = useState<View>('entries');
  const [notice, setNotice] = useState<NoticeContent | null>(null);
  const [backups, setBackups] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [commitmentsOpen, setCommitmentsOpen] = useState(false);
  const templates = useTemplates();
  const [templateDialog, setTemplateDialog] = useState<TemplateDialogState>(null);
  const supportNote = useSupportNote();
  const [exportScope, setExportScope] = useState<Scope | null>(null);
  const { flush } = opened;

  const lockNow = useCallback(async () => {
    await api['vault.lock']({});
    onLocked();
  }, [onLocked]);

  const lock = useCallback(async () => {
    if (await flush()) return lockNow();
    setNotice({ text: 'Your latest changes could not be saved, so the journal is still open.', actionLabel: 'Lock anyway', onAction: () => void lockNow() });
  }, [flush, lockNow]);

  useLockShortcut(lock);
  useActivityTouch(onLocked);
  useFlushOnLeave(flush);

  // The shortcut never replaces a dialog that is already open (an editor may hold unsaved changes).
  const openPicker = useCallback(() => setTemplateDialog((open) => open ?? { name: 'picker' }), []);
  useNewEntryShortcut(openPicker);
  const openCommitments = useCallback(async () => {
    if (!(await flush())) return;
    opened.close();
    setSettingsOpen(false);
    setCommitmentsOpen(true);
  }, [flush, opened]);
  // The reminder names no commitment: it only offers the way to them.
  const remind = useCallback(
    () => setNotice({ text: 'Time for your check-in', actionLabel: 'Open Commitments', onAction: () => void openCommitments().then(() => setNotice(null)) }),
    [openCommitments],
  );
  useHostEvents(flush, { 'new-entry': openPicker }, remind);

  /** From the picker: a blank entry (null) or one holding a copy of the template's prompts. */
  async function newEntry(templateId: string | null) {
    setView('entries');
    setSettingsOpen(false);
    setCommitmentsOpen(false);
    if (!(await flush())) return;
    const result = await api['entries.create'](templateId ? { templateId } : {});
    if (!result.ok) return setNotice({ text: result.error.message });
    list.upsert(result.value);
    await opened.openEntry(async () => result, true);
  }

  /** The export reads what is saved, so unsaved typing is saved first. */
  async function openExport(scope: Scope) {
    if (await flush()) setExportScope(scope);
    else setNotice({ text: 'Your latest changes could not be saved yet, so they would be missing from an export. Try again in a moment.' });
  }

  async function restore(id: string) {
    const restored = await trash.restore(id);
    if (!restored) return;
    setNotice(null);
    await opened.openEntry(id);
  }

  async function trashOpenEntry() {
    const entry = opened.current.current?.entry;
    if (!entry || !(await flush())) return;
    const result = await api['entries.trash']({ id: entry.id });
    if (!result.ok) return setNotice({ text: result.error.message });
    // The list row holds the latest saved title; the opened entry still has the one it was opened with.
    const title = list.entries?.find((row) => row.id === entry.id)?.title ?? entry.title;
    list.remove(entry.id);
    opened.close();
    setNotice({ text: `“${title || 'Untitled'}” moved to the Trash.`, actionLabel: 'Undo', onAction: () => void restore(entry.id) });
  }

  async function openSettings() {
    if (!(await flush())) return;
    opened.close();
    setCommitmentsOpen(false);
    setSettingsOpen(true);
  }

  async function openEntry(id: string) {
    setSettingsOpen(false);
    setCommitmentsOpen(false);
    await opened.openEntry(id);
  }

  function showView(next: View) {
    setView(next);
    if (next === 'trash') void trash.load();
  }

  const current = opened.open;
  const sidebarFooter = (
    <>
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
      <button type="button" className="button button-quiet button-wide" onClick={() => setBackups(true)}>
        Backups…
      </button>
    </>
  );
  return (
    <div className="journal">
      <Sidebar view={view} onView={showView} onNewEntry={openPicker} onLock={() => void lock()} onExport={() => void openExport(current ? 'entry' : 'all')} onSettings={() => void openSettings()} onCommitments={() => void openCommitments()} commitmentsOpen={commitmentsOpen} footer={sidebarFooter}>
        <ErrorMessage message={view === 'entries' ? (list.error ?? opened.error) : trash.error} />
        {view === 'entries' ? (
          <EntryList entries={list.entries} selectedId={current?.entry.id ?? null} hasMore={list.hasMore} onSelect={(id) => void openEntry(id)} onLoadMore={list.loadMore} />
        ) : (
          <TrashList entries={trash.items} onRestore={(id) => void restore(id)} />
        )}
      </Sidebar>
      <main className="main-pane">
        {settingsOpen ? (
          <SecuritySettings onClose={() => setSettingsOpen(false)} />
        ) : commitmentsOpen ? (
          <CommitmentsView onClose={() => setCommitmentsOpen(false)} onWeeklyCheckIn={() => void newEntry('follow-through')} />
        ) : current ? (
          <EntryEditor
            key={current.entry.id}
            entry={current.entry}
            saver={current.saver}
            focusTitle={current.isNew}
            onTrash={() => void trashOpenEntry()}
            onKeepMine={() => void keepMine(current.saver)}
            moodCheck={templates.moodCheckFor(current.entry.templateId)}
            onSaveAsTemplate={(title, doc) => setTemplateDialog({ name: 'editor', draft: draftFromEntry(title, doc), backToPicker: false })}
            onMoodSaved={() => void supportNote.check()}
            onExport={() => void openExport('entry')}
          />
        ) : (
          <EmptyPane view={view} hasEntries={(list.entries?.length ?? 0) > 0} onNewEntry={openPicker} />
        )}
      </main>
      <TemplateDialogs
        state={templateDialog}
        onChange={setTemplateDialog}
        templates={templates}
        onStart={(templateId) => void newEntry(templateId)}
        onSaved={(name) => setNotice({ text: `Saved “${name}” as a template. You’ll find it under New entry.` })}
      />
      {supportNote.open && <SupportNote onClose={supportNote.close} />}
      {exportScope && (
        <ExportDialog
          entry={current ? { id: current.entry.id, title: list.entries?.find((row) => row.id === current.entry.id)?.title ?? current.entry.title } : null}
          initialScope={exportScope}
          onClose={() => setExportScope(null)}
          onImported={list.reload}
        />
      )}
      {backups && <BackupDialog flush={flush} onRestored={onRestored} onClose={() => setBackups(false)} />}
    </div>
  );
}

/** CONFLICT: someone saved this entry elsewhere; the writer chose to keep the text on screen. */
async function keepMine(saver: EntrySaver) {
  const latest = await api['entries.get']({ id: saver.entryId });
  if (latest.ok) await saver.overwrite(latest.value.version);
}
