import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Vault } from '../../../../electron/core/vault/vault';
import { CHEAP_KDF, makeTempDir } from '../../helpers/tempJournal';

const PASSPHRASE = 'correct horse battery staple';

/** The vault's key buffer, read through the private field: the very memory lock must wipe. */
const heldKey = (vault: Vault): Buffer | null => vault['session']['dataKey'];

describe('locking wipes the key from memory', () => {
  let vault: Vault;
  let cleanup: () => void;
  beforeEach(() => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    vault = new Vault({ dataDir: temp.dir, kdfCost: CHEAP_KDF });
  });
  afterEach(() => {
    vault.lock();
    cleanup();
  });

  it('zero-fills the data key buffer and lets go of it', async () => {
    await vault.create(PASSPHRASE);
    const key = heldKey(vault)!;
    expect(key).toHaveLength(32);
    expect(key.some((byte) => byte !== 0)).toBe(true);
    vault.lock();
    expect(key.every((byte) => byte === 0)).toBe(true);
    expect(heldKey(vault)).toBeNull();

    await vault.unlock({ passphrase: PASSPHRASE });
    const again = heldKey(vault)!;
    expect(again.some((byte) => byte !== 0)).toBe(true);
    vault.lock();
    expect(again.every((byte) => byte === 0)).toBe(true);
  });

  it('a passphrase change that a lock interrupts still wraps the real key, not the wiped zeros', async () => {
    await vault.create(PASSPHRASE);
    const key = heldKey(vault)!;
    const change = vault.changePassphrase({ passphrase: PASSPHRASE }, 'a brand new passphrase', true);
    vault.lock();
    await change;
    expect(key.every((byte) => byte === 0)).toBe(true);
    await vault.unlock({ passphrase: 'a brand new passphrase' });
  });
});
