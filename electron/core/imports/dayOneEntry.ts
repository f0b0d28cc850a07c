// One Day One entry (any metadata.version: read by field) as an Afterword entry: date in its own time zone, pictures by md5, other media as a note.
import type { DocNode } from '../../contract/doc';
import { dayInZone } from './importDates';
import { PENDING_PICTURE, type ImportedEntry, type ImportFailure } from './importTypes';
import { markdownToDoc } from './markdownToDoc';
import { stableId } from './stableId';

type Raw = Record<string, unknown>;

const MEDIA_NOTE: Record<string, string> = { video: 'Video', audio: 'Audio recording', pdfAttachment: 'PDF' };
const MEDIA_LIST: Record<string, string> = { video: 'videos', audio: 'audios', pdfAttachment: 'pdfAttachments' };
const MOMENT = /!\[([^\]]*)\]\(dayone-moment:\/{1,2}(?:(video|audio|pdfAttachment)\/)?([A-Za-z0-9-]+)\)/g;

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const list = (value: unknown): Raw[] => (Array.isArray(value) ? value.filter((v): v is Raw => !!v && typeof v === 'object') : []);

/** richText is JSON in a string that may not parse; its runs of text are the fallback when `text` is missing. */
function richTextPlain(richText: unknown): string {
  try {
    const parsed = JSON.parse(String(richText)) as { contents?: Array<{ text?: unknown }> };
    return (parsed.contents ?? []).map((run) => (typeof run.text === 'string' ? run.text : '')).join('');
  } catch {
    return '';
  }
}

/** Moments become pending pictures (found later by md5) or, for video, audio and PDF, a short note naming the file. */
function replaceMoments(text: string, raw: Raw, photoMd5: ReadonlyMap<string, string>): string {
  return text.replace(MOMENT, (_all, alt: string, kind: string | undefined, identifier: string) => {
    if (kind) {
      const media = list(raw[MEDIA_LIST[kind]!]).find((m) => m.identifier === identifier);
      const file = media?.md5 ? `${String(media.md5)}${media.type ? `.${String(media.type)}` : ''}` : identifier;
      return `*[${MEDIA_NOTE[kind]}: ${file}, not imported]*`;
    }
    const photo = list(raw.photos).find((p) => p.identifier === identifier);
    // One photo may back several entries while only one of them lists it.
    const key = str(photo?.md5) ?? photoMd5.get(identifier) ?? `moment-${identifier}`;
    return `![${alt}](<${PENDING_PICTURE}${key}>)`;
  });
}

/** A short closing line with place and weather, as Day One shows them (no coordinates or street address). */
function contextLine(raw: Raw): DocNode | null {
  const location = (raw.location ?? {}) as Raw;
  const weather = (raw.weather ?? {}) as Raw;
  const place = [location.localityName, location.administrativeArea, location.country].filter((p) => typeof p === 'string' && p).join(', ');
  const temperature = typeof weather.temperatureCelsius === 'number' ? `${Math.round(weather.temperatureCelsius)} °C` : '';
  const sky = [str(weather.conditionsDescription), temperature].filter(Boolean).join(', ');
  const text = [place, sky].filter(Boolean).join(' · ');
  return text ? { type: 'paragraph', content: [{ type: 'text', text, marks: [{ type: 'italic' }] }] } : null;
}

const plainText = (node: DocNode): string => node.text ?? (node.content ?? []).map(plainText).join('');

/** photoMd5: every photo identifier in the export with its md5. */
export function dayOneEntry(raw: Raw, where: string, photoMd5: ReadonlyMap<string, string> = new Map()): ImportedEntry | ImportFailure {
  const uuid = str(raw.uuid);
  if (!uuid) return { where, reason: 'The entry has no uuid.' };
  const created = new Date(str(raw.creationDate) ?? '');
  if (Number.isNaN(created.getTime())) return { where, reason: 'The entry has no readable creationDate.' };
  const modified = new Date(str(raw.modifiedDate) ?? '');
  // All-day entries are stored at the day's start in UTC: that day is the one the writer chose.
  const entryDate = raw.isAllDay === true ? created.toISOString().slice(0, 10) : dayInZone(created, str(raw.timeZone));
  const text = str(raw.text)?.trim() ? str(raw.text)! : richTextPlain(raw.richText);
  // Apple escapes punctuation (\. \! \- \(); CommonMark drops a backslash only before punctuation, as wanted, and keeps every other one.
  const doc = markdownToDoc(replaceMoments(text.replace(/\r\n?/g, '\n'), raw, photoMd5), (src, alt) => ({
    type: 'image',
    attrs: alt ? { src, alt } : { src },
  }));
  const blocks = doc.content ?? [];
  const first = blocks[0];
  const title = first?.type === 'heading' ? plainText(first).trim() : '';
  if (title) blocks.shift();
  const context = contextLine(raw);
  if (context) blocks.push(context);
  if (blocks.length === 0) blocks.push({ type: 'paragraph' });
  const tags = Array.isArray(raw.tags)
    ? raw.tags.filter((t): t is string => typeof t === 'string' && t.trim() !== '').map((t) => t.trim().slice(0, 100))
    : [];
  return {
    where,
    id: stableId('dayone', uuid.toUpperCase()),
    entryDate,
    createdAt: created.toISOString(),
    updatedAt: (Number.isNaN(modified.getTime()) ? created : modified).toISOString(),
    title: title.slice(0, 500),
    doc: { type: 'doc', content: blocks },
    tags,
    favorite: raw.starred === true,
  };
}
