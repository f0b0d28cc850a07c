// `npm start` never dead-ends: on a machine that cannot run Electron (this one: no display, no route to Electron's
// releases) it says why in one paragraph and serves the journal in browser mode.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const READY = /Afterword is ready at (http:\/\/127\.0\.0\.1:\d+\/\S*)/;

test('npm start without Electron explains itself and serves the journal in browser mode', async ({ page }) => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'afterword-start-'));
  // Its own process group, so the stop reaches npm, the start script, the web script and the host alike.
  const child = spawn('npm', ['start', '--silent', '--', '--data', dataDir, '--port', '0', '--no-open'], {
    cwd: path.resolve(__dirname, '../..'),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  try {
    await expect
      .poll(() => READY.exec(stdout)?.[1] ?? null, { timeout: 120_000, message: `no ready line; stderr:\n${stderr}` })
      .not.toBeNull();
    expect(stderr).toMatch(/Afterword cannot open its desktop window on this machine: .+\. It is starting in browser mode instead/);
    // One short paragraph, not a stack trace.
    expect(stderr).not.toMatch(/\n\s+at \S+ \(/);
    await page.goto(READY.exec(stdout)![1]!);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  } finally {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await rm(dataDir, { recursive: true, force: true });
  }
});
