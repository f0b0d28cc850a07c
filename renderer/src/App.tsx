// Which screen to show: create, recovery code, unlock, new passphrase after a recovery unlock, or the journal; and "locked" whenever core says so.
import { useCallback, useEffect, useState } from 'react';
import { api } from './api/client';
import type { AppEvent } from './contract';
import { ErrorMessage } from './components/ErrorMessage';
import { usePrefetchPages } from './data/useContract';
import { BackgroundProblem } from './features/backup/BackgroundProblem';
import { DamagedJournalScreen } from './features/backup/DamagedJournalScreen';
import { RestoreJournalScreen } from './features/backup/RestoreJournalScreen';
import type { AfterRestore } from './features/backup/restoreRequest';
import { CreateJournalScreen } from './features/create/CreateJournalScreen';
import { RecoveryCodeScreen } from './features/create/RecoveryCodeScreen';
import { JournalScreen } from './features/journal/JournalScreen';
import { listInput } from './features/journal/list/listFilter';
import { ResetPassphraseScreen } from './features/security/ResetPassphraseScreen';
import { KeyChangeSummary, type KeyChange } from './features/settings/KeyChangeSummary';
import { UnlockScreen } from './features/unlock/UnlockScreen';

type Screen =
  | { name: 'starting' }
  | { name: 'failed'; message: string }
  | { name: 'create' }
  | { name: 'restore' }
  /** `change`: the code replaces an older one after a key change in Settings. */
  | { name: 'recovery-code'; recoveryCode: string; change?: KeyChange }
  | { name: 'unlock'; notice: string | null }
  | { name: 'damaged'; message: string; passphrase: string }
  | { name: 'reset-passphrase' }
  | { name: 'journal'; generation: number; after?: AfterRestore };

const lockNotices: Partial<Record<NonNullable<AppEvent['reason']>, string>> = {
  idle: 'Locked after a while without activity.',
  suspend: 'Locked while your computer was asleep.',
  'screen-lock': 'Locked when your screen locked.',
};

export function App() {
  const [screen, setScreen] = useState<Screen>({ name: 'starting' });

  useEffect(() => {
    void firstScreen().then(setScreen);
  }, []);

  // Any lock, from any cause, replaces the journal with the unlock screen, which unmounts (and so forgets) all decrypted state.
  useEffect(
    () =>
      api.onEvent((event) => {
        // Damage found after unlock: core says so, then locks (reason 'damaged'); the repair screen asks for the passphrase again.
        if (event.name === 'background.failed' && event.task === 'integrity-check' && event.error)
          setScreen({ name: 'damaged', message: event.error.message, passphrase: '' });
        else if (event.name === 'vault.locked' && event.reason !== 'damaged')
          setScreen({ name: 'unlock', notice: (event.reason && lockNotices[event.reason]) ?? null });
      }),
    [],
  );

  // A restore swaps the whole journal: a new generation remounts the journal screen so nothing from the old one lingers.
  const prefetchPages = usePrefetchPages();
  const toJournal = useCallback(
    (after?: AfterRestore) =>
      setScreen((current) => ({
        name: 'journal',
        generation: current.name === 'journal' ? current.generation + 1 : 0,
        ...(after ? { after } : {}),
      })),
    [],
  );
  // Once the journal screen holds what to say after a restore, the app lets go of it (it carries the secret Undo restore tries).
  const forgetAfter = useCallback(
    () =>
      setScreen((current) => (current.name === 'journal' && current.after ? { name: 'journal', generation: current.generation } : current)),
    [],
  );
  const toDamaged = useCallback((message: string, passphrase: string) => setScreen({ name: 'damaged', message, passphrase }), []);
  const toLocked = useCallback((notice: string | null = null) => setScreen({ name: 'unlock', notice }), []);
  // Core keeps a set-up step pending until the writer finishes it; only then does the journal open.
  const finishStep = useCallback(() => void api['vault.finishPendingStep']({}).then(() => toJournal()), [toJournal]);

  switch (screen.name) {
    case 'starting':
      return <div className="starting" aria-busy="true" />;
    case 'failed':
      return (
        <main className="auth">
          <ErrorMessage message={screen.message} />
        </main>
      );
    case 'create':
      return (
        <CreateJournalScreen
          onCreated={(recoveryCode) => setScreen({ name: 'recovery-code', recoveryCode })}
          onRestoreInstead={() => setScreen({ name: 'restore' })}
        />
      );
    case 'restore':
      return <RestoreJournalScreen onRestored={() => toJournal()} onBack={() => setScreen({ name: 'create' })} />;
    case 'recovery-code':
      return (
        <RecoveryCodeScreen
          recoveryCode={screen.recoveryCode}
          onContinue={finishStep}
          replacement={screen.change && { summary: <KeyChangeSummary change={screen.change} /> }}
        />
      );
    case 'unlock':
      return (
        <UnlockScreen
          notice={screen.notice}
          onUnlocked={(recoveryCode) => {
            if (recoveryCode) return setScreen({ name: 'reset-passphrase' });
            // The unfiltered list the journal screen opens on, asked for first: its rows are what the person waits for.
            prefetchPages('entries.list', listInput({}, null));
            toJournal();
          }}
          onDamaged={toDamaged}
        />
      );
    case 'reset-passphrase':
      return <ResetPassphraseScreen onChanged={(recoveryCode) => setScreen({ name: 'recovery-code', recoveryCode })} onSkip={finishStep} />;
    case 'damaged':
      return <DamagedJournalScreen message={screen.message} passphrase={screen.passphrase} onRestored={() => toJournal()} />;
    case 'journal':
      return (
        <>
          <JournalScreen
            key={screen.generation}
            after={screen.after}
            onAfterTaken={forgetAfter}
            onLocked={toLocked}
            onRestored={toJournal}
            onNewRecoveryCode={({ recoveryCode, change }) => setScreen({ name: 'recovery-code', recoveryCode, change })}
          />
          <BackgroundProblem />
        </>
      );
  }
}

/** Where a (re)loaded page starts: a pending set-up step comes before the journal, so a reload cannot skip it. */
async function firstScreen(): Promise<Screen> {
  const status = await api['vault.status']({});
  if (!status.ok) return { name: 'failed', message: status.error.message };
  const { exists, unlocked, pendingStep } = status.value;
  if (!unlocked) return exists ? { name: 'unlock', notice: null } : { name: 'create' };
  if (pendingStep === 'new-passphrase') return { name: 'reset-passphrase' };
  if (pendingStep === 'recovery-code') {
    const pending = await api['vault.pendingRecoveryCode']({});
    if (pending.ok)
      return {
        name: 'recovery-code',
        recoveryCode: pending.value.recoveryCode,
      };
  }
  return { name: 'journal', generation: 0 };
}
