// The Commitments view's data: active and past commitments, core's "today" and the week's line; reload after every change.
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { Commitment, WeekSummary } from '../../contract';

export interface CommitmentsData {
  active: Commitment[] | null;
  past: Commitment[];
  /** Core's date (it may run on an injected clock); the renderer never uses its own for check-ins. */
  today: string | null;
  week: WeekSummary | null;
  error: string | null;
  /** Bumps on every reload, so each heatmap refetches its record. */
  revision: number;
  reload: () => Promise<void>;
}

export function useCommitments(): CommitmentsData {
  const [state, setState] = useState<Omit<CommitmentsData, 'reload'>>({ active: null, past: [], today: null, week: null, error: null, revision: 0 });

  const reload = useCallback(async () => {
    const [active, past] = await Promise.all([api['commitments.list']({ status: 'active' }), api['commitments.list']({ status: 'retired' })]);
    if (!active.ok || !past.ok) {
      const message = !active.ok ? active.error.message : !past.ok ? past.error.message : null;
      return setState((previous) => ({ ...previous, error: message }));
    }
    setState((previous) => ({
      active: active.value.items,
      past: past.value.items,
      today: active.value.today,
      week: active.value.week,
      error: null,
      revision: previous.revision + 1,
    }));
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { ...state, reload };
}
