// Files in the Electron shell: main asks where to save a file-producing method's answer, and which file a file-taking method reads.
// The renderer never chooses or sees a path (DESIGN.md); it gets a SavedFile, or the method's own answer.
import { readFile, writeFile } from 'node:fs/promises';
import { dialog, type BrowserWindow } from 'electron';
import type { FilePayload, Result, SavedFile } from '../contract';
import { isBytesInputMethod, isFileInputMethod, isFileResultMethod, type MethodName } from '../contract/methodNames';
import type { Journal } from '../core/journal';

type Dispatch = Journal['dispatch'];

const FILTERS: Record<string, Electron.FileFilter[]> = {
  'application/pdf': [{ name: 'PDF', extensions: ['pdf'] }],
  'application/zip': [{ name: 'Zip archive', extensions: ['zip'] }],
  'application/json': [{ name: 'JSON', extensions: ['json'] }],
};

const ioError = (action: string): Result<never> => ({
  ok: false,
  error: { code: 'IO_ERROR', message: `Afterword could not ${action}. Check that the folder is writable and the disk has space, then try again.` },
});

async function saveAnswer(window: BrowserWindow | undefined, result: Result<unknown>): Promise<Result<SavedFile>> {
  if (!result.ok) return result;
  const file = result.value as FilePayload;
  const options = { defaultPath: file.fileName, filters: FILTERS[file.mimeType] ?? [] };
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { ok: true, value: { fileName: file.fileName, saved: false } };
  try {
    await writeFile(choice.filePath, file.data, { mode: 0o600 });
  } catch {
    return ioError('save the file there');
  }
  return { ok: true, value: { fileName: choice.filePath.split(/[\\/]/).pop() ?? file.fileName, saved: true } };
}

const OPEN_FILTERS: Partial<Record<MethodName, Electron.FileFilter[]>> = {
  'import.dayOne': [{ name: 'Day One export', extensions: ['zip', 'json'] }],
  'import.markdown': [{ name: 'Markdown', extensions: ['zip', 'md', 'markdown'] }],
};

/** The person picks the file; a cancelled dialog answers INVALID_INPUT with wording that says nothing changed. */
async function pickFile(window: BrowserWindow | undefined, method: MethodName): Promise<Uint8Array | null> {
  const filters = OPEN_FILTERS[method] ?? [{ name: 'Afterword export', extensions: ['json'] }];
  const options = { properties: ['openFile' as const], filters };
  const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  const filePath = choice.canceled ? undefined : choice.filePaths[0];
  return filePath ? new Uint8Array(await readFile(filePath)) : null;
}

/** Wraps the journal's dispatcher with the save and open dialogs; every other method passes straight through. */
export function withFileDialogs(dispatch: Dispatch, window: () => BrowserWindow | undefined): Dispatch {
  return async (method, input) => {
    if (isFileResultMethod(method)) return saveAnswer(window(), await dispatch(method, input));
    // A picture the page already holds (pasted, dropped, picked in the page) arrives as bytes over IPC: no dialog.
    if (!isFileInputMethod(method) || isBytesInputMethod(method)) return dispatch(method, input);
    let file: Uint8Array | null;
    try {
      file = await pickFile(window(), method as MethodName);
    } catch {
      return ioError('read that file');
    }
    if (!file) return { ok: false, error: { code: 'INVALID_INPUT', message: 'No file was chosen, so nothing was imported.' } };
    const params = input !== null && typeof input === 'object' ? input : {};
    return dispatch(method, { ...params, file });
  };
}
