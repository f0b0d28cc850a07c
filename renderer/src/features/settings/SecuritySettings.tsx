// Settings → Security, shown in the journal's right pane: auto-lock, passphrase, recovery code and the journal's size.
import { AutoLockSetting } from './AutoLockSetting';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { JournalSizeSetting } from './JournalSizeSetting';
import { NewRecoveryCodeForm } from './NewRecoveryCodeForm';

export function SecuritySettings({ onClose }: { onClose: () => void }) {
  return (
    <div className="settings-pane">
      <header className="settings-head">
        <h2>Security</h2>
        <button type="button" className="button button-quiet button-small" onClick={onClose}>
          Done
        </button>
      </header>
      <p className="settings-lead">Without your passphrase or recovery code, nobody — including us — can open this journal.</p>
      <AutoLockSetting />
      <ChangePassphraseForm />
      <NewRecoveryCodeForm />
      <JournalSizeSetting />
    </div>
  );
}
