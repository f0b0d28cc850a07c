// Settings, shown in the journal's right pane: security (auto-lock, passphrase, recovery code), appearance, the journal's size, and what "Your journal over time" shows.
import { AppearanceSettings } from '../appearance/AppearanceSettings';
import { OverTimeSettings } from '../overTime/OverTimeSettings';
import { AutoLockSetting } from './AutoLockSetting';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { JournalSizeSetting } from './JournalSizeSetting';
import type { NewRecoveryCode } from './KeyChangeSummary';
import { NewRecoveryCodeForm } from './NewRecoveryCodeForm';

interface SecuritySettingsProps {
  onClose: () => void;
  /** A key change made a new recovery code: the app shows it until the writer confirms it is saved. */
  onNewRecoveryCode: (code: NewRecoveryCode) => void;
}

export function SecuritySettings({ onClose, onNewRecoveryCode }: SecuritySettingsProps) {
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
      <ChangePassphraseForm onNewRecoveryCode={onNewRecoveryCode} />
      <NewRecoveryCodeForm onNewRecoveryCode={onNewRecoveryCode} />
      <JournalSizeSetting />
      <AppearanceSettings />
      <OverTimeSettings />
    </div>
  );
}
