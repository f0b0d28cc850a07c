// Files in the Electron shell: main asks where to save a file-producing method's answer, and which file a file-taking method reads.
// The renderer never chooses or sees a path (DESIGN.md); it gets a SavedFile, or the method's own answer.
import { chmod, writeFile } from 'node:fs/promises';
import { dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { isFileOnDisk, type FilePayload, type Result, type SavedFile } from '../contract';
import { fileKindsByMethod, type FileKind } from '../contract/fileKinds';
import {
  isBytesInputMethod,
  isFileInputMethod,
  isFileResultMethod,
  type FileInputMethod,
  type FileResultMethod,
} from '../contract/methodNames';
import type { Journal } from '../core/journal';
import { removeSealedFile, saveSealedFile } from '../shell/sealedFile';
import { sealPickedFile, sweepUploads, UploadTooLargeError, withSealedUpload } from '../shell/sealedUpload';

type Dispatch = Journal['dispatch'];

const PRIVATE_FILE_MODE = 0o600;
const CHECKED_BACKUP_KEPT_MS = 5 * 60_000;
/** As in the browser host: a picked file may hold a journal full of images. */
export const MAX_PICKED_BYTES = 1024 * 1024 * 1024;

const failure = (code: 'IO_ERROR' | 'INVALID_INPUT', message: string): Result<never> => ({ ok: false, error: { code, message } });

/** dialog.md: FileFilter `extensions` are without dots; one filter per kind, so Windows offers each by name. */
export function filtersFor(method: FileInputMethod | FileResultMethod): Electron.FileFilter[] {
  const kinds: readonly FileKind[] = fileKindsByMethod[method];
  return kinds.map((kind) => ({ name: kind.name, extensions: [...kind.extensions] }));
}

/**
 * dialog.md: `showOverwriteConfirmation` is Linux-only and off by default (macOS and Windows always ask);
 * `createDirectory` is macOS-only. Both are passed so every platform asks before replacing a file.
 */
export function saveDialogOptions(method: FileResultMethod, fileName: string): SaveDialogOptions {
  return { defaultPath: fileName, filters: filtersFor(method), properties: ['showOverwriteConfirmation', 'createDirectory'] };
}

export function openDialogOptions(method: FileInputMethod): OpenDialogOptions {
  return { properties: ['openFile'], filters: filtersFor(method) };
}

/** What a cancelled open dialog means, in the words of what did not happen. */
export function cancelledMessage(method: FileInputMethod): string {
  return method.startsWith('backup.')
    ? 'No backup was chosen, so your journal was not changed.'
    : 'No file was chosen, so nothing was imported.';
}

/** A file core left on disk is deleted once the dialog is done with it: saved, cancelled or failed. */
async function saveAnswer(
  method: FileResultMethod,
  window: BrowserWindow | undefined,
  result: Result<unknown>,
): Promise<Result<SavedFile>> {
  if (!result.ok) return result;
  const file = result.value as FilePayload;
  try {
    return await saveThroughDialog(method, window, file);
  } finally {
    if (isFileOnDisk(file)) await removeSealedFile(file.sealed);
  }
}

async function saveThroughDialog(
  method: FileResultMethod,
  window: BrowserWindow | undefined,
  file: FilePayload,
): Promise<Result<SavedFile>> {
  const options = saveDialogOptions(method, file.fileName);
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { ok: true, value: { fileName: file.fileName, saved: false } };
  try {
    if (isFileOnDisk(file)) await saveSealedFile(file.sealed, choice.filePath, PRIVATE_FILE_MODE);
    else await writeFile(choice.filePath, file.data, { mode: PRIVATE_FILE_MODE });
    // `mode` applies only when the file is created: an overwritten file keeps its old permissions unless set here.
    await chmod(choice.filePath, PRIVATE_FILE_MODE);
  } catch {
    return failure(
      'IO_ERROR',
      'Afterword could not save the file there. Check that the folder is writable and the disk has space, then try again.',
    );
  }
  return { ok: true, value: { fileName: choice.filePath.split(/[\\/]/).pop() ?? file.fileName, saved: true } };
}

/** The person picks the file; its path, or null when the dialog was cancelled. */
async function pickFile(method: FileInputMethod, window: BrowserWindow | undefined): Promise<string | null> {
  const options = openDialogOptions(method);
  const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return (choice.canceled ? undefined : choice.filePaths[0]) ?? null;
}

const unreadable = () =>
  failure(
    'IO_ERROR',
    'Afterword could not read that file. Check that it still exists and that you are allowed to open it, then try again.',
  );

/** The picked file is sealed into the data folder for the one call (core reads it in pieces) and deleted when the call ends. */
async function dispatchWithPicked(dispatch: Dispatch, method: string, params: object, picked: string, uploadDir: string) {
  let upload;
  try {
    upload = await sealPickedFile(picked, uploadDir, MAX_PICKED_BYTES);
  } catch (error) {
    if (error instanceof UploadTooLargeError)
      return failure('INVALID_INPUT', `That file is larger than ${MAX_PICKED_BYTES / 1024 / 1024} MiB, so nothing was changed.`);
    return unreadable();
  }
  return withSealedUpload(upload, (file) => dispatch(method, { ...params, file }));
}

/**
 * Wraps the journal's dispatcher with the save and open dialogs; every other method passes straight through. Picked files are
 * sealed into `uploadDir` (the data folder) while a call reads them; ones a crash left there are removed now.
 */
export function withFileDialogs(dispatch: Dispatch, window: () => BrowserWindow | undefined, uploadDir: string): Dispatch {
  sweepUploads(uploadDir);
  // A restore is first checked (`preview`) and then confirmed: the confirmed one reads the file the check read, without asking again.
  // Only for a few minutes: a check whose confirmation was cancelled must not answer a restore started much later.
  let checked: { path: string; at: number } | null = null;
  return async (method, input) => {
    if (isFileResultMethod(method)) return saveAnswer(method, window(), await dispatch(method, input));
    // A picture the page already holds (pasted, dropped, picked in the page) arrives as bytes over IPC: no dialog. Only bytes:
    // the renderer never names a file on disk, not even a sealed upload.
    if (isBytesInputMethod(method) && !(((input ?? {}) as { file?: unknown }).file instanceof Uint8Array))
      return failure('INVALID_INPUT', "That picture's contents did not arrive, so nothing was added.");
    if (!isFileInputMethod(method) || isBytesInputMethod(method)) return dispatch(method, input);
    const params = input !== null && typeof input === 'object' ? input : {};
    const preview = 'preview' in params && params.preview === true;
    if (method === 'backup.restore' && !preview && checked && Date.now() - checked.at < CHECKED_BACKUP_KEPT_MS) {
      const { path } = checked;
      checked = null;
      return dispatchWithPicked(dispatch, method, params, path, uploadDir);
    }
    let picked: string | null;
    try {
      picked = await pickFile(method, window());
    } catch {
      return unreadable();
    }
    if (!picked) return failure('INVALID_INPUT', cancelledMessage(method));
    if (method === 'backup.restore') checked = preview ? { path: picked, at: Date.now() } : null;
    return dispatchWithPicked(dispatch, method, params, picked, uploadDir);
  };
}
