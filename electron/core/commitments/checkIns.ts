// Check-ins: one per commitment and day; recording the same day again replaces it. A future day cannot be recorded yet.
import type { CheckIn, CheckInResult } from '../../contract';
import type { Db } from '../db/openDatabase';
import { AppError } from '../errors/AppError';
import { dueDaysBetween } from './rhythm';
import { toCheckIn, type CheckInRow, type CommitmentsRepository } from './commitmentsRepository';

export interface NewCheckIn {
  commitmentId: string;
  date: string;
  result: CheckInResult;
  note?: string;
}

export function recordCheckIn(db: Db, commitments: CommitmentsRepository, input: NewCheckIn, today: string, now: Date): CheckIn {
  commitments.row(input.commitmentId);
  if (input.date > today)
    throw new AppError('INVALID_INPUT', 'That day has not come yet. You can check in on today or an earlier day.', { field: 'date' });
  db.prepare(
    `INSERT INTO check_ins (commitment_id, date, result, note, recorded_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (commitment_id, date) DO UPDATE SET result = excluded.result, note = excluded.note, recorded_at = excluded.recorded_at`,
  ).run(input.commitmentId, input.date, input.result, input.note ? input.note : null, now.toISOString());
  return toCheckIn(
    db.prepare('SELECT * FROM check_ins WHERE commitment_id = ? AND date = ?').get(input.commitmentId, input.date) as CheckInRow,
  );
}

export function listCheckIns(db: Db, commitments: CommitmentsRepository, commitmentId: string, from: string, to: string): CheckIn[] {
  commitments.row(commitmentId);
  return checkInsBetween(db, commitmentId, from, to);
}

/** The days in the span the commitment's rhythm asked for a check-in. */
export function dueDaysOf(commitments: CommitmentsRepository, commitmentId: string, from: string, to: string): string[] {
  const { rhythm, startsOn, endsOn } = commitments.get(commitmentId);
  return dueDaysBetween({ rhythm, startsOn, endsOn }, from, to);
}

function checkInsBetween(db: Db, commitmentId: string, from: string, to: string): CheckIn[] {
  const rows = db
    .prepare('SELECT * FROM check_ins WHERE commitment_id = ? AND date BETWEEN ? AND ? ORDER BY date')
    .all(commitmentId, from, to) as CheckInRow[];
  return rows.map(toCheckIn);
}
