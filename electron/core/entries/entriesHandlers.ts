// Contract handlers for entries.* methods.
import type { Template } from '../../contract';
import type { HandlerMap } from '../dispatch/handler';
import type { entriesMethodNames } from '../../contract/entries/names';
import { TemplatesRepository } from '../templates/templatesRepository';
import type { Vault } from '../vault/vault';
import { EntriesRepository, type NewEntry } from './entriesRepository';

const repo = (vault: Vault) => new EntriesRepository(vault.database());

/** The entry keeps its own copy of the template's document, so later edits or upgrades of the template never change it. */
function startFromTemplate(template: Template): Partial<NewEntry> {
  return { doc: template.doc, title: template.name, templateId: template.id, templateVersion: template.version };
}

export const entriesHandlers: HandlerMap<(typeof entriesMethodNames)[number]> = {
  'entries.create': ({ templateId, ...fields } = {}, { vault, today }) => {
    const fromTemplate = templateId ? startFromTemplate(new TemplatesRepository(vault.database()).get(templateId)) : {};
    return repo(vault).create({ ...fields, ...fromTemplate, title: fields.title ?? fromTemplate.title, entryDate: fields.entryDate ?? today() });
  },
  'entries.get': (input, { vault }) => repo(vault).get(input.id),
  'entries.update': ({ id, baseVersion, ...changes }, { vault }) => repo(vault).update(id, changes, baseVersion),
  'entries.list': (input, { vault }) => repo(vault).list(input?.cursor, input?.limit ?? 50),
  'entries.trash': (input, { vault }) => {
    repo(vault).trash(input.id);
    return {};
  },
  'entries.restore': (input, { vault }) => repo(vault).restore(input.id),
  'entries.listTrash': (_input, { vault }) => ({ items: repo(vault).listTrash() }),
};
