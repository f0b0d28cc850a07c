// Test-only clock (the browser host's --clock-file): "now" is the date-time written in a file, read afresh on every call.
import { readFileSync } from 'node:fs';

/**
 * End-to-end tests move the writer's days forward by rewriting the file (e.g. "2026-11-23T20:00"), so check-ins over a week
 * take seconds. A missing or unreadable file means the real time, so a test can never freeze the clock by accident.
 */
export function fileClock(file: string): () => Date {
  return () => {
    try {
      const parsed = new Date(readFileSync(file, 'utf8').trim());
      return Number.isNaN(parsed.getTime()) ? new Date() : parsed;
    } catch {
      return new Date();
    }
  };
}
