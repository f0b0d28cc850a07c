// jrnl's exports read as entries: its whole-journal Markdown (`# 2020` / `## August` / `### 2020-08-29 11:11 Title`) is
// split into one piece per entry, and a heading that starts with jrnl's date and time gives the entry its date and title.
import { parseDateValue, type EntryTime } from './importDates';
import type { MarkdownFile } from './markdownEntry';

/** jrnl's `timeformat` is the user's; the common ones are `%Y-%m-%d %H:%M` and `%F %r` (`2020-08-29 11:11:00 AM`). */
const DATED = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AaPp])[Mm])?)?\s+(.*)$/;
const ENTRY_HEADING = /^### (\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}.*)$/;

/** A heading `2020-08-29 11:11 Entry the first.` as jrnl writes it: its time and the title after it. */
export function jrnlHeading(heading: string): { time: EntryTime; title: string } | null {
  const m = DATED.exec(heading.trim());
  if (!m) return null;
  let hour = m[2] === undefined ? 0 : Number(m[2]);
  if (m[5]) hour = (hour % 12) + (m[5].toLowerCase() === 'p' ? 12 : 0);
  const clock = m[2] === undefined ? '' : ` ${String(hour).padStart(2, '0')}:${m[3]}:${m[4] ?? '00'}`;
  const time = parseDateValue(`${m[1]}${clock}`);
  return time ? { time, title: m[6]!.trim() } : null;
}

/** jrnl raises a body's headings by three levels under its `###` entry headings; this lowers them back. */
const lowerHeadings = (lines: string[]) => lines.map((line) => line.replace(/^####(#*) /, '#$1 '));

/**
 * The entries of a whole-journal export, each as its own file (`# <date> <title>` then the body), or null when the text
 * is not one: it must open with a `# <year>` line and hold `### <date> <time> …` headings.
 */
export function splitJrnlJournal(file: MarkdownFile): MarkdownFile[] | null {
  const lines = file.text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const firstLine = lines.find((line) => line.trim() !== '');
  if (!firstLine || !/^# \d{4}\s*$/.test(firstLine) || !lines.some((line) => ENTRY_HEADING.test(line))) return null;
  const pieces: MarkdownFile[] = [];
  let current: { heading: string; body: string[] } | null = null;
  const finish = () => {
    if (!current) return;
    const text = `# ${current.heading}\n\n${lowerHeadings(current.body).join('\n').trim()}\n`;
    pieces.push({ path: `${file.path} › ${current.heading}`, text, modified: file.modified });
  };
  for (const line of lines) {
    const entry = ENTRY_HEADING.exec(line);
    if (entry) {
      finish();
      current = { heading: entry[1]!.trim(), body: [] };
    } else if (/^# \d{4}\s*$/.test(line) || /^## \p{L}+\s*$/u.test(line)) {
      // `# 2021` and `## October` are jrnl's own year and month headings, not part of any entry.
      continue;
    } else current?.body.push(line);
  }
  finish();
  return pieces;
}
