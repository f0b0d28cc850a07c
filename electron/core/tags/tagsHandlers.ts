// Contract handlers for tags.* methods; each write is one transaction.
import type { HandlerMap } from '../dispatch/handler';
import type { Vault } from '../vault/vault';
import { TagsRepository } from './tagsRepository';

const repo = (vault: Vault) => new TagsRepository(vault.database());

export const tagsHandlers: HandlerMap<'tags.list' | 'tags.rename' | 'tags.delete'> = {
  'tags.list': (_input, { vault }) => ({ items: repo(vault).list() }),
  'tags.rename': ({ from, to }, { vault }) => vault.database().transaction(() => repo(vault).rename(from, to))(),
  'tags.delete': ({ name }, { vault }) => vault.database().transaction(() => ({ removedFrom: repo(vault).delete(name) }))(),
};
