// deleteUnusedAttachments: after an entry is deleted for good, pictures no other entry (nor one in the Trash) uses go too.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AttachmentsRepository } from '../../../../electron/core/attachments/attachmentsRepository';
import { deleteUnusedAttachments } from '../../../../electron/core/attachments/deleteUnusedAttachments';
import { preparePicture } from '../../../../electron/core/attachments/preparePicture';
import { EntriesRepository } from '../../../../electron/core/entries/entriesRepository';
import { Vault } from '../../../../electron/core/vault/vault';
import { CHEAP_KDF, makeTempDir } from '../../helpers/tempJournal';
import { phonePhoto } from '../../helpers/pictures';

const pictureDoc = (...ids: string[]) => ({
  type: 'doc',
  content: ids.map((id) => ({ type: 'image', attrs: { src: `attachment:${id}` } })),
});

describe('deleteUnusedAttachments', () => {
  let vault: Vault;
  let cleanup: () => void;
  beforeEach(async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    vault = new Vault({ dataDir: temp.dir, kdfCost: CHEAP_KDF });
    await vault.create('correct horse battery staple');
  });
  afterEach(() => {
    vault.lock();
    cleanup();
  });

  it('deletes only pictures no entry uses, keeps those of entries in the Trash, and spares ones added in the last hour', async () => {
    const db = vault.database();
    const pictures = new AttachmentsRepository(db);
    const add = async (red: number) => pictures.put(await preparePicture(await phonePhoto(50, 40, { r: red, g: 2, b: 3 }), 2560)).id;
    const [shared, own, trashedOnly] = [await add(1), await add(120), await add(250)];
    const entries = new EntriesRepository(db);
    const gone = entries.create({ entryDate: '2026-03-03', doc: pictureDoc(shared, own) });
    entries.create({ entryDate: '2026-03-04', doc: pictureDoc(shared) });
    const trashed = entries.create({ entryDate: '2026-03-05', doc: pictureDoc(trashedOnly) });
    entries.trash(trashed.id);
    // Deleted for good, as entries.deleteForever does: the row goes.
    db.prepare('DELETE FROM entries WHERE id = ?').run(gone.id);
    expect(deleteUnusedAttachments(db)).toBe(0);
    expect(deleteUnusedAttachments(db, new Date(Date.now() + 2 * 60 * 60 * 1000))).toBe(1);
    expect(db.prepare('SELECT id FROM attachments').pluck().all().sort()).toEqual([shared, trashedOnly].sort());
  });
});
