// Settings → Appearance: theme, text size, line width and typeface. Saved outside the journal (appearance.ts), so the
// unlock screen wears them too.
import { useId, type ReactNode } from 'react';
import { lineWidths, textSizes, themes, typefaces, updateAppearance, useAppearance, type Appearance } from './appearance';

const labels: Record<string, string> = {
  system: 'Follow the system',
  light: 'Light',
  dark: 'Dark',
  small: 'Small',
  medium: 'Medium',
  large: 'Large',
  narrow: 'Narrow',
  wide: 'Wide',
  serif: 'Serif',
  sans: 'Sans serif',
};

function Choice<K extends keyof Appearance>({ name, legend, options }: { name: K; legend: ReactNode; options: readonly Appearance[K][] }) {
  const appearance = useAppearance();
  const id = useId();
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className="appearance-options">
        {options.map((option) => (
          <label key={String(option)} className="radio-label">
            <input
              type="radio"
              name={`${id}-${name}`}
              checked={appearance[name] === option}
              onChange={() => updateAppearance({ [name]: option })}
            />
            {labels[String(option)]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function AppearanceSettings() {
  const id = useId();
  return (
    <section className="settings-section appearance-settings" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Appearance</h3>
      <p className="settings-note">
        These choices are kept on this computer outside your journal, so they apply before you unlock. They hold nothing you wrote.
      </p>
      <Choice name="theme" legend="Theme" options={themes} />
      <Choice name="textSize" legend="Text size" options={textSizes} />
      <Choice name="lineWidth" legend="Line width" options={lineWidths} />
      <Choice name="typeface" legend="Typeface" options={typefaces} />
    </section>
  );
}
