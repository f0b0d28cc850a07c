// import.json's first pass: the whole file checked, entry by entry and picture by picture, before anything is written.
import { z } from 'zod';
import { docSchema } from '../../contract';
import { AppError } from '../errors/AppError';
import type { JsonBytes } from './jsonBytes';
import { exportedEntrySchema, exportedPictureSchema, jsonExportFields, MAX_EXPORTED_ITEMS } from './jsonFormat';
import { arrayRanges, isArrayMember, JsonSyntaxError, objectMembers, opensObject, parseRange, type JsonMember } from './jsonScanner';

type Fields = typeof jsonExportFields;
type Rows = Array<Record<string, string | number | null>>;

export const notAnExport = (reason: string) =>
  new AppError('INVALID_INPUT', `This file is not an Afterword JSON export that can be imported (${reason}). Nothing was imported.`, {
    reason,
  });

/** The checked file: its bytes and where each member lies (entries and pictures are read again from there), the small members parsed. */
export interface CheckedExport {
  bytes: JsonBytes;
  entries: JsonMember;
  entryCount: number;
  attachments?: JsonMember;
  templates?: Rows;
  commitments?: Rows;
  commitmentRevisions?: Rows;
  checkIns?: Rows;
}

function problem(path: Array<string | number>, error: z.ZodError): AppError {
  const issue = error.issues[0]!;
  const where = [...path, ...issue.path];
  return notAnExport(`${where.length ? where.map(String).join('.') : 'the file'}: ${issue.message}`);
}

/** How far the check has come, 0 to 1: may pause (progress, a Cancel, a turn for saves) when it answers a promise. */
export type CheckPace = (fraction: number) => Promise<void> | undefined;

/** The UTF-8 pass is quick (native): it counts as this share of the check, the entries and pictures as the rest. */
const UTF8_SHARE = 0.1;

/** Each element against its schema, naming the first bad one by index; entry ids must not repeat. Answers how many. */
async function checkElements(bytes: JsonBytes, key: 'entries' | 'attachments', member: JsonMember, pace: CheckPace): Promise<number> {
  const schema = key === 'entries' ? exportedEntrySchema : exportedPictureSchema;
  const seen = new Set<string>();
  let index = 0;
  for (const [start, end] of arrayRanges(bytes, member)) {
    if (index === MAX_EXPORTED_ITEMS) throw notAnExport(`${key}: more than ${MAX_EXPORTED_ITEMS.toLocaleString('en')} items`);
    const checked = schema.safeParse(parseRange(bytes, start, end));
    if (!checked.success) throw problem([key, index], checked.error);
    if (key === 'entries') {
      if (seen.has(checked.data.id)) throw notAnExport(`entries.${index}.id: the same entry id appears twice`);
      seen.add(checked.data.id);
    }
    index += 1;
    await pace(UTF8_SHARE + ((1 - UTF8_SHARE) * end) / bytes.length);
  }
  return index;
}

/** A member read whole (the small ones, or a long one that is not even an array) and held to its schema. */
function checkWhole<K extends keyof Fields>(bytes: JsonBytes, key: K, member: JsonMember | undefined): z.output<Fields[K]> {
  const value = member ? parseRange(bytes, member.start, member.end) : undefined;
  const checked = jsonExportFields[key].safeParse(value);
  if (!checked.success) throw problem([key], checked.error);
  return checked.data as z.output<Fields[K]>;
}

/** A template's document travels as a JSON string column: it is held to the same schema as an entry's before it is stored. */
function checkTemplateDocs(templates: Rows | undefined): void {
  templates?.forEach((row, index) => {
    let doc: unknown;
    try {
      doc = JSON.parse(String(row.doc));
    } catch {
      throw notAnExport(`templates[${index}].doc: not a document`);
    }
    const parsed = docSchema.safeParse(doc);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw notAnExport(`templates[${index}].doc.${issue.path.map(String).join('.')}: ${issue.message}`);
    }
  });
}

async function checkMembers(bytes: JsonBytes, pace: CheckPace): Promise<CheckedExport> {
  const members = new Map(objectMembers(bytes).map((member) => [member.key, member]));
  // Members this version does not know are ignored, as before, but they must still be JSON.
  for (const member of members.values()) if (!(member.key in jsonExportFields)) parseRange(bytes, member.start, member.end);
  checkWhole(bytes, 'format', members.get('format'));
  checkWhole(bytes, 'version', members.get('version'));
  checkWhole(bytes, 'exportedAt', members.get('exportedAt'));
  const entries = members.get('entries');
  if (!entries || !isArrayMember(bytes, entries)) checkWhole(bytes, 'entries', entries);
  const entryCount = await checkElements(bytes, 'entries', entries!, pace);
  const tables = {
    templates: checkWhole(bytes, 'templates', members.get('templates')),
    commitments: checkWhole(bytes, 'commitments', members.get('commitments')),
    commitmentRevisions: checkWhole(bytes, 'commitmentRevisions', members.get('commitmentRevisions')),
    checkIns: checkWhole(bytes, 'checkIns', members.get('checkIns')),
  };
  const attachments = members.get('attachments');
  if (attachments && !isArrayMember(bytes, attachments)) checkWhole(bytes, 'attachments', attachments);
  if (attachments) await checkElements(bytes, 'attachments', attachments, pace);
  checkTemplateDocs(tables.templates);
  return { bytes, entries: entries!, entryCount, attachments, ...tables };
}

/** The same checks and the same messages as when the file was parsed whole, one entry at a time. */
export async function checkJsonExport(bytes: JsonBytes, pace: CheckPace = () => undefined): Promise<CheckedExport> {
  if (!(await bytes.isUtf8((fraction) => pace(fraction * UTF8_SHARE)))) throw notAnExport('it is not UTF-8 text');
  try {
    if (!opensObject(bytes)) {
      const checked = z.object({}).safeParse(parseRange(bytes, 0, bytes.length));
      if (!checked.success) throw problem([], checked.error);
    }
    return await checkMembers(bytes, pace);
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw notAnExport('it is not valid JSON');
    throw error;
  }
}
