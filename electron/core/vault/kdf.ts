// Argon2id key derivation for key slots (runs on libuv's thread pool, so it never blocks the event loop).
import { hashRaw, type Algorithm } from '@node-rs/argon2';

/** Algorithm.Argon2id; the package exports a const enum, which isolated modules cannot read. */
const ARGON2ID = 2 as Algorithm;

export interface KdfParams {
  name: 'argon2id';
  memoryKiB: number;
  iterations: number;
  parallelism: number;
  /** base64, 16 random bytes */
  salt: string;
}

/** DESIGN.md: m = 64 MiB, t = 3, p = 1. Tests may pass cheaper parameters; unlock always uses the slot's own. */
export const defaultKdfCost = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 } as const;

export async function deriveKey(secret: string, params: KdfParams): Promise<Buffer> {
  return hashRaw(Buffer.from(secret.normalize('NFC'), 'utf8'), {
    algorithm: ARGON2ID,
    memoryCost: params.memoryKiB,
    timeCost: params.iterations,
    parallelism: params.parallelism,
    outputLen: 32,
    salt: Buffer.from(params.salt, 'base64'),
  });
}
