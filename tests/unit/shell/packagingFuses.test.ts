// Packaging flips Electron's fuses: the config says so, and electron-builder itself loads and accepts that very file.
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../../electron-builder';

const projectDir = path.resolve(__dirname, '../../..');

const requiredFuses = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  onlyLoadAppFromAsar: true,
  enableEmbeddedAsarIntegrityValidation: true,
  enableCookieEncryption: true,
  grantFileProtocolExtraPrivileges: false,
};

describe('packaging fuses', () => {
  it.each(Object.entries(requiredFuses))('%s is %s', (fuse, value) => {
    expect(config.electronFuses).toHaveProperty(fuse, value);
  });

  it('packs the app into an asar archive, with only the native module unpacked', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['.electron-native/better_sqlite3.node']);
  });

  it('is the configuration electron-builder loads, and passes its schema', async () => {
    const loaded = await getConfig(projectDir, null, null);
    expect(loaded.electronFuses).toEqual(config.electronFuses);
    await expect(validateConfiguration(loaded, new DebugLogger(false))).resolves.toBeUndefined();
  }, 30_000);
});
