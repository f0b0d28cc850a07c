// Large byte arrays (export files, uploads, pictures) cross threads by moving their memory, not by copying it.

/** Below this a copy is cheaper than thinking about it; above it, the bytes are moved. */
const MOVE_FROM_BYTES = 64 * 1024;
/** File payloads sit at most this deep in a call's input or answer (`result.value.data`, `input.file`). */
const MAX_DEPTH = 3;

/**
 * The value to post and the buffers to move with it. A large array that owns its whole buffer is moved as it is; one that is a
 * window on a bigger buffer (a pooled Buffer, a slice) is copied once to a buffer of its own, because moving the shared buffer
 * would detach every other view of it, and cloning it would copy all of it. After posting, the sender must not touch those bytes.
 */
export function forTransfer<T>(value: T): { value: T; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  const visit = (item: unknown, depth: number): unknown => {
    if (item instanceof Uint8Array) {
      if (item.byteLength < MOVE_FROM_BYTES || !(item.buffer instanceof ArrayBuffer)) return item;
      const own = item.byteOffset === 0 && item.byteLength === item.buffer.byteLength ? item : new Uint8Array(item);
      transfer.push(own.buffer as ArrayBuffer);
      return own;
    }
    if (depth >= MAX_DEPTH || item === null || typeof item !== 'object') return item;
    if (Array.isArray(item)) return item;
    let changed = false;
    const copy: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(item)) {
      copy[key] = visit(inner, depth + 1);
      changed ||= copy[key] !== inner;
    }
    return changed ? copy : item;
  };
  return { value: visit(value, 0) as T, transfer };
}
