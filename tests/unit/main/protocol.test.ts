import { describe, expect, it, vi } from 'vitest';

const protocol = vi.hoisted(() => ({ registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() }));
vi.mock('electron', () => ({ protocol }));

const { registerAppSchemeAsPrivileged, serveRendererFrom } = await import('../../../electron/main/protocol');

describe('app:// protocol', () => {
  it('is standard, secure and fetchable, and never readable cross-origin', () => {
    registerAppSchemeAsPrivileged();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('is handled by the renderer file handler', () => {
    serveRendererFrom('/nowhere');
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
