// vault.json: the key slots (LUKS-style) that wrap the database key, read strictly and written atomically.
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../errors/AppError';
import { canonicalJson } from './canonicalJson';
import { readKeyFileOrCopy, writeKeyFileWithCopy } from './keyFileCopies';
import { defaultKdfCost, deriveKey, type KdfParams } from './kdf';
import { fileMac, keyCheck, keyCheckMatches, macMatches, unwrapKey, wrapKey } from './wrapKey';

export const KEY_FILE_FORMAT = 'afterword-vault';
export const KEY_FILE_VERSION = 1;

/**
 * A file (vault.json or a backup's copy of it) cannot ask for more than four times the cost this app writes, nor more than four
 * slots: checked by the schema, so before any derivation. A hostile file otherwise stalls every unlock queued behind it.
 */
export const MAX_KDF_COST = {
  memoryKiB: defaultKdfCost.memoryKiB * 4,
  iterations: defaultKdfCost.iterations * 4,
  parallelism: defaultKdfCost.parallelism * 4,
} as const;
export const MAX_SLOTS = 4;

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const slotSchema = z.object({
  id: z.string().min(1).max(64),
  kind: z.enum(['passphrase', 'recovery']),
  createdAt: z.string(),
  kdf: z.object({
    name: z.literal('argon2id'),
    memoryKiB: z.number().int().min(8).max(MAX_KDF_COST.memoryKiB),
    iterations: z.number().int().min(1).max(MAX_KDF_COST.iterations),
    parallelism: z.number().int().min(1).max(MAX_KDF_COST.parallelism),
    salt: b64,
  }),
  check: b64,
  wrapped: z.object({ iv: b64, ciphertext: b64, tag: b64 }),
});
const keyFileSchema = z.object({
  format: z.literal(KEY_FILE_FORMAT),
  version: z.number().int(),
  createdAt: z.string(),
  database: z.object({ file: z.string(), cipher: z.literal('sqlcipher'), legacy: z.literal(4) }),
  slots: z.array(slotSchema).min(1).max(MAX_SLOTS),
  /** SHA-256 of the unsigned content: catches damage and casual edits before any key is derived. */
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
  /** HMAC keyed from the data key: catches deliberate edits that also recomputed the checksum. */
  mac: b64,
});

export type KeySlot = z.infer<typeof slotSchema>;
export type SlotKind = KeySlot['kind'];
export type KeyFile = z.infer<typeof keyFileSchema>;
export type UnsignedKeyFile = Omit<KeyFile, 'mac' | 'checksum'>;

const checksumOf = (unsigned: UnsignedKeyFile) => createHash('sha256').update(canonicalJson(unsigned)).digest('hex');

/** The slot header bound into the wrap as associated data: editing any of it breaks the tag. */
function slotAad(slot: Pick<KeySlot, 'id' | 'kind' | 'kdf'>): Buffer {
  return Buffer.from(canonicalJson({ format: KEY_FILE_FORMAT, version: KEY_FILE_VERSION, id: slot.id, kind: slot.kind, kdf: slot.kdf }));
}

export async function makeSlot(kind: SlotKind, secret: string, dataKey: Buffer, cost: Omit<KdfParams, 'name' | 'salt'>): Promise<KeySlot> {
  const kdf: KdfParams = { name: 'argon2id', ...cost, salt: randomBytes(16).toString('base64') };
  const kek = await deriveKey(secret, kdf);
  try {
    const header = { id: `${kind}-${randomBytes(4).toString('hex')}`, kind, kdf };
    return { ...header, createdAt: new Date().toISOString(), check: keyCheck(kek), wrapped: wrapKey(dataKey, kek, slotAad(header)) };
  } finally {
    kek.fill(0);
  }
}

export type OpenSlotResult = { status: 'ok'; dataKey: Buffer } | { status: 'wrong-secret' } | { status: 'tampered' };

export async function openSlot(slot: KeySlot, secret: string): Promise<OpenSlotResult> {
  const kek = await deriveKey(secret, slot.kdf);
  try {
    if (!keyCheckMatches(kek, slot.check)) return { status: 'wrong-secret' };
    const dataKey = unwrapKey(slot.wrapped, kek, slotAad(slot));
    return dataKey ? { status: 'ok', dataKey } : { status: 'tampered' };
  } finally {
    kek.fill(0);
  }
}

export function signKeyFile(unsigned: UnsignedKeyFile, dataKey: Buffer): KeyFile {
  return { ...unsigned, checksum: checksumOf(unsigned), mac: fileMac(dataKey, canonicalJson(unsigned)) };
}

export function keyFileMacValid(file: KeyFile, dataKey: Buffer): boolean {
  const { mac, checksum: _checksum, ...unsigned } = file;
  return macMatches(mac, fileMac(dataKey, canonicalJson(unsigned)));
}

export function parseKeyFile(text: string): KeyFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('VAULT_TAMPERED', "The journal's key file (vault.json) is damaged: it is not valid JSON. Restore it from a backup.");
  }
  const parsed = keyFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new AppError(
      'VAULT_TAMPERED',
      "The journal's key file (vault.json) is damaged or was edited: its structure is not valid. Restore it from a backup.",
    );
  }
  if (parsed.data.version > KEY_FILE_VERSION) throw new AppError('VAULT_TOO_NEW');
  const { mac: _mac, checksum, ...unsigned } = parsed.data;
  if (checksum !== checksumOf(unsigned)) throw new AppError('VAULT_TAMPERED');
  return parsed.data;
}

/** Falls back to the last good copy (vault.json.prev) when vault.json is damaged; see keyFileCopies.ts. */
export async function readKeyFile(file: string): Promise<KeyFile> {
  return readKeyFileOrCopy(file, parseKeyFile);
}

/** vault.json's bytes as written: the same text lands in the file, its copy and every automatic backup. */
export const keyFileText = (keyFile: KeyFile): string => `${JSON.stringify(keyFile, null, 2)}\n`;

export async function writeKeyFile(file: string, keyFile: KeyFile): Promise<void> {
  await writeKeyFileWithCopy(file, keyFileText(keyFile));
}
