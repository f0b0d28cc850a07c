// Prepares better-sqlite3-multiple-ciphers for Electron's ABI in .electron-native/, leaving Node's build in node_modules
// (used by `npm test`) untouched: the module's published prebuild first, a compile only as the fallback.
// Run by scripts/start.mjs (`npm start`, `npm run dev`); does nothing when up to date.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const MODULE_NAME = 'better-sqlite3-multiple-ciphers';
/** Keep in step with electron/main/nativeBindingPath.ts, which loads the file. */
export const NATIVE_DIR = '.electron-native';
export const BINDING_FILE = 'better_sqlite3.node';
export const STAMP_FILE = 'stamp.json';
const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

/** What a build is for; a build is reused only when every field matches. */
export function buildStamp({ electronVersion, moduleVersion, platform, arch }) {
  return { electron: electronVersion, module: moduleVersion, platform, arch };
}

export function isUpToDate(existingStamp, wantedStamp, bindingExists) {
  if (!bindingExists || existingStamp === null || typeof existingStamp !== 'object') return false;
  return Object.entries(wantedStamp).every(([key, value]) => existingStamp[key] === value);
}

/** prebuild-install's arguments for the module's published Electron build (fetched from the module's GitHub releases). */
export function prebuildArgs({ electronVersion, arch, platform }) {
  return ['--runtime=electron', `--target=${electronVersion}`, `--arch=${arch}`, `--platform=${platform}`, '--verbose'];
}

export function nodeGypArgs({ electronVersion, arch, devDir }) {
  return [
    'rebuild',
    '--release',
    `--target=${electronVersion}`,
    '--runtime=electron',
    `--dist-url=${ELECTRON_HEADERS_URL}`,
    `--arch=${arch}`,
    // Electron's headers live apart from Node's, as Electron's docs recommend.
    `--devdir=${devDir}`,
  ];
}

// node-gyp lets npm_config_* variables override its command line, and npm exports them (this machine's ~/.npmrc sets
// nodedir=/usr, which would silently build against Node's headers). Drop the ones that choose what to build against.
const targetChoosingKeys = new Set(['nodedir', 'target', 'runtime', 'disturl', 'dist_url', 'devdir', 'arch', 'target_arch']);
const npmConfigPrefix = /^(npm_config_|npm_package_config_node_gyp_)/i;

export function nodeGypEnv(env) {
  return Object.fromEntries(
    Object.entries(env).filter(([key]) => {
      if (!npmConfigPrefix.test(key)) return true;
      const option = key.replace(npmConfigPrefix, '').toLowerCase().replaceAll('-', '_');
      return !targetChoosingKeys.has(option);
    }),
  );
}

