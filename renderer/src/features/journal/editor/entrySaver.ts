// Autosave for one open entry: debounced, one save in flight at a time, and unsaved text kept until core confirms it.
// The body is read lazily: a keystroke only says the document changed, and it is serialised when a save is sent.
import { failure } from '../../../api/failure';
import type { AppErrorShape, Doc, Entry, MethodInput, Result } from '../../../contract';

export type EntryChanges = Partial<Pick<Entry, 'title' | 'entryDate' | 'mood' | 'moodBefore'>> & { doc?: Doc };

/** Reads the body as it stood at the change (an immutable snapshot, so it is right even after the editor is gone). */
export type ReadDoc = () => Doc;

export type SaveStatus = { state: 'idle' } | { state: 'pending' } | { state: 'saved' } | { state: 'error'; error: AppErrorShape };

export interface SaverDeps {
  update: (input: MethodInput<'entries.update'>) => Promise<Result<Entry>>;
  /** Told about every confirmed save, so the list can show the new title and preview. */
  onSaved: (entry: Entry) => void;
  debounceMs?: number;
}

/** Errors that another attempt with the same text can fix; the rest need the writer or a new unlock. */
const RETRYABLE = new Set(['IO_ERROR', 'DISK_FULL', 'INTERNAL', 'VAULT_IN_USE', 'TOO_MANY_ATTEMPTS']);
const RETRY_DELAYS_MS = [2_000, 5_000, 10_000, 30_000];

export class EntrySaver {
  private pending: EntryChanges = {};
  /** The newest body, not yet serialised; it wins over `pending.doc`, which it is newer than. */
  private readDoc: ReadDoc | undefined;
  private status: SaveStatus = { state: 'idle' };
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<boolean> = Promise.resolve(true);
  private failures = 0;
  private disposed = false;
  private closed = false;

  constructor(
    readonly entryId: string,
    private version: number,
    private readonly deps: SaverDeps,
  ) {}

  getStatus = (): SaveStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  hasUnsavedChanges(): boolean {
    return this.readDoc !== undefined || Object.keys(this.pending).length > 0;
  }

  /** Record a change; it is saved after a short pause in typing. */
  change(changes: EntryChanges): void {
    if (changes.doc) this.readDoc = undefined;
    Object.assign(this.pending, changes);
    this.changed();
  }

  /**
   * The body changed: `read` gives it when a save is sent. Serialising a long entry costs more than a keystroke may
   * (~1.4 ms at 20,000 words), so it happens once per save, not once per key.
   */
  docChanged(read: ReadDoc): void {
    this.readDoc = read;
    this.changed();
  }

  private changed(): void {
    // Already pending: no new status, so the indicator does not re-render on every keystroke.
    if (this.status.state !== 'error' && this.status.state !== 'pending') this.setStatus({ state: 'pending' });
    // Once the entry has left the screen there is no more typing to wait for: save at once.
    this.schedule(this.closed ? 0 : (this.deps.debounceMs ?? 600));
  }

  /** Save now; resolves true once everything typed so far is stored. */
  flush(): Promise<boolean> {
    clearTimeout(this.timer);
    this.queue = this.queue.then(() => this.saveAllPending());
    return this.queue;
  }

  /** After a CONFLICT: keep the writer's text and save it over the newer stored version. */
  overwrite(currentVersion: number): Promise<boolean> {
    this.version = currentVersion;
    return this.flush();
  }

  /**
   * The entry leaves the screen (another one opens): save what is pending now, and any change that still arrives from the
   * old editor straight away. Nobody watches its status any more; retries still run.
   */
  close(): Promise<boolean> {
    this.closed = true;
    this.listeners.clear();
    return this.flush();
  }

  /** Stop timers when the journal closes (lock, restore); callers flush first if they want the text kept. */
  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.listeners.clear();
  }

  private schedule(delayMs: number): void {
    if (this.disposed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), delayMs);
  }

  private async saveAllPending(): Promise<boolean> {
    while (this.hasUnsavedChanges()) {
      const sent = this.takePending();
      const result = await this.deps.update({ id: this.entryId, baseVersion: this.version, ...sent }).catch(() => failure('INTERNAL'));
      if (!result.ok) {
        // Whatever was typed meanwhile is newer than what we sent, so it wins the merge.
        this.pending = { ...sent, ...this.pending };
        this.fail(result.error);
        return false;
      }
      this.version = result.value.version;
      this.failures = 0;
      this.deps.onSaved(result.value);
    }
    if (this.status.state !== 'idle') this.setStatus({ state: 'saved' });
    return true;
  }

  /** Everything not yet sent, the body serialised now; pending starts empty again. */
  private takePending(): EntryChanges {
    const taken = this.readDoc ? { ...this.pending, doc: this.readDoc() } : this.pending;
    this.pending = {};
    this.readDoc = undefined;
    return taken;
  }

  private fail(error: AppErrorShape): void {
    this.setStatus({ state: 'error', error });
    if (!RETRYABLE.has(error.code)) return;
    this.schedule(RETRY_DELAYS_MS[Math.min(this.failures, RETRY_DELAYS_MS.length - 1)]!);
    this.failures += 1;
  }

  private setStatus(status: SaveStatus): void {
    this.status = status;
    this.listeners.forEach((listener) => listener());
  }
}
