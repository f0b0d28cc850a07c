// The "lock out the old secret" choice beside a passphrase or recovery-code change: a new data key, in plain words.
import { useId } from 'react';

export interface NewDataKeyOptionProps {
  /** What is being retired, as the writer calls it: "passphrase" or "recovery code". */
  secret: 'passphrase' | 'recovery code';
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function NewDataKeyOption({ secret, checked, onChange }: NewDataKeyOptionProps) {
  const id = useId();
  return (
    <div className="checkbox-row settings-checkbox">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={`${id}-hint`}
      />
      <div>
        <label htmlFor={id}>Someone else may know my old {secret}: lock them out</label>
        <p id={`${id}-hint`} className="field-hint">
          Afterword re-encrypts your journal and its automatic backups with a new key, so the old {secret} opens nothing in this
          journal&apos;s folder. It takes a few seconds.
          {secret === 'passphrase' ? ' You also get a new recovery code.' : ''} A backup file you saved somewhere else still opens with the{' '}
          {secret} you had when you made it: delete it, or keep it somewhere only you can reach.
        </p>
      </div>
    </div>
  );
}
