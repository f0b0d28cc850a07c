// Settings: how much room the journal takes (pictures included), and how large a picture may be before it is scaled down.
import { useEffect, useId, useState } from 'react';
import { api } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';

const EDGES = [1280, 1920, 2560, 3840] as const;
type Edge = (typeof EDGES)[number];

function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

export function JournalSizeSetting() {
  const id = useId();
  const [usage, setUsage] = useState<{ journalBytes: number; pictures: number; pictureBytes: number } | null>(null);
  const [edge, setEdge] = useState<Edge | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void api['attachments.usage']({}).then((result) => (result.ok ? setUsage(result.value) : setError(result.error.message)));
    void api['settings.get']({}).then((result) => result.ok && setEdge(result.value.pictureMaxEdge));
  }, []);

  async function choose(value: string) {
    const next = EDGES.find((e) => String(e) === value);
    if (!next) return;
    const result = await api['settings.update']({ pictureMaxEdge: next });
    if (result.ok) setEdge(result.value.pictureMaxEdge);
    else setError(result.error.message);
  }

  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Journal size</h3>
      <p className="settings-note" data-testid="journal-size">
        {usage
          ? `Your journal takes ${size(usage.journalBytes)} on this computer, ${usage.pictures === 1 ? '1 picture' : `${usage.pictures} pictures`} (${size(usage.pictureBytes)}) included. Everything in it is encrypted.`
          : 'Measuring…'}
      </p>
      <label className="field-label" htmlFor={id}>
        Scale pictures down to
      </label>
      <select
        id={id}
        className="input settings-select"
        value={String(edge)}
        disabled={edge === undefined}
        onChange={(event) => void choose(event.target.value)}
      >
        {EDGES.map((e) => (
          <option key={e} value={String(e)}>
            {e.toLocaleString('en')} pixels on the long side{e === 2560 ? ' (recommended)' : ''}
          </option>
        ))}
      </select>
      <ErrorMessage message={error} />
    </section>
  );
}
