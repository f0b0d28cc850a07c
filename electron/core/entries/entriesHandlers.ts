// Contract handlers for entries.* methods; every save also brings the entry's commitments up to date, in the same transaction.
import type { Entry, Template } from '../../contract';
import { promptsInDoc } from '../../contract/editor/templateDoc';
import type { entriesMethodNames } from '../../contract/entries/names';
import { commitmentsFor } from '../commitments/commitmentsHandlers';
import { syncEntryCommitments } from '../commitments/syncEntryCommitments';
import { RECORD_PROMPT_KEY, weekRecordNodes } from '../commitments/weekRecord';
import type { HandlerContext, HandlerMap } from '../dispatch/handler';
import { TemplatesRepository } from '../templates/templatesRepository';
import type { Vault } from '../vault/vault';
import { SettingsRepository } from '../settings/settingsRepository';
import { calendarMonth } from './entriesCalendar';
import { EntriesRepository, type NewEntry } from './entriesRepository';
import { onThisDay } from './onThisDay';

const repo = (vault: Vault) => new EntriesRepository(vault.database());

/**
 * The entry keeps its own copy of the template's document, so later edits or upgrades of the template never change it.
 * The title is left to the writer: the template's name is shown beside it (and as its placeholder), never written into it,
 * so the list does not fill with rows of the same name. A check-in template (one asking which commitments you are checking on) starts with the last seven days' record above its prompts.
 */
function startFromTemplate(template: Template, context: HandlerContext): Partial<NewEntry> {
  const wantsRecord = promptsInDoc(template.doc).some((prompt) => prompt.key === RECORD_PROMPT_KEY);
  const record = wantsRecord ? weekRecordNodes(context.vault.database(), commitmentsFor(context), context.today()) : [];
  const doc = record.length > 0 ? { ...template.doc, content: [...record, ...(template.doc.content ?? [])] } : template.doc;
  return { doc, templateId: template.id, templateVersion: template.version };
}

/** Runs a write and the commitments sync as one transaction: an entry is never saved with its commitments out of step. */
function withCommitments(
  context: HandlerContext,
  write: () => Entry,
  docOf: (entry: Entry) => Entry['doc'] | null = (entry) => entry.doc,
): Entry {
  return context.vault.database().transaction(() => {
    const entry = write();
    syncEntryCommitments(commitmentsFor(context), entry.id, docOf(entry));
    return entry;
  })();
}

export const entriesHandlers: HandlerMap<(typeof entriesMethodNames)[number]> = {
  'entries.create': ({ templateId, ...fields } = {}, context) => {
    const { vault, today } = context;
    const fromTemplate = templateId ? startFromTemplate(new TemplatesRepository(vault.database()).get(templateId), context) : {};
    return withCommitments(context, () => repo(vault).create({ ...fields, ...fromTemplate, entryDate: fields.entryDate ?? today() }));
  },
  'entries.get': (input, { vault }) => repo(vault).get(input.id, { includeTrashed: input.includeTrashed ?? false }),
  'entries.update': ({ id, baseVersion, ...changes }, context) => {
    const update = () => repo(context.vault).update(id, changes, baseVersion);
    return changes.doc ? withCommitments(context, update) : update();
  },
  'entries.list': ({ cursor, limit, ...filters } = {}, { vault }) => repo(vault).list(filters, cursor, limit ?? 50),
  'entries.trash': (input, context) => {
    context.vault.database().transaction(() => {
      repo(context.vault).trash(input.id);
      syncEntryCommitments(commitmentsFor(context), input.id, null);
    })();
    return {};
  },
  'entries.restore': (input, context) => withCommitments(context, () => repo(context.vault).restore(input.id)),
  'entries.listTrash': (_input, { vault }) => ({ items: repo(vault).listTrash() }),
  'entries.deleteForever': (input, { vault }) => {
    repo(vault).deleteForever(input.id);
    return {};
  },
  'entries.emptyTrash': (_input, { vault }) => ({ deleted: repo(vault).emptyTrash() }),
  'entries.discardUntouched': (input, { vault }) => ({ discarded: repo(vault).discardUntouched(input.id) }),
  'entries.calendar': ({ year, month }, { vault }) => calendarMonth(vault.database(), year, month),
  'entries.onThisDay': ({ date }, { vault }) =>
    onThisDay(vault.database(), date, new SettingsRepository(vault.database()).read().onThisDay),
};
