// Packaging (electron-builder). The fuses are flipped inside the Electron binary itself when it is packaged, so a shipped
// Afterword cannot be turned back into a general-purpose Node runtime or debugger (docs/SECURITY.md).
import type { Configuration } from 'electron-builder';

const config: Configuration = {
  appId: 'app.afterword.journal',
  productName: 'Afterword',
  directories: { output: 'dist', buildResources: 'resources' },
  files: ['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json', '.electron-native/better_sqlite3.node'],
  asar: true,
  // A native module cannot load from inside the archive (electron/main/nativeBindingPath.ts reads it from app.asar.unpacked).
  asarUnpack: ['.electron-native/better_sqlite3.node'],
  // The Electron-ABI build comes from scripts/electron-native.mjs; builder's own rebuild would replace it with a download.
  npmRebuild: false,
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
    // We keep no cookies, but if Chromium ever stores any they are encrypted with the OS keychain.
    enableCookieEncryption: true,
    // We serve app://, never file://: file pages get none of the extra privileges Electron once gave them.
    grantFileProtocolExtraPrivileges: false,
  },
  mac: { category: 'public.app-category.lifestyle', hardenedRuntime: true },
  linux: { target: ['AppImage'], category: 'Office' },
  win: { target: ['nsis'] },
};

export default config;
