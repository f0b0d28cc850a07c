// The kinds of file each file-taking and file-giving method works with, stated once: Electron's open and save dialogs
// and the page's file inputs both read them (dependency-free, like methodNames.ts).
import type { FileInputMethod, FileResultMethod } from './methodNames';

export interface FileKind {
  /** What a dialog's filter calls it. */
  name: string;
  /** Without the dot, as Electron's FileFilter wants them. */
  extensions: readonly string[];
  mimeTypes: readonly string[];
}

export const fileKinds = {
  pdf: { name: 'PDF document', extensions: ['pdf'], mimeTypes: ['application/pdf'] },
  zip: { name: 'Zip archive', extensions: ['zip'], mimeTypes: ['application/zip'] },
  json: { name: 'Afterword export (JSON)', extensions: ['json'], mimeTypes: ['application/json'] },
  backup: { name: 'Afterword backup', extensions: ['awbackup'], mimeTypes: ['application/octet-stream'] },
  dayOneJson: { name: 'Day One export (JSON)', extensions: ['json'], mimeTypes: ['application/json'] },
  markdown: { name: 'Markdown', extensions: ['md', 'markdown'], mimeTypes: ['text/markdown'] },
  jpeg: { name: 'JPEG picture', extensions: ['jpg', 'jpeg'], mimeTypes: ['image/jpeg'] },
  png: { name: 'PNG picture', extensions: ['png'], mimeTypes: ['image/png'] },
  webp: { name: 'WebP picture', extensions: ['webp'], mimeTypes: ['image/webp'] },
  gif: { name: 'GIF picture', extensions: ['gif'], mimeTypes: ['image/gif'] },
  heic: { name: 'HEIC picture', extensions: ['heic', 'heif'], mimeTypes: ['image/heic', 'image/heif'] },
} as const satisfies Record<string, FileKind>;

/** Every file method's kinds, the first being what a save dialog suggests; a method missing here is a type error. */
export const fileKindsByMethod = {
  'export.pdf': [fileKinds.pdf],
  'export.markdown': [fileKinds.zip],
  'export.json': [fileKinds.json],
  'import.json': [fileKinds.json],
  'import.dayOne': [fileKinds.zip, fileKinds.dayOneJson],
  'import.markdown': [fileKinds.zip, fileKinds.markdown],
  'attachments.put': [fileKinds.jpeg, fileKinds.png, fileKinds.webp, fileKinds.gif, fileKinds.heic],
  'backup.create': [fileKinds.backup],
  'backup.restore': [fileKinds.backup],
} as const satisfies Record<FileInputMethod | FileResultMethod, readonly FileKind[]>;

export type FileMethod = keyof typeof fileKindsByMethod;

/** Says nothing about a file's kind, so a file input must not offer every file because of it. */
const OPAQUE_MIME_TYPE = 'application/octet-stream';

/** The `accept` attribute of a page's file input for a method: its extensions and any telling MIME types. */
export function acceptFor(method: FileMethod): string {
  const kinds: readonly FileKind[] = fileKindsByMethod[method];
  return kinds
    .flatMap((kind) => [
      ...kind.extensions.map((extension) => `.${extension}`),
      ...kind.mimeTypes.filter((type) => type !== OPAQUE_MIME_TYPE),
    ])
    .join(',');
}
