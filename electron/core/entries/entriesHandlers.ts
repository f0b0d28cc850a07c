// Contract handlers for entries.* methods.
import type { HandlerMap } from '../dispatch/handler';
import { EntriesRepository } from './entriesRepository';
import type { Vault } from '../vault/vault';

const repo = (vault: Vault) => new EntriesRepository(vault.database());

export const entriesHandlers: HandlerMap<
  'entries.create' | 'entries.get' | 'entries.update' | 'entries.list' | 'entries.trash' | 'entries.restore' | 'entries.listTrash'
> = {
  'entries.create': (input, { vault, today }) => repo(vault).create({ ...input, entryDate: input?.entryDate ?? today() }),
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
