// export.markdown streamed a page of entries at a time: the zip holds the same files, names and pictures however the entries are paged.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { pictureReader } from '../../../../electron/core/attachments/exportPictures';
import { exportEntryPages } from '../../../../electron/core/export/exportEntryPages';
import { markdownZip } from '../../../../electron/core/export/markdownExport';
import { Vault } from '../../../../electron/core/vault/vault';
import { pngPicture } from '../../helpers/pictures';
import { para } from '../../helpers/sampleEntries';
import { asFileBytes } from '../../helpers/sealedAnswer';
import { call, CHEAP_KDF, createJournalForTest } from '../../helpers/tempJournal';

const NOW = new Date('2026-06-01T10:00:00Z');

function zipOfPages(vault: Vault, pageSize: number): Record<string, Uint8Array> {
  const db = vault.database();
  const span = exportEntryPages(db, { all: true }, pageSize);
  const chunks: Uint8Array[] = [];
  markdownZip(span, NOW, pictureReader(db), (chunk) => chunks.push(chunk));
  // Many pieces, not one: the archive was handed out as it was made.
  expect(chunks.length).toBeGreaterThan(3);
  return unzipSync(Buffer.concat(chunks));
}

describe('export.markdown, streamed', () => {
  it('writes the same files whether the entries come in one page or many, each picture once', async () => {
    const { journal, dir } = await createJournalForTest();
    const picture = await call(journal, 'attachments.put', { file: new Uint8Array(await pngPicture(30, 20)) });
    const withPicture = {
      type: 'doc',
      content: [para('Look:'), { type: 'image', attrs: { src: `attachment:${picture.id}`, alt: 'sea' } }],
    };
    for (let i = 0; i < 7; i += 1) {
      // Five entries share a day and a title, so names must stay unique across pages: "(2)" … "(5)".
      const entryDate = i < 5 ? '2026-05-05' : `2026-05-0${i + 1}`;
      const doc = i % 3 === 0 ? withPicture : { type: 'doc', content: [para(`Text ${i}`)] };
      await call(journal, 'entries.create', { entryDate, title: 'Same title', doc });
    }
    const whole = await asFileBytes(call(journal, 'export.markdown', { scope: { all: true } }));
    const stored = await call(journal, 'attachments.get', { id: picture.id });
    journal.close();
    const vault = new Vault({ dataDir: dir, kdfCost: CHEAP_KDF });
    await vault.unlock({ passphrase: 'correct horse battery' });
    try {
      const onePage = zipOfPages(vault, 500);
      const pagesOfTwo = zipOfPages(vault, 2);
      expect(pagesOfTwo).toEqual(onePage);
      expect(unzipSync(whole.data)).toEqual(onePage);
      const root = 'Afterword 2026-05-05 to 2026-05-07';
      expect(Object.keys(onePage).sort()).toEqual(
        [
          `${root}/`,
          `${root}/images/`,
          `${root}/images/2026-05-05 Same title.png`,
          `${root}/2026-05-05 Same title.md`,
          ...[2, 3, 4, 5].map((n) => `${root}/2026-05-05 Same title (${n}).md`),
          `${root}/2026-05-06 Same title.md`,
          `${root}/2026-05-07 Same title.md`,
        ].sort(),
      );
      expect(Buffer.from(onePage[`${root}/images/2026-05-05 Same title.png`]!).equals(Buffer.from(stored.data))).toBe(true);
      const linking = Object.entries(onePage).filter(([, data]) => new TextDecoder().decode(data).includes('![sea](<images/'));
      expect(linking).toHaveLength(3);
    } finally {
      vault.lock();
    }
  });
});
