// Saves keep answering while long work runs: the journal is in a worker thread and backup.create in a job worker of its own,
// so the host answers saves while a large backup is being made, instead of after it.
import { randomBytes } from 'node:crypto';
import { test, expect } from '@playwright/test';
import { startHost } from './fixtures/host';
import { hostApi as api } from './fixtures/hostApi';

const PASSPHRASE = 'saves keep answering, long enough';

/** ~8 MiB of text that no index shortens: eight paragraphs of one random 1,000,000-character word each. */
const bigDoc = () => ({
  type: 'doc',
  content: Array.from({ length: 8 }, () => ({
    type: 'paragraph',
    content: [{ type: 'text', text: randomBytes(750_000).toString('base64') }],
  })),
});

test('saves keep answering while a large backup is being made', async () => {
  test.setTimeout(180_000);
  const host = await startHost();
  try {
    await api(host, 'vault.create', { passphrase: PASSPHRASE });
    for (let i = 0; i < 5; i++) await api(host, 'entries.create', { title: `Long ${i}`, doc: bigDoc() });
    let entry = await api(host, 'entries.create', { title: 'Written during the backup' });

    let backupDone = false;
    const backup = api(host, 'backup.create', {}).then((file) => {
      backupDone = true;
      return file;
    });
    let savesWhileRunning = 0;
    let text = '';
    for (let i = 0; !backupDone; i++) {
      text = `Save ${i} while the backup runs.`;
      entry = await api(host, 'entries.update', {
        id: entry.id,
        baseVersion: entry.version,
        doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
      });
      if (!backupDone) savesWhileRunning++;
    }
    const file = await backup;
    expect(file.bytes).toBeGreaterThan(40 * 1024 * 1024);
    // In one thread, the first save would answer only after the whole backup: none in between.
    expect(savesWhileRunning).toBeGreaterThanOrEqual(3);
    const saved = await api(host, 'entries.get', { id: entry.id });
    expect(JSON.stringify(saved.doc)).toContain(text);
  } finally {
    await host.stop();
  }
});
