// The record a Follow-through check-in starts from: each commitment and its check-ins over the last seven days, as document nodes.
import { format } from 'date-fns/format';
import type { CheckInResult, DocNode } from '../../contract';
import type { Db } from '../db/openDatabase';
import type { CommitmentsRepository } from './commitmentsRepository';
import { listCheckIns } from './checkIns';
import { shiftDay, toDate } from './rhythm';
import { weekSummary } from './weekSummary';

/** The prompt whose template gets the record above its prompts (the built-in Follow-through check-in and copies of it). */
export const RECORD_PROMPT_KEY = 'commitments';

const resultWords: Record<CheckInResult, string> = { kept: 'Kept', partly: 'Partly', missed: 'Not this time' };

const text = (value: string, bold = false): DocNode => ({ type: 'text', text: value, ...(bold ? { marks: [{ type: 'bold' }] } : {}) });
const paragraph = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const dayName = (day: string) => format(toDate(day), 'EEEE d MMMM');

/** Nothing when there are no commitments at all: the template then starts as it always did. */
export function weekRecordNodes(db: Db, commitments: CommitmentsRepository, today: string): DocNode[] {
  const from = shiftDay(today, -6);
  const all = commitments.list();
  const shown = all
    .map((commitment) => ({ commitment, checkIns: listCheckIns(db, commitments, commitment.id, from, today) }))
    .filter(({ commitment, checkIns }) => commitment.status === 'active' || checkIns.length > 0);
  if (shown.length === 0) return [];
  const nodes: DocNode[] = [
    { type: 'heading', attrs: { level: 3 }, content: [text(`Your record from ${dayName(from)} to ${dayName(today)}`)] },
    paragraph(
      text(
        weekSummary(
          db,
          all.filter((c) => c.status === 'active'),
          today,
          from,
          'these seven days',
        ).line,
      ),
    ),
  ];
  for (const { commitment, checkIns } of shown) {
    nodes.push(paragraph(text(commitment.text, true)));
    if (checkIns.length === 0) {
      nodes.push(paragraph(text('No check-ins recorded these seven days.')));
      continue;
    }
    const items = checkIns.map((c) => ({
      type: 'listItem',
      content: [paragraph(text(`${dayName(c.date)}: ${resultWords[c.result]}${c.note ? ` — ${c.note}` : ''}`))],
    }));
    nodes.push({ type: 'bulletList', content: items });
  }
  return nodes;
}
