import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Argon2id at 64 MiB and real encrypted files make some tests slower than vitest's 5 s default.
    testTimeout: 30_000,
    pool: 'forks',
    // Vitest runs one file at a time on a 2-core machine by default (cores − 1). Each test has its own temporary folder,
    // journal and host port, so two at once are safe (the whole suite passed so at load 8) and shorten CI's unit step.
    maxWorkers: 2,
  },
});
