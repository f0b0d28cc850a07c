import { describe, expect, it } from 'vitest';
import { contentDisposition, inputWithUploadedFile, uploadParams } from '../../../electron/web/fileTransport';

describe('file transport over HTTP', () => {
  it('names downloads safely, keeping the UTF-8 original', () => {
    expect(contentDisposition('journal.pdf')).toBe(`attachment; filename="journal.pdf"; filename*=UTF-8''journal.pdf`);
    expect(contentDisposition('Tagebuch "März".pdf')).toBe(
      `attachment; filename="Tagebuch _M_rz_.pdf"; filename*=UTF-8''Tagebuch%20%22M%C3%A4rz%22.pdf`,
    );
  });

  it('joins the uploaded bytes with the parameters from the header', () => {
    const params = Buffer.from(JSON.stringify({ passphrase: 'pässword phrase' })).toString('base64url');
    const input = inputWithUploadedFile(uploadParams({ 'x-afterword-params': params }), new Uint8Array([1, 2, 3])) as {
      passphrase: string;
      file: Uint8Array;
    };
    expect(input.passphrase).toBe('pässword phrase');
    expect([...input.file]).toEqual([1, 2, 3]);
  });

  it('passes non-object parameters through for the contract to reject', () => {
    const params = Buffer.from('[1]').toString('base64url');
    expect(inputWithUploadedFile(uploadParams({ 'x-afterword-params': params }), new Uint8Array())).toEqual([1]);
    expect(() => uploadParams({ 'x-afterword-params': 'bm90IGpzb24' })).toThrow();
  });
});
