// Byte arrays crossing to and from the journal's worker: large ones are moved (no copy), small ones and other views left alone.
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { forTransfer } from '../../../../electron/core/worker/transfer';

describe('forTransfer', () => {
  it('moves a large array that owns its buffer, so the sender no longer holds the bytes', () => {
    const data = new Uint8Array(1024 * 1024).fill(7);
    const { value, transfer } = forTransfer({ type: 'result', result: { ok: true, value: { fileName: 'a.json', data } } });
    expect(transfer).toEqual([data.buffer]);
    const { port1, port2 } = new MessageChannel();
    port1.postMessage(value, transfer);
    port1.close();
    port2.close();
    expect(data.byteLength).toBe(0);
  });

  it('copies a large window on a bigger buffer once, leaving the bigger buffer and its other views untouched', () => {
    const whole = new Uint8Array(512 * 1024).fill(1);
    const window = whole.subarray(1000, 1000 + 200 * 1024);
    const message = { input: { file: window } };
    const { value, transfer } = forTransfer(message);
    expect(transfer).toHaveLength(1);
    expect(value.input.file).not.toBe(window);
    expect(value.input.file.byteLength).toBe(200 * 1024);
    expect(transfer[0]!.byteLength).toBe(200 * 1024);
    expect(message.input.file).toBe(window);
  });

  it('leaves small arrays and messages without bytes exactly as they were', () => {
    const message = { type: 'call', input: { file: new Uint8Array(100), title: 'x' } };
    const { value, transfer } = forTransfer(message);
    expect(value).toBe(message);
    expect(transfer).toEqual([]);
  });
});
