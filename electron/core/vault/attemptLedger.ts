// Wrong-guess counts per secret target (a key file's set of slots), kept in attempts.json so a restart resets nothing.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { atomicWriteFileSync } from '../fs/atomicWriteFileSync';
import { canonicalJson } from './canonicalJson';
import type { KeyFile } from './keyFile';

export const LEDGER_FILE_NAME = 'attempts.json';
/** What a missing or altered ledger counts as: no free tries left (docs/SECURITY.md, "The throttle survives restarts"). */
export const UNKNOWN_HISTORY_FAILURES = 5;
/** Enough for the journal, its automatic backups and a few uploaded files; past it the least-failed target goes. */
export const MAX_TARGETS = 32;

const countSchema = z.object({ failures: z.number().int().min(0), notBefore: z.number().finite(), lastAt: z.number().finite() });
const ledgerSchema = z.object({
  format: z.literal('afterword-attempts'),
  version: z.literal(1),
  /** Failures an unseen target starts with: 0 normally, more after an unreadable ledger or an evicted target. */
  baseline: z.number().int().min(0),
  targets: z.record(z.string().regex(/^[0-9a-f]{32}$/), countSchema),
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
});
type LedgerContent = Omit<z.infer<typeof ledgerSchema>, 'checksum'>;
export type AttemptCount = z.infer<typeof countSchema>;

const checksumOf = (content: LedgerContent) => createHash('sha256').update(canonicalJson(content)).digest('hex');

/** A key file's slots (id, salt, key check) name its target: an uploaded backup made from the journal's own vault.json shares its count. */
export function keyFileTarget(keyFile: Pick<KeyFile, 'slots'>): string {
  const slots = keyFile.slots.map((slot) => [slot.id, slot.kdf.salt, slot.check].join(':')).sort();
  return createHash('sha256').update(canonicalJson(slots)).digest('hex').slice(0, 32);
}

/** `file` null keeps the counts in memory only (tests of the schedule itself). */
export class AttemptLedger {
  private content: LedgerContent | null = null;

  constructor(
    private readonly file: string | null,
    /** Whether a journal exists that a missing ledger could have been protecting. */
    private readonly journalExists: () => boolean = () => false,
  ) {}

  /** A journal just created has no history: written now, so a later missing ledger is told apart from a new one. */
  startFresh(): void {
    this.content = { format: 'afterword-attempts', version: 1, baseline: 0, targets: {} };
    this.save(this.content);
  }

  count(target: string): AttemptCount {
    const content = this.load();
    return content.targets[target] ?? { failures: content.baseline, notBefore: 0, lastAt: 0 };
  }

  set(target: string, count: AttemptCount): void {
    const content = this.load();
    content.targets[target] = count;
    this.evictBeyondLimit(content);
    this.save(content);
  }

  /** A proven secret: its target starts afresh, and so does the baseline an unreadable ledger left behind. */
  clear(target: string): void {
    const content = this.load();
    if (!(target in content.targets) && content.baseline === 0) return;
    delete content.targets[target];
    content.baseline = 0;
    this.save(content);
  }

  private load(): LedgerContent {
    if (this.content) return this.content;
    this.content = this.read() ?? {
      format: 'afterword-attempts',
      version: 1,
      baseline: this.journalExists() ? UNKNOWN_HISTORY_FAILURES : 0,
      targets: {},
    };
    return this.content;
  }

  private read(): LedgerContent | null {
    if (!this.file || !existsSync(this.file)) return null;
    try {
      const { checksum, ...content } = ledgerSchema.parse(JSON.parse(readFileSync(this.file, 'utf8')));
      return checksum === checksumOf(content) ? content : null;
    } catch {
      return null;
    }
  }

  /** Evicting never lowers protection: the baseline rises to the evicted count, so a flood of junk targets cannot wash one out. */
  private evictBeyondLimit(content: LedgerContent): void {
    const names = Object.keys(content.targets);
    if (names.length <= MAX_TARGETS) return;
    const weakest = names.reduce((a, b) => (content.targets[b]!.failures < content.targets[a]!.failures ? b : a));
    content.baseline = Math.max(content.baseline, content.targets[weakest]!.failures);
    delete content.targets[weakest];
  }

  private save(content: LedgerContent): void {
    if (this.file) atomicWriteFileSync(this.file, Buffer.from(`${JSON.stringify({ ...content, checksum: checksumOf(content) })}\n`));
  }
}
