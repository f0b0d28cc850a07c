// Contract handler for search.query.
import type { HandlerMap } from '../dispatch/handler';
import { searchEntries } from './searchRepository';

export const searchHandlers: HandlerMap<'search.query'> = {
  'search.query': (input, { vault }) => searchEntries(vault.database(), input),
};
