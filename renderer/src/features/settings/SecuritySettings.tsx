// Settings, shown in the journal's right pane: security (auto-lock, passphrase, recovery code), appearance and the journal's size.
import { AppearanceSettings } from '../appearance/AppearanceSettings';
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
      <AppearanceSettings />
    </div>
  );
}
