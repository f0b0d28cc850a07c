// scripts/electron-native.mjs is plain JavaScript run by node before any build; its pure parts are tested here.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

interface ElectronNativeScript {
  buildStamp(facts: { electronVersion: string; moduleVersion: string; platform: string; arch: string }): Record<string, string>;
  isUpToDate(existing: unknown, wanted: Record<string, string>, bindingExists: boolean): boolean;
  nodeGypArgs(options: { electronVersion: string; arch: string; devDir: string }): string[];
  nodeGypEnv(env: Record<string, string | undefined>): Record<string, string | undefined>;
  nodeGypCandidates(env: Record<string, string | undefined>, execPath: string, platform: string): string[];
  NATIVE_DIR: string;
  BINDING_FILE: string;
}

const scriptUrl = pathToFileURL(path.resolve(__dirname, '../../../scripts/electron-native.mjs')).href;
const script = (await import(scriptUrl)) as ElectronNativeScript;

const wanted = script.buildStamp({ electronVersion: '45.5.0', moduleVersion: '12.11.1', platform: 'linux', arch: 'x64' });

describe('electron-native: isUpToDate', () => {
  it('reuses a build for the same Electron, module, platform and arch', () => {
    expect(script.isUpToDate({ ...wanted }, wanted, true)).toBe(true);
  });

  it.each([
    ['no stamp', null, true],
    ['an unreadable stamp', 'garbage', true],
    ['another Electron', { ...wanted, electron: '44.0.0' }, true],
    ['another module version', { ...wanted, module: '12.10.0' }, true],
    ['another arch', { ...wanted, arch: 'arm64' }, true],
    ['a missing binary', { ...wanted }, false],
  ])('rebuilds after %s', (_why, stamp, bindingExists) => {
    expect(script.isUpToDate(stamp, wanted, bindingExists)).toBe(false);
  });
});

describe('electron-native: node-gyp invocation', () => {
  it('targets Electron headers for the given version and arch', () => {
    expect(script.nodeGypArgs({ electronVersion: '45.5.0', arch: 'x64', devDir: '/home/me/.electron-gyp' })).toEqual([
      'rebuild',
      '--release',
      '--target=45.5.0',
      '--runtime=electron',
      '--dist-url=https://electronjs.org/headers',
      '--arch=x64',
      '--devdir=/home/me/.electron-gyp',
    ]);
  });

  it("drops npm settings that would override the target (this machine's nodedir=/usr would build for Node)", () => {
    const env = script.nodeGypEnv({
      PATH: '/usr/bin',
      npm_config_nodedir: '/usr',
      NPM_CONFIG_TARGET: '20.0.0',
      npm_config_dist_url: 'https://nodejs.org/dist',
      npm_package_config_node_gyp_runtime: 'node',
      npm_config_https_proxy: 'http://proxy:3128',
      npm_config_node_gyp: '/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js',
    });
    expect(env).toEqual({
      PATH: '/usr/bin',
      npm_config_https_proxy: 'http://proxy:3128',
      npm_config_node_gyp: '/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js',
    });
  });

  it("prefers the node-gyp npm names, then npm's copy beside node", () => {
    expect(script.nodeGypCandidates({ npm_config_node_gyp: '/npm/node-gyp.js' }, '/usr/bin/node', 'linux')).toEqual([
      '/npm/node-gyp.js',
      path.join('/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js'),
    ]);
    expect(script.nodeGypCandidates({}, '/usr/bin/node', 'linux')).toHaveLength(1);
  });

  it('writes where the main process looks', async () => {
    const { ELECTRON_NATIVE_BINDING, ELECTRON_NATIVE_DIR } = await import('../../../electron/main/nativeBindingPath');
    expect([script.NATIVE_DIR, script.BINDING_FILE]).toEqual([ELECTRON_NATIVE_DIR, ELECTRON_NATIVE_BINDING]);
  });
});
