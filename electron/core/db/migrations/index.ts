// The ordered list of schema migrations. Append only: a shipped step never changes.
import type { Db } from '../openDatabase';
import { m0001Initial } from './0001-initial';
import { m0002Templates } from './0002-templates';
import { m0003DocumentCheck } from './0003-document-check';
import { m0004Search } from './0004-search';
import { m0005Commitments } from './0005-commitments';
import { m0006Attachments } from './0006-attachments';
import { m0007PrefixIndex } from './0007-prefix-index';
import { m0008OverTime } from './0008-over-time';
import { m0009DayFigures } from './0009-day-figures';
import { m0010ListSummaries } from './0010-list-summaries';
import { m0011ImportLedger } from './0011-import-ledger';

export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}

export const migrations: readonly Migration[] = [
  m0001Initial,
  m0002Templates,
  m0003DocumentCheck,
  m0004Search,
  m0005Commitments,
  m0006Attachments,
  m0007PrefixIndex,
  m0008OverTime,
  m0009DayFigures,
  m0010ListSummaries,
  m0011ImportLedger,
];
