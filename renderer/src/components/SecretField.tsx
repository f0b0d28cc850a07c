// A labelled password-style input with a show/hide toggle, for passphrases and recovery codes.
import { useId, useState, type InputHTMLAttributes, type ReactNode } from 'react';

interface SecretFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'onChange'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  /** Recovery codes are not secret-looking text; show them plainly and in the code font. */
  plain?: boolean;
}

export function SecretField({ label, value, onChange, hint, plain = false, className, ...inputProps }: SecretFieldProps) {
  const id = useId();
  const [visible, setVisible] = useState(false);
  const shown = plain || visible;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <div className="secret-input">
        <input
          {...inputProps}
          id={id}
          className={`input ${plain ? 'input-code' : ''} ${className ?? ''}`}
          type={shown ? 'text' : 'password'}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          autoComplete={inputProps.autoComplete ?? 'off'}
          spellCheck={false}
          aria-describedby={hint ? `${id}-hint` : undefined}
        />
        {!plain && (
          <button
            type="button"
            className="reveal"
            onClick={() => setVisible((v) => !v)}
            aria-pressed={visible}
            aria-label={visible ? `Hide ${label.toLowerCase()}` : `Show ${label.toLowerCase()}`}
          >
            {visible ? 'Hide' : 'Show'}
          </button>
        )}
      </div>
      {hint && (
        <div className="field-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
    </div>
  );
}
