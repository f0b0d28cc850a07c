// Checks every stored entry and template document against the contract's schema; repairs or quarantines the ones that fail,
// keeping each original in `document_repairs` (inside the encrypted database) so no word is ever deleted.
import { repairDoc, type DocNode } from '../../contract';
import type { Db } from '../db/openDatabase';
import { extractDocText } from '../entries/docText';

export interface RepairCounts {
  repaired: number;
  quarantined: number;
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS document_repairs (
  seq INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('entry', 'template')),
  item_id TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('repaired', 'quarantined')),
  problem TEXT NOT NULL,
  original TEXT NOT NULL,
  repaired_at TEXT NOT NULL
)`;

interface EntryRow {
  seq: number;
  id: string;
  doc: string;
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Not JSON at all: quarantine keeps the raw text as the document's words.
    return { type: 'doc', content: [text] };
  }
}

/** Runs inside the caller's transaction (a migration step, or restore's check). */
export function repairStoredDocuments(db: Db, now: () => Date = () => new Date()): RepairCounts {
  db.exec(CREATE_TABLE);
  const counts: RepairCounts = { repaired: 0, quarantined: 0 };
  const keep = db.prepare(
    'INSERT INTO document_repairs (kind, item_id, outcome, problem, original, repaired_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const updateEntry = db.prepare('UPDATE entries SET doc = ?, text = ?, preview = ?, word_count = ? WHERE id = ?');
  const updateTemplate = db.prepare('UPDATE templates SET doc = ? WHERE id = ?');
  const check = (kind: 'entry' | 'template', id: string, stored: string, save: (doc: DocNode) => void) => {
    const result = repairDoc(parsed(stored));
    if (result.outcome === 'valid') return;
    keep.run(kind, id, result.outcome, (result.problem ?? '').slice(0, 300), stored, now().toISOString());
    save(result.doc);
    counts[result.outcome] += 1;
  };
  // In pages by seq: a statement cannot be iterated while the same connection writes, and 50,000 documents need not sit in memory at once.
  const page = db.prepare('SELECT seq, id, doc FROM entries WHERE seq > ? ORDER BY seq LIMIT 500');
  for (
    let after = 0, rows = page.all(after) as EntryRow[];
    rows.length > 0;
    after = rows[rows.length - 1]!.seq, rows = page.all(after) as EntryRow[]
  ) {
    for (const row of rows) {
      check('entry', row.id, row.doc, (doc) => {
        const { text, wordCount, preview } = extractDocText(doc);
        updateEntry.run(JSON.stringify(doc), text, preview, wordCount, row.id);
      });
    }
  }
  const hasTemplates = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'templates'`).get();
  if (hasTemplates) {
    for (const row of db.prepare('SELECT id, doc FROM templates').all() as Array<{ id: string; doc: string }>) {
      check('template', row.id, row.doc, (doc) => updateTemplate.run(JSON.stringify(doc), row.id));
    }
  }
  return counts;
}
