// Core's events over Server-Sent Events, read with fetch (the session cookie authenticates it, as every other API call).
import type { AppEvent } from '../contract';
import { parseSseChunk } from './sseParser';

const FIRST_RETRY_MS = 500;
const LAST_RETRY_MS = 15_000;

async function readStream(body: ReadableStream<Uint8Array>, emit: (event: AppEvent) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    buffer = parseSseChunk(buffer + decoder.decode(value, { stream: true }), emit);
  }
}

/** Listens until unsubscribed, reconnecting with a growing pause whenever the stream drops. */
export function subscribeToEvents(session: Promise<void>, listener: (event: AppEvent) => void): () => void {
  const controller = new AbortController();
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  void (async () => {
    let delay = FIRST_RETRY_MS;
    await session;
    while (!controller.signal.aborted) {
      try {
        const response = await fetch('/api/events', { credentials: 'same-origin', signal: controller.signal, cache: 'no-store' });
        if (response.ok && response.body) {
          delay = FIRST_RETRY_MS;
          await readStream(response.body, listener);
        }
      } catch {
        // Dropped or refused: fall through to the pause and try again.
      }
      if (controller.signal.aborted) return;
      await sleep(delay);
      delay = Math.min(delay * 2, LAST_RETRY_MS);
    }
  })();
  return () => controller.abort();
}
