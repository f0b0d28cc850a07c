// attachments.put / get: pictures re-encoded without EXIF or GPS, turned upright, scaled down, stored once, refused clearly.
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import type { Result } from '../../../../electron/contract';
import type { Journal } from '../../../../electron/core/journal';
import { call, withCreatedJournal } from '../../helpers/tempJournal';
import { EXIF_MARKER, phonePhoto, pngPicture } from '../../helpers/pictures';

let journal: Journal;
withCreatedJournal((opened) => (journal = opened));

const put = (file: Uint8Array) =>
  journal.dispatch('attachments.put', { file }) as Promise<
    Result<{ id: string; mimeType: string; width: number; height: number; bytes: number }>
  >;

/** Stores a picture through the typed helper (a Buffer's bytes copied into the plain Uint8Array the contract types). */
const putPicture = (file: Uint8Array) => call(journal, 'attachments.put', { file: new Uint8Array(file) });

describe('attachments', () => {
  it('strips EXIF and GPS after turning the photo upright, and gives the same bytes back', async () => {
    const photo = await phonePhoto(400, 300);
    expect(photo.includes(EXIF_MARKER)).toBe(true);
    const info = await putPicture(photo);
    // Orientation 6 means "rotate 90°": the stored picture is portrait.
    expect(info).toMatchObject({ mimeType: 'image/jpeg', width: 300, height: 400 });
    const stored = await call(journal, 'attachments.get', { id: info.id });
    expect(stored.mimeType).toBe('image/jpeg');
    expect(stored.data.byteLength).toBe(info.bytes);
    const data = Buffer.from(stored.data);
    expect(data.includes(EXIF_MARKER)).toBe(false);
    const meta = await sharp(data).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation ?? 1).toBe(1);
    expect([meta.width, meta.height]).toEqual([300, 400]);
  });

  it('scales a picture down to the configured long edge, and never up', async () => {
    const big = await putPicture(await pngPicture(3000, 1500));
    expect(big).toMatchObject({ mimeType: 'image/png', width: 2560, height: 1280 });
    await call(journal, 'settings.update', { pictureMaxEdge: 1280 });
    const smaller = await putPicture(await pngPicture(3000, 1000));
    expect(smaller).toMatchObject({ width: 1280, height: 427 });
    const small = await putPicture(await pngPicture(100, 50));
    expect(small).toMatchObject({ width: 100, height: 50 });
  });

  it('stores the same picture once, however often it is added', async () => {
    const photo = await phonePhoto();
    const first = await putPicture(photo);
    const second = await putPicture(photo);
    expect(second.id).toBe(first.id);
    expect(await call(journal, 'attachments.usage')).toMatchObject({ pictures: 1, pictureBytes: first.bytes });
  });

  it('keeps WebP and GIF as they are and refuses what is not a picture, with a message that says what to use', async () => {
    const webp = await sharp({ create: { width: 20, height: 10, channels: 3, background: 'white' } })
      .webp()
      .toBuffer();
    const gif = await sharp({ create: { width: 20, height: 10, channels: 3, background: 'white' } })
      .gif()
      .toBuffer();
    expect(await putPicture(webp)).toMatchObject({ mimeType: 'image/webp' });
    expect(await putPicture(gif)).toMatchObject({ mimeType: 'image/gif' });
    const text = await put(new TextEncoder().encode('not a picture at all'));
    expect(text).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('JPEG, PNG, WebP or GIF') } });
    const svg = await put(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'));
    expect(svg).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('says plainly when HEIC cannot be read here, and how to add the photo anyway', async () => {
    // The start of a real HEIC file: an ISO-BMFF "ftyp" box of brand heic.
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'), Buffer.alloc(64)]);
    const result = await put(heic);
    expect(result).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED', message: expect.stringContaining('HEIC') } });
  });

  it('refuses a picture over 25 MB before reading it', async () => {
    const result = await put(new Uint8Array(25 * 1024 * 1024 + 1));
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('25 MB') } });
    expect(await call(journal, 'attachments.usage')).toMatchObject({ pictures: 0 });
  });

  it('answers LOCKED for put and get while the journal is locked', async () => {
    const info = await putPicture(await phonePhoto());
    await call(journal, 'vault.lock');
    expect(await put(await phonePhoto())).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await journal.dispatch('attachments.get', { id: info.id })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('answers NOT_FOUND for a picture that is not in the journal', async () => {
    const result = await journal.dispatch('attachments.get', { id: '6f1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it("refuses to save an entry whose picture is not one of the journal's own", async () => {
    for (const src of ['https://example.com/x.png', 'file:///etc/passwd', 'data:image/png;base64,iVBORw0KGgo=', '/home/me/x.png']) {
      const doc = { type: 'doc', content: [{ type: 'image', attrs: { src } }] };
      const result = await journal.dispatch('entries.create', { entryDate: '2026-03-03', doc });
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    const info = await putPicture(await phonePhoto());
    const ok = await call(journal, 'entries.create', {
      entryDate: '2026-03-03',
      doc: { type: 'doc', content: [{ type: 'image', attrs: { src: `attachment:${info.id}` } }] },
    });
    const bad = await journal.dispatch('entries.update', {
      id: ok.id,
      doc: { type: 'doc', content: [{ type: 'image', attrs: { src: 'http://x/y.png' } }] },
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
