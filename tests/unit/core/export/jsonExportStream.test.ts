// export.json written entry by entry: the same bytes the whole-file export wrote, sealed on disk while it waits, pictures included.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Journal } from '../../../../electron/core/journal';
import { exportEntryPages } from '../../../../electron/core/export/exportEntryPages';
import { Vault } from '../../../../electron/core/vault/vault';
import { call, CHEAP_KDF, createJournalForTest } from '../../helpers/tempJournal';
import { pngPicture } from '../../helpers/pictures';
import { answerBytes } from '../../helpers/sealedAnswer';
import { para } from '../../helpers/sampleEntries';

const newJournal = createJournalForTest;

const exportAll = (journal: Journal) => call(journal, 'export.json', { scope: { all: true } });

async function journalWithPictures(): Promise<{ journal: Journal; dir: string; pictureIds: string[] }> {
  const { journal, dir } = await newJournal();
  const pictureIds: string[] = [];
  for (const [index, size] of [
    [40, 30],
    [20, 60],
  ].entries()) {
    const picture = await call(journal, 'attachments.put', { file: new Uint8Array(await pngPicture(size[0]!, size[1]!)) });
    pictureIds.push(picture.id);
    const doc = {
      type: 'doc',
      content: [para(`Picture ${index}`), { type: 'image', attrs: { src: `attachment:${picture.id}`, alt: 'sea' } }],
    };
    await call(journal, 'entries.create', { entryDate: `2026-04-0${index + 1}`, title: `With picture ${index}`, doc, mood: 1 });
  }
  await call(journal, 'entries.create', {
    entryDate: '2026-04-01',
    title: 'Same day, no picture',
    doc: { type: 'doc', content: [para('x')] },
  });
  await call(journal, 'templates.create', { name: 'Mine', doc: { type: 'doc', content: [para('q')] } });
  return { journal, dir, pictureIds };
}

describe('export.json written entry by entry', () => {
  it('writes exactly what JSON.stringify with two-space indents wrote when the file was built whole', async () => {
    const { journal } = await journalWithPictures();
    const text = Buffer.from(await answerBytes(await exportAll(journal))).toString('utf8');
    const parsed = JSON.parse(text);
    expect(parsed.entries).toHaveLength(3);
    expect(parsed.attachments).toHaveLength(2);
    expect(Object.keys(parsed)).toEqual([
      'format',
      'version',
      'exportedAt',
      'entries',
      'templates',
      'commitments',
      'commitmentRevisions',
      'checkIns',
      'attachments',
    ]);
    expect(text).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
  });

  it('brings pictures back byte for byte through import.json into a new journal', async () => {
    const { journal, pictureIds } = await journalWithPictures();
    const bytes = await answerBytes(await exportAll(journal));
    const { journal: target } = await newJournal();
    expect(await call(target, 'import.json', { file: bytes })).toMatchObject({ imported: 3, skipped: 0, templatesImported: 1 });
    for (const id of pictureIds) {
      const [original, imported] = [await call(journal, 'attachments.get', { id }), await call(target, 'attachments.get', { id })];
      expect(Buffer.from(imported.data).equals(Buffer.from(original.data))).toBe(true);
    }
    const [before, after] = [
      JSON.parse(Buffer.from(bytes).toString()),
      JSON.parse(Buffer.from(await answerBytes(await exportAll(target))).toString()),
    ];
    expect(after.entries).toEqual(before.entries);
    expect(after.attachments).toEqual(before.attachments);
  });

  it('leaves only ciphertext on disk while the file waits for the shell, and none once the shell has read it', async () => {
    const { journal, dir } = await journalWithPictures();
    const answer = await exportAll(journal);
    expect(path.dirname(answer.sealed.path)).toBe(dir);
    const onDisk = readFileSync(answer.sealed.path);
    expect(onDisk.length).toBe(answer.sealed.byteLength);
    expect(onDisk.includes('afterword-journal')).toBe(false);
    expect(onDisk.includes('With picture')).toBe(false);
    const plain = await answerBytes(answer);
    expect(Buffer.from(plain).includes('With picture 1')).toBe(true);
    expect(existsSync(answer.sealed.path)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.startsWith('.export-'))).toEqual([]);
  });

  it('pages through entries that share a day without losing or repeating one', async () => {
    const { journal, dir } = await newJournal();
    const ids: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      const day = i < 5 ? '2026-05-05' : `2026-05-0${i + 1}`;
      ids.push(
        (await call(journal, 'entries.create', { entryDate: day, title: `n${i}`, doc: { type: 'doc', content: [para(`t${i}`)] } })).id,
      );
    }
    const whole = (await exportAll(journal)).sealed;
    const expected = JSON.parse(Buffer.from(await answerBytes({ fileName: '', mimeType: '', sealed: whole })).toString()).entries.map(
      (entry: { id: string }) => entry.id,
    );
    journal.close();
    const vault = new Vault({ dataDir: dir, kdfCost: CHEAP_KDF });
    await vault.unlock({ passphrase: 'correct horse battery' });
    try {
      const pages = exportEntryPages(vault.database(), { all: true }, 2);
      expect(pages).toMatchObject({ count: 7, first: '2026-05-05', last: '2026-05-07' });
      const paged = [...pages.pages()];
      expect(paged.map((page) => page.length)).toEqual([2, 2, 2, 1]);
      expect(paged.flat().map((entry) => entry.id)).toEqual(expected);
      expect(new Set(expected)).toEqual(new Set(ids));
    } finally {
      vault.lock();
    }
  });
});
