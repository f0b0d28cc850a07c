// The unlocked journal: entry list on the left, the open entry (or Settings) on the right, and at most one dialog. Each feature reads its own data.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppCommand } from '../../contract';
import { stepTextSize, updateAppearance, useAppearance } from '../appearance/appearance';
import { useCommandShortcuts } from '../commands/useCommandShortcuts';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Notice, type NoticeContent } from '../../components/Notice';
import { useContractMutation, useContractRead } from '../../data/useContract';
import { CommitmentsView } from '../commitments/CommitmentsView';
import type { AfterRestore } from '../backup/restoreRequest';
import type { Scope } from '../export/exportRequest';
import { OverTimeView } from '../overTime/OverTimeView';
import type { NewRecoveryCode } from '../settings/KeyChangeSummary';
import { SecuritySettings } from '../settings/SecuritySettings';
import { draftFromEntry } from '../templates/templateDraft';
import { useMoodCheckFor, useTemplateName } from '../templates/useTemplates';
import { useSupportNoteCheck } from '../wellbeing/useSupportNote';
import { EntryEditor } from './editor/EntryEditor';
import type { EntrySaver } from './editor/entrySaver';
import { EmptyPane } from './EmptyPane';
import { JournalDialogs, type JournalDialog } from './JournalDialogs';
import { useSearchShortcut } from '../search/useSearchShortcut';
import { EntriesPane } from './sidebar/EntriesPane';
import { Sidebar, type View } from './sidebar/Sidebar';
import { TrashList } from './sidebar/TrashList';
import { TrashPane } from './trash/TrashPane';
import { useActivityTouch } from './useActivityTouch';
import { listedTitle, useEntryList } from './useEntryList';
import { useFlushOnLeave } from './useFlushOnLeave';
import { useFocusLanding } from './useFocusLanding';
import { useHostEvents } from './useHostEvents';
import { useOpenEntry } from './useOpenEntry';

interface JournalScreenProps {
  /** Said when the screen opens: a restore just happened (with Undo restore), or was undone. */
  after?: AfterRestore;
  /** Called once `after` is in this screen's own state, so the app need not keep it. */
  onAfterTaken: () => void;
  /** Locked; with a notice for the unlock screen. */
  onLocked: (notice?: string) => void;
  onRestored: (after: AfterRestore) => void;
  /** A key change in Settings made a new recovery code, to be confirmed as saved before anything else. */
  onNewRecoveryCode: (code: NewRecoveryCode) => void;
}

