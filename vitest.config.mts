import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Argon2id at 64 MiB and real encrypted files make some tests slower than vitest's 5 s default.
    testTimeout: 30_000,
    pool: 'forks',
  },
});
