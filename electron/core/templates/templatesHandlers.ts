// Contract handlers for templates.* methods.
import type { HandlerMap } from '../dispatch/handler';
import type { templatesMethodNames } from '../../contract/templates/names';
import type { Vault } from '../vault/vault';
import { TemplatesRepository } from './templatesRepository';

const repo = (vault: Vault) => new TemplatesRepository(vault.database());

export const templatesHandlers: HandlerMap<(typeof templatesMethodNames)[number]> = {
  'templates.list': (_input, { vault }) => ({ items: repo(vault).list() }),
  'templates.get': (input, { vault }) => repo(vault).get(input.id),
  'templates.create': (input, { vault }) => repo(vault).create(input),
  'templates.update': ({ id, ...changes }, { vault }) => repo(vault).update(id, changes),
  'templates.delete': (input, { vault }) => {
    repo(vault).delete(input.id);
    return {};
  },
  'templates.duplicate': (input, { vault }) => repo(vault).duplicate(input.id),
};
