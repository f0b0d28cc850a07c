// Contract handlers for commitments.* and checkIns.*.
import type { HandlerContext, HandlerMap } from '../dispatch/handler';
import { dueDaysOf, listCheckIns, recordCheckIn } from './checkIns';
import { CommitmentsRepository } from './commitmentsRepository';
import { weekSummary } from './weekSummary';

export const commitmentsFor = ({ vault, today, now }: HandlerContext) => new CommitmentsRepository(vault.database(), today(), now());

export const commitmentsHandlers: HandlerMap<
  'commitments.list' | 'commitments.create' | 'commitments.update' | 'commitments.retire' | 'checkIns.record' | 'checkIns.list'
> = {
  'commitments.list': (input, context) => {
    const repo = commitmentsFor(context);
    const today = context.today();
    const active = repo.list('active');
    const items = input?.status === 'active' ? active : repo.list(input?.status);
    return { items, today, week: weekSummary(context.vault.database(), active, today) };
  },
  'commitments.create': ({ text, rhythm, endsOn, entryId }, context) => commitmentsFor(context).create({ text, rhythm, endsOn, entryId }),
  'commitments.update': ({ id, ...changes }, context) => commitmentsFor(context).update(id, changes),
  'commitments.retire': ({ id }, context) => commitmentsFor(context).retire(id),
  'checkIns.record': (input, context) =>
    recordCheckIn(context.vault.database(), commitmentsFor(context), input, context.today(), context.now()),
  'checkIns.list': ({ commitmentId, from, to }, context) => {
    const repo = commitmentsFor(context);
    return {
      items: listCheckIns(context.vault.database(), repo, commitmentId, from, to),
      dueDays: dueDaysOf(repo, commitmentId, from, to),
    };
  },
};
