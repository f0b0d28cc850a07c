import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docFromPrompts } from '../../../../electron/contract/editor/templateDoc';
import type { Db } from '../../../../electron/core/db/openDatabase';
import { EntriesRepository } from '../../../../electron/core/entries/entriesRepository';
import { builtinTemplates } from '../../../../electron/core/templates/builtinTemplates';
import { syncBuiltinTemplates } from '../../../../electron/core/templates/syncBuiltinTemplates';
import type { BuiltinTemplate } from '../../../../electron/core/templates/templateSource';
import { TemplatesRepository } from '../../../../electron/core/templates/templatesRepository';
import { Vault } from '../../../../electron/core/vault/vault';
import { CHEAP_KDF, call, makeTempDir, openTestJournal } from '../../helpers/tempJournal';

const PASSPHRASE = 'a good long passphrase';

/** What a later app version might ship: the post-mortem with a reworded first prompt, as version 2. */
function improvedPostMortem(): BuiltinTemplate[] {
  return builtinTemplates().map((template) =>
    template.id === 'post-mortem'
      ? {
          ...template,
          version: 2,
          name: 'Breakup post-mortem, revised',
          doc: docFromPrompts([{ key: 'facts', text: 'What happened, plainly?', hint: null, answer: 'paragraph' }]),
        }
      : template,
  );
}

describe('syncing built-in templates on unlock', () => {
  let dir: string;
  let cleanup: () => void;
  let vault: Vault | null = null;
  beforeEach(() => {
    ({ dir, cleanup } = makeTempDir());
  });
  afterEach(() => {
    vault?.lock();
    cleanup();
  });

  /** Unlock the journal as a newer app version would, shipping `shipped`. */
  async function unlockShipping(shipped: readonly BuiltinTemplate[]): Promise<Db> {
    vault = new Vault({ dataDir: dir, kdfCost: CHEAP_KDF }, { afterMigrate: (db) => syncBuiltinTemplates(db, shipped) });
    await vault.unlock({ passphrase: PASSPHRASE });
    return vault.database();
  }

  it('upgrades a built-in whose shipped version is newer, leaving copies and entries as they were', async () => {
    const journal = openTestJournal(dir);
    await call(journal, 'vault.create', { passphrase: PASSPHRASE });
    const copy = await call(journal, 'templates.duplicate', { id: 'post-mortem' });
    const entry = await call(journal, 'entries.create', { templateId: 'post-mortem' });
    journal.close();

    const db = await unlockShipping(improvedPostMortem());
    const templates = new TemplatesRepository(db);
    expect(templates.get('post-mortem')).toMatchObject({ version: 2, name: 'Breakup post-mortem, revised', promptCount: 1 });
    expect(templates.get(copy.id)).toEqual(copy);
    expect(new EntriesRepository(db).get(entry.id)).toEqual(entry);
  });

  it('adds missing built-ins and never downgrades or rewrites an up-to-date one', async () => {
    const journal = openTestJournal(dir);
    await call(journal, 'vault.create', { passphrase: PASSPHRASE });
    journal.close();
    const db = await unlockShipping(improvedPostMortem());
    db.prepare(`DELETE FROM templates WHERE id = 'daily'`).run();
    const before = new TemplatesRepository(db).get('post-mortem');

    expect(syncBuiltinTemplates(db, builtinTemplates())).toEqual({ added: ['daily'], upgraded: [] });
    expect(new TemplatesRepository(db).get('post-mortem')).toEqual(before);
    expect(syncBuiltinTemplates(db, builtinTemplates())).toEqual({ added: [], upgraded: [] });
  });
});
