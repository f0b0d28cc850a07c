// The shell check can fail: scripts/check-electronegativity.mjs run on planted flaws, in a temp folder.
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/tempJournal';

const SCRIPT = path.resolve(__dirname, '../../../scripts/check-electronegativity.mjs');
const temp = makeTempDir('afterword-eng-');
afterAll(() => temp.cleanup());

function plant(name: string, source: string): string {
  const dir = path.join(temp.dir, name);
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'window.ts'), source);
  return dir;
}

async function check(dir: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [SCRIPT, '--input', dir]);
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

const flawedWindow = `import { BrowserWindow } from 'electron';
export const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });
`;

const hardenedWindow = `import { app, BrowserWindow, session } from 'electron';
app.on('web-contents-created', (_e, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});
session.defaultSession.setPermissionRequestHandler((_c, _p, callback) => callback(false));
export const w = new BrowserWindow({ // eng-disable AUXCLICK_JS_CHECK (pop-ups are refused by a window-open handler)
  webPreferences: {
    preload: 'p.js', // eng-disable PRELOAD_JS_CHECK (it exposes only the contract)
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
  },
});
`;

describe('check:shell (electronegativity)', () => {
  it('fails on a window without isolation or sandbox, and on a file it cannot parse', async () => {
    const [flawed, broken] = await Promise.all([check(plant('flawed', flawedWindow)), check(plant('broken', 'export const = ;\n'))]);
    expect(flawed.code).toBe(1);
    expect(flawed.output).toMatch(/blocking: CONTEXT_ISOLATION_JS_CHECK \[HIGH/);
    expect(flawed.output).toMatch(/blocking: SANDBOX_JS_CHECK \[MEDIUM/);
    expect(broken.code).toBe(1);
    expect(broken.output).toMatch(/could not parse/);
  }, 60_000);

  it('passes a hardened window whose review items are suppressed beside their reasons', async () => {
    const result = await check(plant('hardened', hardenedWindow));
    expect(result.output).toMatch(/0 blocking finding\(s\), 0 unparsed file\(s\)/);
    expect(result.code).toBe(0);
  }, 60_000);
});
