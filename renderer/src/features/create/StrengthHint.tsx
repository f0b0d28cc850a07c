// A four-step meter plus one sentence saying what the passphrase's strength means in practice.
import type { Strength } from './passphraseStrength';

export function StrengthHint({ strength }: { strength: Strength }) {
  return (
    <div className={`strength strength-${strength.level}`}>
      <div className="strength-meter" aria-hidden="true">
        {[1, 2, 3, 4].map((step) => (
          <span key={step} className={step <= strength.score ? 'on' : ''} />
        ))}
      </div>
      <p className="strength-text" aria-live="polite">
        {strength.hint}
      </p>
    </div>
  );
}
