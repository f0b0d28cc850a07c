// scripts/start.mjs decides between the desktop app and browser mode; its pure parts are tested here, and
// tests/e2e/npmStart.spec.ts runs it for real on a machine without Electron.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

interface Steps {
  checkDisplay: () => string | null;
  binaryReady: () => boolean;
  downloadBinary: () => boolean;
  prepareNativeModule: () => boolean;
}
interface StartScript {
  electronBinaryReady(dir: string, fileExists: (file: string) => boolean, readText: (file: string) => string): boolean;
  displayProblem(env: Record<string, string | undefined>, platform: string): string | null;
  prepareElectron(steps: Steps): string | null;
  fallbackParagraph(reason: string): string;
  lastErrorLine(output: string): string;
}

const script = (await import(pathToFileURL(path.resolve(__dirname, '../../../scripts/start.mjs')).href)) as StartScript;

function recordingSteps(outcome: Partial<{ display: string | null; ready: boolean; download: boolean; native: boolean }>) {
  const ran: string[] = [];
  const steps: Steps = {
    checkDisplay: () => (ran.push('display'), outcome.display ?? null),
    binaryReady: () => (ran.push('ready'), outcome.ready ?? false),
    downloadBinary: () => (ran.push('download'), outcome.download ?? true),
    prepareNativeModule: () => (ran.push('native'), outcome.native ?? true),
  };
  return { steps, ran };
}

describe('npm start: preparing Electron', () => {
  it('fetches the binary before electron-vite needs it, then the database module, and starts the app', () => {
    const { steps, ran } = recordingSteps({ ready: false });
    expect(script.prepareElectron(steps)).toBeNull();
    expect(ran).toEqual(['display', 'ready', 'download', 'native']);
  });

  it('skips the download when path.txt and the binary are already there', () => {
    const { steps, ran } = recordingSteps({ ready: true });
    expect(script.prepareElectron(steps)).toBeNull();
    expect(ran).toEqual(['display', 'ready', 'native']);
  });

  it.each([
    ['no display', { display: 'there is no display' }, /no display/],
    ['no download', { download: false }, /could not be downloaded/],
    ['no database module', { native: false }, /database module/],
  ])('falls back to browser mode with a reason when there is %s', (_case, outcome, reason) => {
    const { steps } = recordingSteps(outcome);
    expect(script.prepareElectron(steps)).toMatch(reason);
  });

  it('counts the binary ready only when path.txt names a file that exists (electron-vite reads path.txt)', () => {
    const files = new Set(['/e/path.txt', '/e/dist/electron']);
    const exists = (file: string) => files.has(file);
    expect(script.electronBinaryReady('/e', exists, () => 'electron')).toBe(true);
    expect(script.electronBinaryReady('/e', exists, () => 'Electron.app/Contents/MacOS/Electron')).toBe(false);
    expect(script.electronBinaryReady('/none', exists, () => 'electron')).toBe(false);
  });

  it('needs a display only on Linux', () => {
    expect(script.displayProblem({}, 'linux')).toMatch(/DISPLAY/);
    expect(script.displayProblem({ DISPLAY: ':0' }, 'linux')).toBeNull();
    expect(script.displayProblem({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBeNull();
    expect(script.displayProblem({}, 'darwin')).toBeNull();
    expect(script.displayProblem({}, 'win32')).toBeNull();
  });

  it('names the cause of a failed step by its last line, never a stack frame', () => {
    const output = 'Downloading…\nError: getaddrinfo ENOTFOUND github.com\n    at FetchDownloader.download (x.js:46:30)\n';
    expect(script.lastErrorLine(output)).toBe('Error: getaddrinfo ENOTFOUND github.com');
    expect(script.fallbackParagraph('no display')).toMatch(
      /^Afterword cannot open its desktop window on this machine: no display\. It is starting in browser mode/,
    );
  });
});
