// Settings, shown in the journal's right pane: security (auto-lock, passphrase, recovery code), appearance, the journal's size, and what "Your journal over time" shows.
import { AppearanceSettings } from '../appearance/AppearanceSettings';
import { OverTimeSettings } from '../overTime/OverTimeSettings';
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
      <OverTimeSettings />
    </div>
  );
}
