// A new passphrase typed twice, with the strength hint: shared by "forgot passphrase" and Settings → Security.
import { SecretField } from '../../components/SecretField';
import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from '../create/passphraseStrength';
import { StrengthHint } from '../create/StrengthHint';

export function newPassphraseProblem(passphrase: string, repeat: string): string | null {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) return `Your new passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters.`;
  if (passphrase !== repeat) return 'The two new passphrases do not match. Type the same one in both fields.';
  return null;
}

interface Props {
  passphrase: string;
  repeat: string;
  onPassphrase: (value: string) => void;
  onRepeat: (value: string) => void;
  autoFocus?: boolean;
}

export function NewPassphraseFields({ passphrase, repeat, onPassphrase, onRepeat, autoFocus }: Props) {
  const mismatch = repeat.length > 0 && !passphrase.startsWith(repeat) && repeat !== passphrase;
  return (
    <>
      <SecretField label="New passphrase" value={passphrase} onChange={onPassphrase} autoFocus={autoFocus} autoComplete="new-password" hint={<StrengthHint strength={passphraseStrength(passphrase)} />} />
      <SecretField
        label="Type the new passphrase again"
        value={repeat}
        onChange={onRepeat}
        autoComplete="new-password"
        hint={mismatch ? <span className="field-warning">These do not match yet.</span> : undefined}
      />
    </>
  );
}
