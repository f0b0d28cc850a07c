// The star on a row: marks or unmarks a favourite without opening the entry (it changes no version, so an open editor keeps saving).
import { useState } from 'react';
import { useContractMutation } from '../../../data/useContract';

export function useStar() {
  const update = useContractMutation('entries.update').run;
  const [error, setError] = useState<string | null>(null);
  async function toggle(entry: { id: string; favorite: boolean }) {
    const result = await update({ id: entry.id, favorite: !entry.favorite });
    setError(result.ok ? null : result.error.message);
  }
  return { toggle: (entry: { id: string; favorite: boolean }) => void toggle(entry), error };
}
