// The Trash list, fetched when shown, and restoring from it.
import { useCallback, useState } from 'react';
import { api } from '../../api/client';
import type { Entry, EntrySummary } from '../../contract';

export function useTrash(onRestored: (entry: Entry) => void) {
  const [items, setItems] = useState<EntrySummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await api['entries.listTrash']({});
    if (result.ok) setItems(result.value.items);
    setError(result.ok ? null : result.error.message);
  }, []);

  const restore = useCallback(
    async (id: string): Promise<Entry | null> => {
      const result = await api['entries.restore']({ id });
      if (!result.ok) {
        setError(result.error.message);
        return null;
      }
      setItems((current) => (current ?? []).filter((e) => e.id !== id));
      onRestored(result.value);
      return result.value;
    },
    [onRestored],
  );

  return { items, error, load, restore };
}
