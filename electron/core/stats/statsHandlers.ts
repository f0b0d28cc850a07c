// Contract handlers for stats.* methods.
import type { statsMethodNames } from '../../contract/stats/names';
import type { HandlerMap } from '../dispatch/handler';
import { statsSummary } from './statsSummary';

export const statsHandlers: HandlerMap<(typeof statsMethodNames)[number]> = {
  'stats.summary': (input, { vault, today }) => statsSummary(vault.database(), input ?? {}, today()),
};
