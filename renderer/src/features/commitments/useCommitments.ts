// The Commitments view's data: active and past commitments, core's "today" and the week's line, through the contract's cache.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Commitment, WeekSummary } from '../../contract';
import { useContractQuery } from '../../data/useContract';

export interface CommitmentsData {
  active: Commitment[] | null;
  past: Commitment[];
  /** Core's date (it may run on an injected clock); the renderer never uses its own for check-ins. */
  today: string | null;
  /**
   * Core has answered since the view opened, so `today` is today: until then the cached answer may be yesterday's (the app
   * left open past midnight), and a check-in tapped on it would be recorded on yesterday.
   */
  todayConfirmed: boolean;
  week: WeekSummary | null;
  error: string | null;
}

/** "Today" moves on by itself (midnight, or a day later), so opening the view always asks core again. */
export function useFreshCommitments(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: ['commitments.list'] });
    void queryClient.invalidateQueries({ queryKey: ['checkIns.list'] });
  }, [queryClient]);
}

export function useCommitments(): CommitmentsData {
  const active = useContractQuery('commitments.list', { status: 'active' });
  const past = useContractQuery('commitments.list', { status: 'retired' });
  return {
    active: active.data?.items ?? null,
    past: past.data?.items ?? [],
    today: active.data?.today ?? null,
    todayConfirmed: active.isFetchedAfterMount,
    week: active.data?.week ?? null,
    error: active.error?.message ?? past.error?.message ?? null,
  };
}
