// `npm run web`: builds the app when its sources are newer than the build, then starts the browser host with the given flags.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outputs = ['out/web/index.js', 'out/renderer/index.html'].map((p) => path.join(root, p));
const sources = ['electron', 'renderer', 'resources', 'package.json', 'electron.vite.config.ts', 'vite.web.config.mts'];

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((max, name) => Math.max(max, newestMtime(path.join(target, name))), stat.mtimeMs);
}

const built = Math.min(...outputs.map((file) => (existsSync(file) ? statSync(file).mtimeMs : 0)));
if (built < Math.max(...sources.map((s) => newestMtime(path.join(root, s))))) {
  process.stderr.write('Building Afterword…\n');
  // Build output goes to stderr so stdout carries only the host's ready line.
  const result = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: root,
    stdio: ['ignore', 2, 2],
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const host = spawn(process.execPath, [path.join(root, 'out/web/index.js'), ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
host.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
