// Dates in other apps' exports: front matter values in many formats, dates in file names, instants in a given time zone.
export interface EntryTime {
  /** The writer's calendar day, YYYY-MM-DD. */
  entryDate: string;
  /** An ISO instant for created/updated. */
  instant: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function realDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The calendar day of an instant in an IANA time zone (an unknown zone reads as UTC). */
export function dayInZone(instant: Date, timeZone: string | undefined): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone: timeZone || 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      instant,
    );
  } catch {
    return instant.toISOString().slice(0, 10);
  }
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const YEAR_FIRST_SLASH = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function fromParts(year: number, month: number, day: number, time: string[] = [], zone?: string): EntryTime | null {
  const entryDate = realDate(year, month, day);
  if (!entryDate) return null;
  const [hours = '12', minutes = '00', seconds = '00'] = time.map((t) => t ?? undefined) as string[];
  // A time without a zone is the writer's wall clock: kept as written (stored as if UTC), so the day never moves.
  const offset = !zone || /^z$/i.test(zone) ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const instant = new Date(`${entryDate}T${pad(Number(hours))}:${minutes}:${seconds}${offset}`);
  return { entryDate, instant: Number.isNaN(instant.getTime()) ? `${entryDate}T12:00:00.000Z` : instant.toISOString() };
}

/**
 * A front matter date: ISO dates and times (with or without offset), DD/MM/YYYY, DD.MM.YYYY, DD-MM-YYYY, YYYY/MM/DD,
 * a Date the YAML reader made, or epoch milliseconds. The day is the one written, in the writer's own offset.
 */
export function parseDateValue(value: unknown): EntryTime | null {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? null : { entryDate: value.toISOString().slice(0, 10), instant: value.toISOString() };
  if (typeof value === 'number' && value > 1e11) return parseDateValue(new Date(value));
  if (typeof value !== 'string') return null;
  const text = value.trim();
  let m = ISO.exec(text);
  if (m) return fromParts(+m[1]!, +m[2]!, +m[3]!, m[4] ? [m[4], m[5]!, m[6] ?? '00'] : [], m[8]);
  m = DAY_FIRST.exec(text);
  if (m) return fromParts(+m[3]!, +m[2]!, +m[1]!, m[4] ? [m[4], m[5]!, m[6] ?? '00'] : []);
  m = YEAR_FIRST_SLASH.exec(text);
  if (m) return fromParts(+m[1]!, +m[2]!, +m[3]!, m[4] ? [m[4], m[5]!, m[6] ?? '00'] : []);
  return null;
}

const NAME_DATES: Array<{ pattern: RegExp; order: 'ymd' | 'dmy' }> = [
  { pattern: /^(\d{4})[-_.](\d{2})[-_.](\d{2})/, order: 'ymd' },
  { pattern: /^(\d{4})(\d{2})(\d{2})(?!\d)/, order: 'ymd' },
  { pattern: /^(\d{2})[-_.](\d{2})[-_.](\d{4})/, order: 'dmy' },
];

/** A date at the start of a file name (`2024-07-22`, `2024_07_22`, `20240722`, `22-07-2024`), and what follows it as a title. */
export function dateFromFileName(stem: string): { time: EntryTime; rest: string } | null {
  for (const { pattern, order } of NAME_DATES) {
    const m = pattern.exec(stem);
    if (!m) continue;
    const [a, b, c] = [+m[1]!, +m[2]!, +m[3]!];
    const time = order === 'ymd' ? fromParts(a, b, c) : fromParts(c, b, a);
    if (!time) continue;
    const rest = stem
      .slice(m[0].length)
      .replace(/^[\s_-]*(\d{2}[_:.]\d{2}(?:[_:.]\d{2})?)?[\s_-]*/, '')
      .trim();
    return { time, rest };
  }
  return null;
}
