// Electron's file dialogs around file methods: answers are saved where the person chose; imports read the file they picked.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../electron/contract';

const dialogs = vi.hoisted(() => ({
  save: { canceled: false, filePath: '' as string | undefined },
  open: { canceled: false, filePaths: [] as string[] },
}));
vi.mock('electron', () => ({
  dialog: {
    showSaveDialog: vi.fn(async () => dialogs.save),
    showOpenDialog: vi.fn(async () => dialogs.open),
  },
}));

const { withFileDialogs } = await import('../../../electron/main/fileMethods');
const { closeSealedTarget, createSealedWriter, openSealedTarget } = await import('../../../electron/core/files/sealedTempFile');
const { uploadBytes } = await import('../../../electron/core/files/uploadReader');
const { dialog } = await import('electron');
const dir = mkdtempSync(path.join(os.tmpdir(), 'afterword-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pdf = { fileName: 'Journal 2026-03-03.pdf', mimeType: 'application/pdf', data: new Uint8Array([37, 80, 68, 70]) };
const JSON_TEXT = '{\n  "format": "afterword-journal"\n}\n';
/** export.json answers with a file core sealed on disk, made by core's own writer. */
function sealedJson() {
  const target = openSealedTarget(dir);
  const writer = createSealedWriter(target);
  writer.write(JSON_TEXT);
  const sealed = writer.finish();
  closeSealedTarget(target, false);
  return { fileName: 'Afterword 2026-03-03.json', mimeType: 'application/json', sealed };
}
let lastSealed = '';
/** Each call's method and input; a sealed upload is recorded as its plaintext (read as core would, during the call) and its path. */
const calls: Array<[string, unknown]> = [];
const uploads: string[] = [];
const dispatch = async (method: string, input: unknown): Promise<Result<unknown>> => {
  const file = (input as { file?: unknown } | undefined)?.file;
  if (file && typeof file === 'object' && 'path' in file) {
    uploads.push(String(file.path));
    calls.push([method, { ...(input as object), file: uploadBytes(file as Parameters<typeof uploadBytes>[0], dir) }]);
  } else calls.push([method, input]);
  if (method === 'export.json') {
    const answer = sealedJson();
    lastSealed = answer.sealed.path;
    return { ok: true, value: answer };
  }
  return method === 'import.json'
    ? { ok: true, value: { imported: 1, skipped: 0, templatesImported: 0, commitmentsImported: 0 } }
    : { ok: true, value: method === 'export.pdf' ? pdf : {} };
};
const wrapped = withFileDialogs(dispatch, () => undefined, dir);

beforeEach(() => {
  calls.length = 0;
  dialogs.save = { canceled: false, filePath: undefined };
  dialogs.open = { canceled: false, filePaths: [] };
});

describe('withFileDialogs', () => {
  it('writes a file answer where the person chose and tells the renderer only its name', async () => {
    dialogs.save.filePath = path.join(dir, 'mine.pdf');
    expect(await wrapped('export.pdf', { scope: { all: true } })).toEqual({ ok: true, value: { fileName: 'mine.pdf', saved: true } });
    expect([...readFileSync(path.join(dir, 'mine.pdf'))]).toEqual([...pdf.data]);
  });

  it('streams a file core sealed on disk to where the person chose, readable only by them, and deletes the sealed file', async () => {
    const target = path.join(dir, 'journal.json');
    dialogs.save.filePath = target;
    expect(await wrapped('export.json', { scope: { all: true } })).toEqual({ ok: true, value: { fileName: 'journal.json', saved: true } });
    expect(readFileSync(target, 'utf8')).toBe(JSON_TEXT);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(existsSync(lastSealed)).toBe(false);
  });

  it('deletes the sealed file when the save dialog is cancelled', async () => {
    dialogs.save = { canceled: true, filePath: undefined };
    expect(await wrapped('export.json', { scope: { all: true } })).toMatchObject({ ok: true, value: { saved: false } });
    expect(existsSync(lastSealed)).toBe(false);
  });

  it('answers saved: false when the save dialog is cancelled', async () => {
    dialogs.save = { canceled: true, filePath: undefined };
    expect(await wrapped('export.pdf', { scope: { all: true } })).toEqual({ ok: true, value: { fileName: pdf.fileName, saved: false } });
  });

  it('asks for the backup once when a restore is checked and then confirmed (it asked twice: the check and the restore)', async () => {
    const file = path.join(dir, 'journal.awbackup');
    writeFileSync(file, 'AFTWBKUP');
    dialogs.open.filePaths = [file];
    vi.mocked(dialog.showOpenDialog).mockClear();
    await wrapped('backup.restore', { passphrase: 'p', preview: true });
    dialogs.open.filePaths = [];
    expect(await wrapped('backup.restore', { passphrase: 'p' })).toMatchObject({ ok: true });
    expect(dialog.showOpenDialog).toHaveBeenCalledTimes(1);
    expect(new TextDecoder().decode((calls[1]![1] as { file: Uint8Array }).file)).toBe('AFTWBKUP');
  });

  it('asks again when the restore comes long after its check (a cancelled confirmation)', async () => {
    const file = path.join(dir, 'old.awbackup');
    writeFileSync(file, 'AFTWBKUP');
    dialogs.open.filePaths = [file];
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      await wrapped('backup.restore', { passphrase: 'p', preview: true });
      vi.setSystemTime(Date.now() + 10 * 60_000);
      vi.mocked(dialog.showOpenDialog).mockClear();
      await wrapped('backup.restore', { passphrase: 'p' });
      expect(dialog.showOpenDialog).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reads the picked file for a file-taking method, ignoring any file the renderer sent', async () => {
    const file = path.join(dir, 'journal.json');
    writeFileSync(file, '{"format":"afterword-journal"}');
    dialogs.open.filePaths = [file];
    expect(await wrapped('import.json', { file: 'not from the renderer' })).toMatchObject({ ok: true });
    const [, input] = calls[0]!;
    expect(new TextDecoder().decode((input as { file: Uint8Array }).file)).toBe('{"format":"afterword-journal"}');
  });

  it('hands core the picked file sealed in the data folder, never its plaintext, and deletes it when the call ends', async () => {
    const file = path.join(dir, 'marked.json');
    writeFileSync(file, '{"marker":"PLAINTEXT-MARKER-7731"}');
    dialogs.open.filePaths = [file];
    uploads.length = 0;
    await wrapped('import.json', {});
    expect(uploads).toHaveLength(1);
    expect(path.dirname(uploads[0]!)).toBe(dir);
    expect(path.basename(uploads[0]!)).toMatch(/^\.upload-[0-9a-f]{16}\.tmp$/);
    expect(existsSync(uploads[0]!)).toBe(false);
  });

  it('refuses a picture that is not bytes (the renderer never names a file on disk)', async () => {
    const sealed = { path: path.join(dir, '.upload-0123456789abcdef.tmp'), byteLength: 1, key: new Uint8Array(32), iv: new Uint8Array(16) };
    expect(await wrapped('attachments.put', { file: sealed })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(calls).toEqual([]);
  });

  it('imports nothing when the open dialog is cancelled, and passes other methods straight through', async () => {
    dialogs.open = { canceled: true, filePaths: [] };
    expect(await wrapped('import.json', {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(calls).toEqual([]);
    expect(await wrapped('entries.list', {})).toEqual({ ok: true, value: {} });
  });
});

// dialog.md (Electron 45): `filters` take extensions without dots; `showOverwriteConfirmation` is Linux-only and off by
// default; `createDirectory` is macOS-only. These pin the exact options each file method passes.
describe('withFileDialogs: dialog options by method', () => {
  const lastOpenOptions = () => vi.mocked(dialog.showOpenDialog).mock.calls.at(-1)?.at(-1);
  const lastSaveOptions = () => vi.mocked(dialog.showSaveDialog).mock.calls.at(-1)?.at(-1);

  it('offers .awbackup files when restoring a backup, and .json when importing', async () => {
    dialogs.open = { canceled: true, filePaths: [] };
    await wrapped('backup.restore', {});
    expect(lastOpenOptions()).toEqual({ properties: ['openFile'], filters: [{ name: 'Afterword backup', extensions: ['awbackup'] }] });
    await wrapped('import.json', {});
    expect(lastOpenOptions()).toEqual({ properties: ['openFile'], filters: [{ name: 'Afterword export (JSON)', extensions: ['json'] }] });
  });

  it('names a backup by its own kind and asks before replacing an existing file on every platform', async () => {
    dialogs.save = { canceled: true, filePath: undefined };
    const backup = { fileName: 'Afterword backup.awbackup', mimeType: 'application/octet-stream', data: new Uint8Array([1]) };
    await withFileDialogs(
      async () => ({ ok: true, value: backup }),
      () => undefined,
      dir,
    )('backup.create', {});
    expect(lastSaveOptions()).toEqual({
      defaultPath: 'Afterword backup.awbackup',
      filters: [{ name: 'Afterword backup', extensions: ['awbackup'] }],
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
  });

  it('leaves an overwritten file readable by its owner only, whatever mode it had', async () => {
    const target = path.join(dir, 'old.pdf');
    writeFileSync(target, 'an older export', { mode: 0o644 });
    dialogs.save.filePath = target;
    await wrapped('export.pdf', { scope: { all: true } });
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('says a cancelled restore changed nothing, and a failed read names the file, not the folder', async () => {
    dialogs.open = { canceled: true, filePaths: [] };
    expect(await wrapped('backup.restore', {})).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'No backup was chosen, so your journal was not changed.' },
    });
    dialogs.open = { canceled: false, filePaths: [path.join(dir, 'gone.awbackup')] };
    const result = await wrapped('backup.restore', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'IO_ERROR' } });
    expect(!result.ok && result.error.message).toMatch(/could not read that file/);
  });
});
