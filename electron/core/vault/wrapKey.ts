// AES-256-GCM key wrapping with associated data, plus a key-check value that tells a wrong secret from a tampered slot.
import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface WrappedKey {
  iv: string;
  ciphertext: string;
  tag: string;
}

export function wrapKey(dataKey: Buffer, kek: Buffer, aad: Buffer): WrappedKey {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return { iv: iv.toString('base64'), ciphertext: ciphertext.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

/**
 * Returns the data key, or null when the tag does not verify (wrong key, or altered ciphertext/header). The decrypted bytes
 * from `update` are a second copy of the key: zeroed whether or not the tag verified.
 */
export function unwrapKey(wrapped: WrappedKey, kek: Buffer, aad: Buffer): Buffer | null {
  let decrypted: Buffer | null = null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrapped.iv, 'base64'));
    decipher.setAAD(aad);
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    decrypted = decipher.update(Buffer.from(wrapped.ciphertext, 'base64'));
    const rest = decipher.final();
    return Buffer.concat([decrypted, rest]);
  } catch {
    return null;
  } finally {
    decrypted?.fill(0);
  }
}

/**
 * A 128-bit commitment to the KEK. It reveals nothing an attacker could not test through GCM anyway,
 * and lets unlock say "wrong passphrase" versus "the key file was altered" instead of one vague error.
 */
export function keyCheck(kek: Buffer): string {
  return createHmac('sha256', kek).update('afterword/kek-check/v1').digest().subarray(0, 16).toString('base64');
}

export function keyCheckMatches(kek: Buffer, expected: string): boolean {
  const actual = Buffer.from(keyCheck(kek), 'base64');
  const wanted = Buffer.from(expected, 'base64');
  return actual.length === wanted.length && timingSafeEqual(actual, wanted);
}

/** HMAC over the key file's canonical text, keyed from the data key: detects any edit to the file. */
export function fileMac(dataKey: Buffer, canonicalText: string): string {
  const macKey = createHmac('sha256', dataKey).update('afterword/vault-file-mac/v1').digest();
  const mac = createHmac('sha256', macKey).update(canonicalText).digest('base64');
  macKey.fill(0);
  return mac;
}

export function macMatches(expected: string, actual: string): boolean {
  const a = Buffer.from(expected, 'base64');
  const b = Buffer.from(actual, 'base64');
  return a.length === b.length && timingSafeEqual(a, b);
}
