// Server-Sent Events parsing: complete `data:` messages in, known contract events out. Pure, so it is unit-tested.
import type { AppEvent } from '../contract';
import { eventNames } from '../contract';

function toEvent(data: string): AppEvent | null {
  try {
    const parsed = JSON.parse(data) as Partial<AppEvent>;
    return eventNames.some((name) => name === parsed.name) ? (parsed as AppEvent) : null;
  } catch {
    return null;
  }
}

/** Feeds complete `data:` messages to the listener; keeps a partial message for the next chunk. */
export function parseSseChunk(buffer: string, emit: (event: AppEvent) => void): string {
  const messages = buffer.replace(/\r\n/g, '\n').split('\n\n');
  const rest = messages.pop() ?? '';
  for (const message of messages) {
    const data = message
      .split('\n')
      .filter((line) => line.startsWith('data:'))
      .map((line) => line.slice(5).trimStart())
      .join('\n');
    const event = data ? toEvent(data) : null;
    if (event) emit(event);
  }
  return rest;
}
