// Packaging flips Electron's fuses: the config says so, and electron-builder itself loads and accepts that very file.
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import config, { prepareNativeModuleFor } from '../../../electron-builder';

const { rasteriseIcons } = (await import(pathToFileURL(path.resolve(__dirname, '../../../scripts/icons.mjs')).href)) as {
  rasteriseIcons(svg: string, dir: string): Promise<string[]>;
};

const projectDir = path.resolve(__dirname, '../../..');

const requiredFuses = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  onlyLoadAppFromAsar: true,
  enableEmbeddedAsarIntegrityValidation: true,
  enableCookieEncryption: false,
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

  it('builds AppImage and deb on Linux, dmg on macOS and nsis on Windows', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.win?.target).toEqual(['nsis']);
  });

  it('prepares the database module for each target before packing it, and refuses a universal pack', () => {
    expect(typeof config.beforePack).toBe('function');
    expect(() => prepareNativeModuleFor({ electronPlatformName: 'darwin', arch: 4 })).toThrow(/one architecture at a time/);
  });

  it('rasterises the SVG icon into every size the installers take', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'afterword-icons-'));
    try {
      const files = await rasteriseIcons(path.join(projectDir, 'resources', 'icon.svg'), dir);
      expect(files.map((file) => path.basename(file))).toContain('1024x1024.png');
      expect(await sharp(path.join(dir, '256x256.png')).metadata()).toMatchObject({ width: 256, height: 256, format: 'png' });
      expect(path.basename(String(config.icon))).toBe('1024x1024.png');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is the configuration electron-builder loads, and passes its schema', async () => {
    const loaded = await getConfig(projectDir, null, null);
    expect(loaded.electronFuses).toEqual(config.electronFuses);
    await expect(validateConfiguration(loaded, new DebugLogger(false))).resolves.toBeUndefined();
  }, 30_000);
});
