// SQL for commitments: rows in, Commitment objects (with rates computed for "today") out. Revisions keep every earlier wording.
import { randomUUID } from 'node:crypto';
import type { CheckIn, CheckInResult, Commitment, Rhythm } from '../../contract';
import { rhythmSchema } from '../../contract/commitments/schemas';
import type { Db } from '../db/openDatabase';
import { AppError } from '../errors/AppError';
import { isDue } from './rhythm';
import { keptRate } from './keptRate';

export interface CommitmentRow {
  id: string;
  text: string;
  entry_id: string | null;
  item_id: string | null;
  rhythm: string;
  ends_on: string | null;
  starts_on: string;
  status: 'active' | 'retired';
  retired_reason: 'writer' | 'removed' | null;
  created_at: string;
  retired_at: string | null;
}

export interface CheckInRow {
  commitment_id: string;
  date: string;
  result: CheckInResult;
  note: string | null;
  recorded_at: string;
}

export const toCheckIn = (row: CheckInRow): CheckIn => ({
  commitmentId: row.commitment_id,
  date: row.date,
  result: row.result,
  note: row.note,
  recordedAt: row.recorded_at,
});

/** A stored rhythm this version cannot read counts as "whenever": nothing falls due rather than the list breaking. */
function parseRhythm(text: string): Rhythm {
  try {
    const parsed = rhythmSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : { kind: 'whenever' };
  } catch {
    return { kind: 'whenever' };
  }
}

export interface NewCommitment {
  text: string;
  rhythm: Rhythm;
  endsOn?: string | null;
  entryId?: string | null;
  itemId?: string | null;
}

export interface CommitmentChanges {
  text?: string;
  rhythm?: Rhythm;
  endsOn?: string | null;
}

const notFound = () => new AppError('NOT_FOUND', 'That commitment is no longer in your journal.');

export class CommitmentsRepository {
  constructor(
    private readonly db: Db,
    private readonly today: string,
    private readonly now: Date,
  ) {}

  row(id: string): CommitmentRow {
    const row = this.db.prepare('SELECT * FROM commitments WHERE id = ?').get(id) as CommitmentRow | undefined;
    if (!row) throw notFound();
    return row;
  }

  rowsOfEntry(entryId: string): CommitmentRow[] {
    return this.db.prepare('SELECT * FROM commitments WHERE entry_id = ?').all(entryId) as CommitmentRow[];
  }

  get(id: string): Commitment {
    return this.toCommitment(this.row(id));
  }

  /** Active ones oldest first, as they were made; past ones most recently retired first. */
  list(status?: 'active' | 'retired'): Commitment[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM commitments WHERE (? IS NULL OR status = ?)
         ORDER BY status = 'retired', CASE WHEN status = 'retired' THEN retired_at END DESC, created_at, rowid`,
      )
      .all(status ?? null, status ?? null) as CommitmentRow[];
    return rows.map((row) => this.toCommitment(row));
  }

  create(input: NewCommitment): Commitment {
    if (input.entryId && !this.db.prepare('SELECT 1 FROM entries WHERE id = ? AND deleted_at IS NULL').get(input.entryId)) {
      throw new AppError('NOT_FOUND', 'The entry this commitment belongs to is no longer in your journal.');
    }
    const id = randomUUID();
    this.db
      .prepare(
        `INSERT INTO commitments (id, text, entry_id, item_id, rhythm, ends_on, starts_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        input.text,
        input.entryId ?? null,
        input.itemId ?? null,
        JSON.stringify(input.rhythm),
        input.endsOn ?? null,
        this.today,
        this.now.toISOString(),
      );
    return this.get(id);
  }

  /** A new wording keeps the old one as a revision; the check-ins stay with the commitment. */
  update(id: string, changes: CommitmentChanges): Commitment {
    return this.db.transaction(() => {
      const row = this.row(id);
      if (changes.text !== undefined && changes.text !== row.text) {
        this.db
          .prepare('INSERT INTO commitment_revisions (commitment_id, text, until) VALUES (?, ?, ?)')
          .run(id, row.text, this.now.toISOString());
      }
      this.db
        .prepare('UPDATE commitments SET text = ?, rhythm = ?, ends_on = ? WHERE id = ?')
        .run(
          changes.text ?? row.text,
          changes.rhythm ? JSON.stringify(changes.rhythm) : row.rhythm,
          changes.endsOn === undefined ? row.ends_on : changes.endsOn,
          id,
        );
      return this.get(id);
    })();
  }

  /** "writer": retired by choice; "removed": its item left the entry (it comes back if the item does, e.g. after an undo). */
  retire(id: string, reason: 'writer' | 'removed' = 'writer'): Commitment {
    const row = this.row(id);
    if (row.status === 'active') {
      this.db
        .prepare(`UPDATE commitments SET status = 'retired', retired_reason = ?, retired_at = ? WHERE id = ?`)
        .run(reason, this.now.toISOString(), id);
    }
    return this.get(id);
  }

  reactivate(id: string): void {
    this.db.prepare(`UPDATE commitments SET status = 'active', retired_reason = NULL, retired_at = NULL WHERE id = ?`).run(id);
  }

  checkIns(id: string): CheckInRow[] {
    return this.db.prepare('SELECT * FROM check_ins WHERE commitment_id = ? ORDER BY date').all(id) as CheckInRow[];
  }

  private revisions(id: string): Commitment['revisions'] {
    return this.db
      .prepare('SELECT text, until FROM commitment_revisions WHERE commitment_id = ? ORDER BY id')
      .all(id) as Commitment['revisions'];
  }

  private toCommitment(row: CommitmentRow): Commitment {
    const rhythm = parseRhythm(row.rhythm);
    const schedule = { rhythm, startsOn: row.starts_on, endsOn: row.ends_on };
    const checkIns = this.checkIns(row.id);
    const results = new Map(checkIns.map((c) => [c.date, c.result]));
    const last = checkIns[checkIns.length - 1];
    return {
      id: row.id,
      text: row.text,
      entryId: row.entry_id,
      rhythm,
      endsOn: row.ends_on,
      status: row.status,
      createdAt: row.created_at,
      startsOn: row.starts_on,
      retiredAt: row.retired_at,
      dueToday: row.status === 'active' && isDue(schedule, this.today),
      keptRate7: keptRate(schedule, results, this.today, 7),
      keptRate30: keptRate(schedule, results, this.today, 30),
      lastCheckIn: last ? toCheckIn(last) : null,
      revisions: this.revisions(row.id),
    };
  }
}
