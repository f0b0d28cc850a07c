import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronNativeBindingPath } from '../../../electron/main/nativeBindingPath';

describe('electronNativeBindingPath', () => {
  it('sits in .electron-native under the project when running from source', () => {
    expect(electronNativeBindingPath('/home/me/afterword')).toBe(
      path.join('/home/me/afterword', '.electron-native', 'better_sqlite3.node'),
    );
  });

  it('points beside the asar archive in a packaged app, where native modules must be unpacked', () => {
    expect(electronNativeBindingPath('/opt/Afterword/resources/app.asar')).toBe(
      path.join('/opt/Afterword/resources/app.asar.unpacked', '.electron-native', 'better_sqlite3.node'),
    );
  });
});
