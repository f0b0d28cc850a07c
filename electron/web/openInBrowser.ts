// Opens the one-time link without putting it on a command line: the browser is pointed at a private file that redirects.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Long enough for a cold browser start; the link is spent on first use anyway. */
const REDIRECT_FILE_LIFETIME_MS = 60_000;

/** A file only this user can read (folder 0700, file 0600) whose only job is to send the browser on to `url`. */
export function writeRedirectFile(url: string): { file: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'afterword-open-'));
  const file = path.join(dir, 'open-afterword.html');
  const escaped = url.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  writeFileSync(
    file,
    `<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${escaped}"><title>Afterword</title>\n`,
    { mode: 0o600 },
  );
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function openInBrowser(url: string): void {
  const { file, remove } = writeRedirectFile(url);
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  spawn(command, [file], { detached: true, stdio: 'ignore' })
    .on('error', () => {
      remove();
      process.stderr.write('Could not open a browser; open the address above yourself.\n');
    })
    .unref();
  setTimeout(remove, REDIRECT_FILE_LIFETIME_MS).unref();
  process.on('exit', remove);
}