export function JournalScreen({ after, onAfterTaken, onLocked, onRestored, onNewRecoveryCode }: JournalScreenProps) {
  const { entries } = useEntryList();
  const opened = useOpenEntry();
  const [view, setView] = useState<View>('entries');
  const [notice, setNotice] = useState<NoticeContent | null>(() =>
    after && 'undone' in after ? { text: 'Restore undone: your journal is back as it was before.' } : null,
  );
  const [settingsOpen, setSettingsOpen] = useState(false);
  /** The entry shown read-only while the Trash is open. */
  const [trashedId, setTrashedId] = useState<string | null>(null);
  /** A page of its own in the right pane, instead of an entry. */
  const [page, setPage] = useState<'commitments' | 'over-time' | null>(null);
  const [dialog, setDialog] = useState<JournalDialog>(() =>
    after && 'restored' in after ? { name: 'restored', done: after.restored } : null,
  );
  useEffect(onAfterTaken, [onAfterTaken]);
  const [searching, setSearching] = useState(false);
  const [highlight, setHighlight] = useState<string | null>(null);
  useSearchShortcut(
    useCallback(() => {
      setView('entries');
      setSearching(true);
    }, []),
  );
  const lockVault = useContractMutation('vault.lock').run;
  const createEntry = useContractMutation('entries.create').run;
  const trashEntry = useContractMutation('entries.trash').run;
  const restoreEntry = useContractMutation('entries.restore').run;
  const read = useContractRead();
  const showSupportNote = useCallback(() => setDialog({ name: 'support-note' }), []);
  const checkSupportNote = useSupportNoteCheck(showSupportNote);
  const current = opened.open;
  const moodCheck = useMoodCheckFor(current?.entry.templateId ?? null);
  const templateName = useTemplateName();
  const { flush, leave } = opened;

  const lockNow = useCallback(async () => {
    await lockVault({});
    onLocked();
  }, [lockVault, onLocked]);

  const lock = useCallback(async () => {
    if (await leave()) return lockNow();
    setNotice({
      text: 'Your latest changes could not be saved, so the journal is still open.',
      actionLabel: 'Lock anyway',
      onAction: () => void lockNow(),
    });
  }, [leave, lockNow]);

  useActivityTouch(onLocked);
  useFlushOnLeave(flush);
  const mainPane = useRef<HTMLElement>(null);
  useFocusLanding(mainPane);

  // A shortcut or menu command never replaces a dialog that is already open (an editor may hold unsaved changes).
  const openDialog = useCallback((next: NonNullable<JournalDialog>) => setDialog((open) => open ?? next), []);
  const openPicker = useCallback(() => openDialog({ name: 'picker' }), [openDialog]);
  const appearance = useAppearance();
  const openOverTime = useCallback(async () => {
    if (!(await flush())) return;
    opened.close();
    setSettingsOpen(false);
    setPage('over-time');
  }, [flush, opened]);
  const openCommitments = useCallback(async () => {
    if (!(await flush())) return;
    opened.close();
    setSettingsOpen(false);
    setPage('commitments');
  }, [flush, opened]);
  // The reminder names no commitment: it only offers the way to them.
  const remind = useCallback(
    () =>
      setNotice({
        text: 'Time for your check-in',
        actionLabel: 'Open Commitments',
        onAction: () => void openCommitments().then(() => setNotice(null)),
      }),
    [openCommitments],
  );

  /** Every command of the menu, the palette and the keyboard (contract/appCommands.ts) lands here. */
  function runCommand(command: AppCommand) {
    const commands: Record<AppCommand, () => void> = {
      'new-entry': openPicker,
      'new-from-template': openPicker,
      import: () => void openExport('all'),
      export: () => void openExport(current ? 'entry' : 'all'),
      backup: () => openDialog({ name: 'backups' }),
      restore: () => openDialog({ name: 'backups' }),
      'command-palette': () => openDialog({ name: 'palette' }),
      'theme-system': () => updateAppearance({ theme: 'system' }),
      'theme-light': () => updateAppearance({ theme: 'light' }),
      'theme-dark': () => updateAppearance({ theme: 'dark' }),
      'text-larger': () => updateAppearance({ textSize: stepTextSize(appearance.textSize, 1) }),
      'text-smaller': () => updateAppearance({ textSize: stepTextSize(appearance.textSize, -1) }),
      'focus-mode': () => updateAppearance({ focusMode: !appearance.focusMode }),
      commitments: () => void openCommitments(),
      lock: () => void lock(),
      settings: () => void openSettings(),
      shortcuts: () => openDialog({ name: 'shortcuts' }),
      'not-therapy': () => openDialog({ name: 'not-therapy' }),
      about: () => openDialog({ name: 'about' }),
    };
    commands[command]();
  }
  useCommandShortcuts(runCommand);
  useHostEvents(flush, runCommand, remind);

  /** From the picker: a blank entry (null) or one holding a copy of the template's prompts; from the calendar, a blank one on its day. */
  async function newEntry(templateId: string | null, entryDate?: string) {
    setView('entries');
    setSettingsOpen(false);
    setPage(null);
    if (!(await leave())) return;
    const result = await createEntry({ ...(templateId ? { templateId } : {}), ...(entryDate ? { entryDate } : {}) });
    if (!result.ok) return setNotice({ text: result.error.message });
    setHighlight(null);
    await opened.openEntry(async () => result, true);
  }

  /** The export reads what is saved, so unsaved typing is saved first. */
  async function openExport(scope: Scope) {
    if (await flush()) setDialog({ name: 'export', scope });
    else setNotice({ text: 'Your latest changes could not be saved yet, so they would be missing from an export. Try again in a moment.' });
  }

  async function restore(id: string) {
    const result = await restoreEntry({ id });
    if (!result.ok) return setNotice({ text: result.error.message });
    setNotice(null);
    setTrashedId(null);
    await opened.openEntry(id);
  }

  async function trashOpenEntry() {
    const entry = opened.current.current?.entry;
    if (!entry || !(await flush())) return;
    // The list row holds the latest saved title; the opened entry still has the one it was opened with.
    const title = (listedTitle(entries, entry.id) ?? entry.title) || templateName(entry.templateId);
    const result = await trashEntry({ id: entry.id });
    if (!result.ok) return setNotice({ text: result.error.message });
    opened.close();
    setNotice({ text: `“${title || 'Untitled'}” moved to the Trash.`, actionLabel: 'Undo', onAction: () => void restore(entry.id) });
  }

  async function openSettings() {
    if (!(await leave())) return;
    opened.close();
    setPage(null);
    setSettingsOpen(true);
  }

  async function openEntry(id: string, query: string | null = null) {
    setSettingsOpen(false);
    setHighlight(query);
    setPage(null);
    await opened.openEntry(id);
  }

  /** CONFLICT: someone saved this entry elsewhere; the writer chose to keep the text on screen. */
  async function keepMine(saver: EntrySaver) {
    const latest = await read('entries.get', { id: saver.entryId }, { fresh: true });
    if (latest.ok) await saver.overwrite(latest.value.version);
  }

  return (
    <div className="journal">
      <a className="skip-link" href="#main-pane">
        Skip to the page
      </a>
      <Sidebar
        view={view}
        onView={setView}
        onNewEntry={openPicker}
        onLock={() => void lock()}
        onExport={() => void openExport(current ? 'entry' : 'all')}
        onSettings={() => void openSettings()}
        onCommitments={() => void openCommitments()}
        commitmentsOpen={page === 'commitments'}
        onOverTime={() => void openOverTime()}
        overTimeOpen={page === 'over-time'}
        onBackups={() => openDialog({ name: 'backups' })}
        footer={<Notice notice={notice} onDismiss={() => setNotice(null)} />}
      >
        {view === 'entries' ? (
          <>
            <ErrorMessage message={opened.error} />
            <EntriesPane
              searching={searching}
              onSearching={setSearching}
              selectedId={current?.entry.id ?? null}
              onOpen={(id, query) => void openEntry(id, query)}
              onNewEntryOn={(day) => void newEntry(null, day)}
            />
          </>
        ) : (
          <TrashList
            selectedId={trashedId}
            onSelect={setTrashedId}
            onRestore={(id) => void restore(id)}
            onEmptied={(deleted) => {
              setTrashedId(null);
              setNotice({ text: deleted === 1 ? 'Deleted 1 entry forever.' : `Deleted ${deleted} entries forever.` });
            }}
          />
        )}
      </Sidebar>
      <main id="main-pane" className="main-pane" tabIndex={-1} ref={mainPane}>
        {settingsOpen ? (
          <SecuritySettings onClose={() => setSettingsOpen(false)} onNewRecoveryCode={onNewRecoveryCode} />
        ) : view === 'trash' && trashedId ? (
          <TrashPane
            key={trashedId}
            id={trashedId}
            onRestore={(id) => void restore(id)}
            onDeleted={(title) => {
              setTrashedId(null);
              setNotice({ text: `“${title}” was deleted forever.` });
            }}
          />
        ) : page === 'commitments' ? (
          <CommitmentsView onClose={() => setPage(null)} onWeeklyCheckIn={() => void newEntry('follow-through')} />
        ) : page === 'over-time' ? (
          <OverTimeView onClose={() => setPage(null)} onOpen={(id) => void openEntry(id)} onSettings={() => void openSettings()} />
        ) : current ? (
          <EntryEditor
            key={current.entry.id}
            entry={current.entry}
            saver={current.saver}
            focusTitle={current.isNew}
            onTrash={() => void trashOpenEntry()}
            onKeepMine={() => void keepMine(current.saver)}
            moodCheck={moodCheck}
            onSaveAsTemplate={(title, doc) =>
              setDialog({ name: 'template-editor', draft: draftFromEntry(title, doc), backToPicker: false })
            }
            onMoodSaved={() => void checkSupportNote()}
            onExport={() => void openExport('entry')}
            highlight={highlight}
          />
        ) : (
          <EmptyPane view={view} hasEntries={(entries?.length ?? 0) > 0} onNewEntry={openPicker} />
        )}
      </main>
      <JournalDialogs
        dialog={dialog}
        onChange={setDialog}
        openEntry={current ? { id: current.entry.id, title: listedTitle(entries, current.entry.id) ?? current.entry.title } : null}
        flush={flush}
        onStartEntry={(templateId) => void newEntry(templateId)}
        onTemplateSaved={(name) => setNotice({ text: `Saved “${name}” as a template. You’ll find it under New entry.` })}
        onRestored={onRestored}
        onUndoneLocked={() => onLocked('Your previous journal is back. It opens with its own passphrase.')}
        onCommand={runCommand}
      />
    </div>
  );
}
