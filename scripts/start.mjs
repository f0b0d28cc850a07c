// `npm start` and `npm run dev`: the desktop app where this machine can run Electron. Where it cannot (no Electron
// binary to be had, no database module for its ABI, no display), one short paragraph says why and browser mode starts
// instead (the host `npm run web` runs), so the README's first command opens the journal on every machine.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');

/**
 * Electron 42+ downloads its binary on first use, not at install (docs/breaking-changes.md), and electron-vite 6 only
 * reads the package's path.txt (it throws "Electron uninstall" when the file is missing). Ready means both exist.
 */
export function electronBinaryReady(dir, fileExists = existsSync, readText = (file) => readFileSync(file, 'utf8')) {
  const pathFile = path.join(dir, 'path.txt');
  if (!fileExists(pathFile)) return false;
  return fileExists(path.join(dir, 'dist', readText(pathFile).trim()));
}

/** Linux needs an X11 or Wayland display for a window; macOS and Windows always have one. */
export function displayProblem(env, platform) {
  if (platform !== 'linux') return null;
  return env.DISPLAY || env.WAYLAND_DISPLAY ? null : 'there is no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set)';
}

/** The one paragraph a person reads before browser mode starts. */
export function fallbackParagraph(reason) {
  return (
    `Afterword cannot open its desktop window on this machine: ${reason}. ` +
    'It is starting in browser mode instead: the same journal, served only to this computer at the address below. ' +
    'Open that address in your browser if it does not open by itself. Press Ctrl+C here to stop.'
  );
}

/** The steps in order; each answers null when done, or why Electron cannot run. Injected so the order is testable. */
export function prepareElectron(steps) {
  const display = steps.checkDisplay();
  if (display) return display;
  if (!steps.binaryReady() && !steps.downloadBinary()) return "Electron's program is not installed yet and could not be downloaded";
  if (!steps.prepareNativeModule())
    return 'the database module could not be prepared for Electron (no prebuilt copy could be fetched and it could not be compiled)';
  return null;
}

/** The last line a failed step printed, so the fallback paragraph can name the cause without a stack trace. */
export function lastErrorLine(output) {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('at '));
  return lines.at(-1) ?? '';
}

/** Runs a preparation step quietly: its output is shown only in short, and only when it failed. */
function runStep(script) {
  const result = spawnSync(process.execPath, [script], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status === 0) return true;
  const detail = lastErrorLine(`${result.stdout ?? ''}\n${result.stderr ?? ''}`);
  if (detail) process.stderr.write(`(${path.basename(script)}: ${detail})\n`);
  return false;
}

function startBrowserMode(reason, args) {
  process.stderr.write(`\n${fallbackParagraph(reason)}\n\n`);
  const host = spawn(process.execPath, [path.join(root, 'scripts', 'web.mjs'), ...args], { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
  host.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function startElectron(mode) {
  const cli = path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const app = spawn(process.execPath, [cli, mode === 'dev' ? 'dev' : 'preview'], { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
  app.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function main() {
  const [mode, ...args] = process.argv.slice(2);
  const reason = prepareElectron({
    checkDisplay: () => displayProblem(process.env, process.platform),
    binaryReady: () => electronBinaryReady(electronDir),
    // The package's own install step (its `install-electron` bin): fetches the binary once and writes path.txt.
    downloadBinary: () => runStep(path.join(electronDir, 'install.js')) && electronBinaryReady(electronDir),
    prepareNativeModule: () => runStep(path.join(root, 'scripts', 'electron-native.mjs')),
  });
  if (reason) startBrowserMode(reason, args);
  else startElectron(mode);
}

const runDirectly = process.argv[1] !== undefined && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url;
if (runDirectly) main();
