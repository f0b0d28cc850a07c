// Test helpers: a fresh data folder per test, a cheap Argon2 cost for speed, and file fingerprints.
import { afterEach, beforeEach, onTestFinished, test } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createJournal, type Journal, type JournalOptions } from '../../../electron/core/journal';
import { methods, type MethodInput, type MethodName, type MethodOutput, type Result } from '../../../electron/contract';

/** Real Argon2id, but small: the full 64 MiB cost is exercised by the tests that name it. */
export const CHEAP_KDF = { memoryKiB: 1024, iterations: 1, parallelism: 1 } as const;

export function makeTempDir(prefix = 'afterword-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function openTestJournal(dataDir: string, options: Partial<JournalOptions> = {}): Journal {
  return createJournal({ dataDir, kdfCost: CHEAP_KDF, ...options });
}

/** Unwrap an ok result or fail the test with the error it carried. */
export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** A method's input as a test passes it: optional where the contract lets a caller leave it out. */
type InputArgs<M extends MethodName> = undefined extends MethodInput<M> ? [input?: MethodInput<M>] : [input: MethodInput<M>];

/**
 * Calls a method as the shells do, typed from the contract, and checks the answer against the method's output schema:
 * every answer a test sees is one the contract allows.
 */
export async function call<M extends MethodName>(journal: Journal, method: M, ...[input]: InputArgs<M>): Promise<MethodOutput<M>> {
  const answer = value(await journal.dispatch(method, input));
  const checked = methods[method].output.safeParse(answer);
  if (!checked.success) throw new Error(`${method} answered outside its output schema: ${checked.error.message}`);
  return answer as MethodOutput<M>;
}

export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).isFile());
}

/** name → sha256 of every file under dir: proves an operation left the bytes untouched. `except` names files left out. */
export function fingerprint(dir: string, except: string[] = []): Record<string, string> {
  const files = listFiles(dir).filter((file) => !except.includes(path.relative(dir, file)));
  return Object.fromEntries(files.map((file) => [path.relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')]));
}

export function paragraphDoc(...paragraphs: string[]) {
  return { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
}

/**
 * For a describe block: before each test a fresh folder with a created, unlocked journal (handed to `use`),
 * after it the journal closed and the folder removed.
 */
export function withCreatedJournal(
  use: (journal: Journal) => void,
  options: Partial<JournalOptions> = {},
  passphrase = 'a good long passphrase',
): void {
  let opened: { journal: Journal; cleanup: () => void } | undefined;
  beforeEach(async () => {
    const temp = makeTempDir();
    const journal = openTestJournal(temp.dir, options);
    opened = { journal, cleanup: temp.cleanup };
    await call(journal, 'vault.create', { passphrase });
    use(journal);
  });
  afterEach(() => {
    opened?.journal.close();
    opened?.cleanup();
  });
}

/**
 * A journal created and unlocked for this test alone, closed and its folder removed when the test ends; for tests that need
 * several (an export from one, imported into another).
 */
export async function createJournalForTest(passphrase = 'correct horse battery'): Promise<{ journal: Journal; dir: string }> {
  const temp = makeTempDir();
  const journal = openTestJournal(temp.dir);
  onTestFinished(() => {
    journal.close();
    temp.cleanup();
  });
  await call(journal, 'vault.create', { passphrase });
  return { journal, dir: temp.dir };
}

/** The passphrase of the journal `journalTest` creates. */
export const TEST_PASSPHRASE = 'a good long passphrase';

/**
 * `test` with a `journal` fixture: a created, unlocked journal in a fresh folder, closed and removed after the test.
 * Options per file: `journalTest.scoped({ journalOptions: { … } })`.
 */
export const journalTest = test.extend<{ journalOptions: Partial<JournalOptions>; journal: Journal }>({
  journalOptions: [{}, { injected: true }],
  journal: async ({ journalOptions }, use) => {
    const temp = makeTempDir();
    const journal = openTestJournal(temp.dir, journalOptions);
    try {
      await call(journal, 'vault.create', { passphrase: TEST_PASSPHRASE });
      await use(journal);
    } finally {
      journal.close();
      temp.cleanup();
    }
  },
});
