import { randomBytes } from 'node:crypto';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EntriesRepository } from '../../../../electron/core/entries/entriesRepository';
import { finishRekey, REKEY_MARKER, stageRekey } from '../../../../electron/core/rekey/rekeyJournal';
import { keyFileText, parseKeyFile, signKeyFile } from '../../../../electron/core/vault/keyFile';
import { plannedSlots } from '../../../../electron/core/vault/slotPlan';
import { unwrapWithSecret } from '../../../../electron/core/vault/unwrapWithSecret';
import { Vault } from '../../../../electron/core/vault/vault';
import { CHEAP_KDF, makeTempDir, paragraphDoc } from '../../helpers/tempJournal';

const OLD = 'the passphrase before';
const NEW = 'the passphrase after';
const STAGE_STEPS = ['closed', 'database staged', 'backups staged', 'committed'];
const FINISH_STEPS = ['database swapped', 'backups swapped', 'key file swapped'];

class Crash extends Error {}

/** Which passphrases open the folder now (a fresh process, as after a kill), and the entry titles it shows. */
async function afterRestart(dir: string): Promise<{ opens: string[]; titles: string[]; leftovers: string[] }> {
  const opens: string[] = [];
  let titles: string[] = [];
  for (const passphrase of [OLD, NEW]) {
    const vault = new Vault({ dataDir: dir, kdfCost: CHEAP_KDF });
    try {
      await vault.unlock({ passphrase });
      opens.push(passphrase);
      titles = new EntriesRepository(vault.database())
        .list({}, undefined, 100)
        .items.map((item) => item.title)
        .sort();
    } catch (error) {
      expect((error as { code?: string }).code).toBe('WRONG_PASSPHRASE');
    } finally {
      vault.lock();
    }
  }
  const leftovers = readdirSync(dir).filter((name) => name.startsWith('.rekey-') || name === REKEY_MARKER);
  return { opens, titles, leftovers };
}

describe('a new data key, stopped at every step as a crash would stop it', () => {
  let template: { dir: string; cleanup: () => void };
  const titles = ['first', 'second', 'third'];
  beforeEach(async () => {
    template = makeTempDir('afterword-rekey-template-');
    const vault = new Vault({ dataDir: template.dir, kdfCost: CHEAP_KDF });
    await vault.create(OLD);
    const repo = new EntriesRepository(vault.database());
    for (const title of titles) repo.create({ entryDate: '2026-02-01', title, doc: paragraphDoc(`${title} words`) });
    vault.lock();
    // The unlock writes an automatic backup, so the backup step has something to re-make.
    await vault.unlock({ passphrase: OLD });
    vault.lock();
  });
  afterEach(() => template.cleanup());

  it.each([...STAGE_STEPS, ...FINISH_STEPS])('stopped after "%s": exactly one passphrase opens, with every entry', async (stopAt) => {
    const { dir, cleanup } = makeTempDir('afterword-rekey-crash-');
    try {
      cpSync(template.dir, dir, { recursive: true });
      const vault = new Vault({ dataDir: dir, kdfCost: CHEAP_KDF });
      await vault.unlock({ passphrase: OLD });
      const keyFile = parseKeyFile(readFileSync(path.join(dir, 'vault.json'), 'utf8'));
      const opened = await unwrapWithSecret(keyFile, { passphrase: OLD });
      if (opened.status !== 'ok') throw new Error('setup: the old passphrase must open');
      const newKey = randomBytes(32);
      const { slots } = await plannedSlots(
        { proof: { passphrase: OLD }, kinds: ['passphrase'], passphrase: NEW, newDataKey: true },
        newKey,
        keyFile.slots,
        CHEAP_KDF,
      );
      const { mac: _m, checksum: _c, ...unsigned } = keyFile;
      const afterStep = (step: string) => {
        if (step === stopAt) throw new Crash(step);
      };
      const paths = { databasePath: path.join(dir, 'journal.db'), keyFilePath: path.join(dir, 'vault.json') };
      await expect(
        (async () => {
          stageRekey({
            ...paths,
            db: vault.database(),
            oldKey: opened.dataKey,
            newKey,
            keyFileText: keyFileText(signKeyFile({ ...unsigned, slots }, newKey)),
            afterStep,
          });
          finishRekey(paths, afterStep);
        })(),
      ).rejects.toBeInstanceOf(Crash);
      const committed = STAGE_STEPS.indexOf(stopAt) < 0 || stopAt === 'committed';
      const result = await afterRestart(dir);
      expect(result).toEqual({ opens: [committed ? NEW : OLD], titles, leftovers: [] });
    } finally {
      cleanup();
    }
  });
});
