// Where the Electron-ABI build of better-sqlite3-multiple-ciphers lives (made by scripts/electron-native.mjs).
import path from 'node:path';

/** Keep in step with scripts/electron-native.mjs, which writes the file. */
export const ELECTRON_NATIVE_DIR = '.electron-native';
export const ELECTRON_NATIVE_BINDING = 'better_sqlite3.node';

export function electronNativeBindingPath(appPath: string): string {
  // A native module cannot be loaded from inside an asar archive: a packaged app must list this file in
  // asarUnpack, and Electron then finds it beside the archive in app.asar.unpacked.
  const unpacked = appPath.replace(/\.asar$/, '.asar.unpacked');
  return path.join(unpacked, ELECTRON_NATIVE_DIR, ELECTRON_NATIVE_BINDING);
}
