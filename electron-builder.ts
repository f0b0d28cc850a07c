// Packaging (electron-builder; steps in docs/RELEASING.md). The fuses are flipped inside the Electron binary itself when it
// is packaged, so a shipped Afterword cannot be turned back into a general-purpose Node runtime or debugger (docs/SECURITY.md).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { BeforePackContext, Configuration } from 'app-builder-lib';

/** electron-builder's Arch enum, by value (builder-util's Arch: ia32 0, x64 1, armv7l 2, arm64 3, universal 4). */
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'] as const;

/**
 * The database module must match each target's platform and arch, not the packing machine's: prepare it for the
 * target before each pack (the module's prebuild, or a compile on the same platform), and stop the pack if it can't be.
 */
export function prepareNativeModuleFor(context: Pick<BeforePackContext, 'electronPlatformName' | 'arch'>): void {
  const arch = ARCH_NAMES[context.arch];
  if (!arch || arch === 'universal') throw new Error(`Afterword packs one architecture at a time, not "${arch ?? context.arch}".`);
  const script = path.join(__dirname, 'scripts', 'electron-native.mjs');
  const result = spawnSync(process.execPath, [script, '--platform', context.electronPlatformName, '--arch', arch], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`The database module could not be prepared for ${context.electronPlatformName}-${arch}.`);
}

const config: Configuration = {
  appId: 'app.afterword.journal',
  productName: 'Afterword',
  directories: { output: 'dist', buildResources: 'resources' },
  // Rasterised from resources/icon.svg by scripts/icons.mjs (`npm run package` runs it first).
  icon: 'resources/icons/1024x1024.png',
  files: ['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json', '.electron-native/better_sqlite3.node'],
  asar: true,
  // A native module cannot load from inside the archive (electron/main/nativeBindingPath.ts reads it from app.asar.unpacked).
  asarUnpack: ['.electron-native/better_sqlite3.node'],
  // The Electron-ABI build comes from scripts/electron-native.mjs; builder's own rebuild would replace it with a download.
  npmRebuild: false,
  beforePack: async (context) => prepareNativeModuleFor(context),
  electronFuses: {
    // ELECTRON_RUN_AS_NODE would make the signed app run any script as plain Node, outside every guard in main.
    runAsNode: false,
    // NODE_OPTIONS could preload code into main (--require) before our first line runs.
    enableNodeOptionsEnvironmentVariable: false,
    // --inspect would let anyone on the machine attach a debugger to main and read the data key out of memory.
    enableNodeCliInspectArguments: false,
    // Only app.asar, never a loose app/ folder someone dropped beside it…
    onlyLoadAppFromAsar: true,
    // …and only an app.asar whose hash matches the one embedded at packaging time (macOS and Windows).
    enableEmbeddedAsarIntegrityValidation: true,
    // Off on purpose: the app sets no cookie (every request but app:// is cancelled, and app:// sets none), and on macOS
    // this fuse asks the keychain for a "Safe Storage" key at first launch: a prompt protecting nothing.
    enableCookieEncryption: false,
    // We serve app://, never file://: file pages get none of the extra privileges Electron once gave them.
    grantFileProtocolExtraPrivileges: false,
  },
  mac: { category: 'public.app-category.lifestyle', hardenedRuntime: true, target: ['dmg'] },
  dmg: { title: 'Afterword ${version}' },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    icon: 'resources/icons',
    maintainer: 'Afterword <hello@afterword.app>',
    synopsis: 'A private, offline, encrypted journal for working through a breakup',
  },
  deb: { packageCategory: 'editors' },
  win: { target: ['nsis'] },
  // Per-user install: no administrator prompt, and the journal stays the user's own.
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
};

export default config;
