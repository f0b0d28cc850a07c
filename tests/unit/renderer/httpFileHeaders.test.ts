import { describe, expect, it } from 'vitest';
import { contentDisposition, inputWithUploadedFile, uploadParams } from '../../../electron/web/fileTransport';
import { encodeParams, fileNameFrom, isAttachment } from '../../../renderer/src/api/httpFileHeaders';

describe('files over HTTP, renderer side', () => {
  it('sends parameters the host decodes exactly, passphrases in any script included', () => {
    const params = { passphrase: 'ñandú — 月光 🌙 "quoted"' };
    const body = new Uint8Array([1, 2, 3]);
    const input = inputWithUploadedFile(uploadParams({ 'x-afterword-params': encodeParams(params) }), body) as {
      passphrase: string;
      file: Uint8Array;
    };
    expect(input.passphrase).toBe(params.passphrase);
    expect([...input.file]).toEqual([1, 2, 3]);
  });

  it('reads back the file name the host sent, preferring its UTF-8 form', () => {
    expect(fileNameFrom(contentDisposition('Afterword backup 2026-11-26.awbackup'), 'x')).toBe('Afterword backup 2026-11-26.awbackup');
    expect(fileNameFrom(contentDisposition('Journal — été.awbackup'), 'x')).toBe('Journal — été.awbackup');
    expect(fileNameFrom(null, 'fallback')).toBe('fallback');
  });

  it('tells a file answer from a JSON envelope by its disposition, even when the file is itself JSON', () => {
    expect(isAttachment(contentDisposition('My journal 2026.json'))).toBe(true);
    expect(isAttachment(null)).toBe(false);
    expect(isAttachment('inline')).toBe(false);
  });
});
