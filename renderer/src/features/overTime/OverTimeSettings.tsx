// Settings → Your journal over time: hide the writing figures, and On this day explained before it can be turned on, with what to leave out.
import { useId, useState } from 'react';
import type { OnThisDaySetting } from '../../contract';
import { useContractMutation, useContractQuery } from '../../data/useContract';
import { useTemplates } from '../templates/useTemplates';

interface Change {
  onThisDay?: OnThisDaySetting;
  statsHidden?: boolean;
}

const toggled = <T,>(list: readonly T[], value: T) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

export function OverTimeSettings() {
  const id = useId();
  const settings = useContractQuery('settings.get', {}).data;
  const tags = useContractQuery('tags.list', {}).data?.items ?? [];
  const { templates } = useTemplates();
  const update = useContractMutation('settings.update').run;
  const [error, setError] = useState<string | null>(null);
  // What the writer just chose shows at once, before the saved settings come back.
  const [chosen, setChosen] = useState<Change>({});
  if (!settings) return null;
  const onThisDay = chosen.onThisDay ?? settings.onThisDay;
  const statsHidden = chosen.statsHidden ?? settings.statsHidden;

  async function save(change: Change) {
    setChosen((before) => ({ ...before, ...change }));
    const result = await update(change);
    if (!result.ok) setChosen({});
    setError(result.ok ? null : result.error.message);
  }
  const saveOnThisDay = (change: Partial<OnThisDaySetting>) => void save({ onThisDay: { ...onThisDay, ...change } });

  return (
    <section className="settings-section over-time-settings" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Your journal over time</h3>
      <label className="checkbox-label">
        <input type="checkbox" checked={statsHidden} onChange={(event) => void save({ statsHidden: event.target.checked })} />
        Hide writing figures (entries, words, days written)
      </label>
      <p className="settings-note" id={`${id}-explained`}>
        On this day shows what you wrote on the same date in earlier months and years. Looking back can help, and it can also bring back
        what hurts, so it is off until you choose it. Even when on, it only appears when you ask for it in “Your journal over time”, never
        when you unlock.
      </p>
      <label className="checkbox-label">
        <input
          type="checkbox"
          aria-describedby={`${id}-explained`}
          checked={onThisDay.enabled}
          onChange={(event) => saveOnThisDay({ enabled: event.target.checked })}
        />
        Show On this day
      </label>
      {onThisDay.enabled && (
        <>
          <fieldset className="exclude-list">
            <legend className="field-label">Leave out entries written from</legend>
            {templates.map((template) => (
              <label key={template.id} className="checkbox-label">
                <input
                  type="checkbox"
                  checked={onThisDay.excludeTemplateIds.includes(template.id)}
                  onChange={() => saveOnThisDay({ excludeTemplateIds: toggled(onThisDay.excludeTemplateIds, template.id) })}
                />
                {template.name}
              </label>
            ))}
          </fieldset>
          {tags.length > 0 && (
            <fieldset className="exclude-list">
              <legend className="field-label">Leave out entries tagged</legend>
              {tags.map((tag) => (
                <label key={tag.name} className="checkbox-label">
                  <input
                    type="checkbox"
                    checked={onThisDay.excludeTags.some((t) => t.toLowerCase() === tag.name.toLowerCase())}
                    onChange={() => saveOnThisDay({ excludeTags: toggled(onThisDay.excludeTags, tag.name) })}
                  />
                  {tag.name}
                </label>
              ))}
            </fieldset>
          )}
        </>
      )}
      {error && <p className="error-message">{error}</p>}
    </section>
  );
}
