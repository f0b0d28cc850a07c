// A UUID (version 5 layout) derived from another app's identifier, so importing the same export twice finds the same ids.
import { createHash } from 'node:crypto';

export function stableId(namespace: string, name: string): string {
  const hash = createHash('sha1').update(`afterword-import:${namespace}:${name}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