/** npm's own node-gyp: npm names it when it runs our script; otherwise look beside the running node. */
export function nodeGypCandidates(env, execPath, platform) {
  const nodeDir = path.dirname(execPath);
  const npmDir = platform === 'win32' ? path.join(nodeDir, 'node_modules', 'npm') : path.join(nodeDir, '..', 'lib', 'node_modules', 'npm');
  return [env.npm_config_node_gyp, path.join(npmDir, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')].filter(Boolean);
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function readStamp(file) {
  try {
    return readJson(file);
  } catch {
    return null;
  }
}

function log(line) {
  process.stdout.write(`[electron-native] ${line}\n`);
}

class BuildError extends Error {}

/** Node's compiled output stays behind: only the sources travel, so Node's build is never read or replaced. */
function withModuleCopy(moduleDir, work) {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'afterword-electron-native-'));
  try {
    const sourceDir = path.join(workDir, MODULE_NAME);
    const nodeBuildDir = path.join(moduleDir, 'build');
    cpSync(moduleDir, sourceDir, { recursive: true, filter: (source) => source !== nodeBuildDir });
    return work(sourceDir);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** Copy then rename, so an interrupted run never leaves a half-written module where Electron will load it. */
function install(sourceDir, outputDir) {
  mkdirSync(outputDir, { recursive: true });
  const target = path.join(outputDir, BINDING_FILE);
  cpSync(path.join(sourceDir, 'build', 'Release', BINDING_FILE), `${target}.partial`);
  renameSync(`${target}.partial`, target);
}

/** True when the module's own prebuilt binary for this Electron was downloaded and installed. */
function fetchPrebuilt({ electronVersion, moduleDir, outputDir, prebuildInstall, platform, arch }) {
  if (!prebuildInstall) return false;
  return withModuleCopy(moduleDir, (sourceDir) => {
    const args = prebuildArgs({ electronVersion, arch, platform });
    log(`prebuild-install ${args.join(' ')}`);
    const result = spawnSync(process.execPath, [prebuildInstall, ...args], {
      cwd: sourceDir,
      stdio: 'inherit',
      env: nodeGypEnv(process.env),
    });
    if (result.status !== 0 || !existsSync(path.join(sourceDir, 'build', 'Release', BINDING_FILE))) {
      log('No prebuilt module could be fetched; compiling it instead.');
      return false;
    }
    install(sourceDir, outputDir);
    return true;
  });
}

function buildForElectron({ electronVersion, moduleDir, outputDir, arch }) {
  const nodeGyp = nodeGypCandidates(process.env, process.execPath, process.platform).find((candidate) => existsSync(candidate));
  if (!nodeGyp) throw new BuildError('node-gyp was not found (it ships with npm). Run this through `npm start` or `npm run dev`.');
  withModuleCopy(moduleDir, (sourceDir) => {
    const args = nodeGypArgs({ electronVersion, arch, devDir: path.join(os.homedir(), '.electron-gyp') });
    log(`node-gyp ${args.join(' ')}`);
    const result = spawnSync(process.execPath, [nodeGyp, ...args], { cwd: sourceDir, stdio: 'inherit', env: nodeGypEnv(process.env) });
    if (result.error) throw new BuildError(`node-gyp could not be started: ${result.error.message}`);
    if (result.status !== 0) {
      throw new BuildError(
        `node-gyp failed (exit code ${result.status ?? result.signal}). The usual cause is no network access to ` +
          `${ELECTRON_HEADERS_URL}: node-gyp downloads Electron ${electronVersion}'s headers once, into ~/.electron-gyp. ` +
          'A C++20 compiler, make and Python 3 are needed as well.',
      );
    }
    install(sourceDir, outputDir);
  });
}

/** `--platform` and `--arch` choose the target (packaging builds one per target); both default to this machine's. */
export function targetFromArgs(argv, fallback) {
  const { values } = parseArgs({ args: argv, strict: true, options: { platform: { type: 'string' }, arch: { type: 'string' } } });
  return { platform: values.platform ?? fallback.platform, arch: values.arch ?? fallback.arch };
}

function main() {
  const { platform, arch } = targetFromArgs(process.argv.slice(2), { platform: process.platform, arch: process.arch });
  const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const electronPackage = path.join(projectRoot, 'node_modules', 'electron', 'package.json');
  const moduleDir = path.join(projectRoot, 'node_modules', MODULE_NAME);
  if (!existsSync(electronPackage) || !existsSync(path.join(moduleDir, 'package.json'))) {
    throw new BuildError(`electron or ${MODULE_NAME} is not installed. Run \`npm install\` first.`);
  }
  const electronVersion = readJson(electronPackage).version;
  const moduleVersion = readJson(path.join(moduleDir, 'package.json')).version;
  const outputDir = path.join(projectRoot, NATIVE_DIR);
  const stampFile = path.join(outputDir, STAMP_FILE);
  const wanted = buildStamp({ electronVersion, moduleVersion, platform, arch });
  if (isUpToDate(readStamp(stampFile), wanted, existsSync(path.join(outputDir, BINDING_FILE)))) {
    log(`${MODULE_NAME} ${moduleVersion} for Electron ${electronVersion} is up to date.`);
    return;
  }
  log(`Preparing ${MODULE_NAME} ${moduleVersion} for Electron ${electronVersion} (${platform}-${arch})…`);
  const prebuildInstall = path.join(projectRoot, 'node_modules', 'prebuild-install', 'bin.js');
  const fetched = fetchPrebuilt({
    electronVersion,
    moduleDir,
    outputDir,
    platform,
    arch,
    prebuildInstall: existsSync(prebuildInstall) ? prebuildInstall : null,
  });
  if (!fetched) {
    // node-gyp compiles for this machine's platform only; another platform's module must come from a prebuild.
    if (platform !== process.platform)
      throw new BuildError(
        `No prebuilt ${MODULE_NAME} for ${platform}-${arch} could be fetched, and it can only be compiled on ${platform}.`,
      );
    buildForElectron({ electronVersion, moduleDir, outputDir, arch });
  }
  writeFileSync(stampFile, `${JSON.stringify(wanted, null, 2)}\n`);
  log(`Done: ${path.join(NATIVE_DIR, BINDING_FILE)}`);
}

const runDirectly = process.argv[1] !== undefined && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url;
if (runDirectly) {
  try {
    main();
  } catch (error) {
    const message = error instanceof BuildError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.error(`[electron-native] Could not prepare the database module for Electron.\n[electron-native] ${message}`);
    console.error("[electron-native] Node's build in node_modules was not touched, so `npm test` and `npm run web` still work.");
    process.exit(1);
  }
}
