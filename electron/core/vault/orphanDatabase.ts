// A database without a key file cannot be opened by anyone; create keeps it aside rather than delete what might matter.
import { existsSync, promises as fs } from 'node:fs';

export async function setAsideOrphanDatabase(databasePath: string): Promise<void> {
  if (!existsSync(databasePath)) return;
  const aside = `${databasePath}.orphaned-${Date.now()}`;
  await fs.rename(databasePath, aside);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(databasePath + suffix)) await fs.rename(databasePath + suffix, aside + suffix);
  }
}
