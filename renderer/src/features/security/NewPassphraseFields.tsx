// A passphrase typed twice, with the strength hint: for creating a journal, "forgot passphrase" and Settings → Security.
import { SecretField } from '../../components/SecretField';
import { passphraseStrength } from '../create/passphraseStrength';
import { StrengthHint } from '../create/StrengthHint';
import { newPassphraseWording, type PassphraseWording } from './newPassphraseProblem';

interface Props {
  passphrase: string;
  repeat: string;
  onPassphrase: (value: string) => void;
  onRepeat: (value: string) => void;
  autoFocus?: boolean;
  wording?: PassphraseWording;
}

export function NewPassphraseFields({ passphrase, repeat, onPassphrase, onRepeat, autoFocus, wording = newPassphraseWording }: Props) {
  const mismatch = repeat.length > 0 && !passphrase.startsWith(repeat) && repeat !== passphrase;
  return (
    <>
      <SecretField
        label={wording.label}
        value={passphrase}
        onChange={onPassphrase}
        autoFocus={autoFocus}
        autoComplete="new-password"
        hint={<StrengthHint strength={passphraseStrength(passphrase)} />}
      />
      <SecretField
        label={wording.againLabel}
        value={repeat}
        onChange={onRepeat}
        autoComplete="new-password"
        hint={mismatch ? <span className="field-warning">These do not match yet.</span> : undefined}
      />
    </>
  );
}
