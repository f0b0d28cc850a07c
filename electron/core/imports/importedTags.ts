// Tags an import gives its entries: one per key (Grief = grief), so an imported spelling joins the tag already there; a tag the
// import had to create is written in its ledger, to go again if the import does not finish.
import type { Db } from '../db/openDatabase';
import { tagKey } from '../tags/tagRules';
import type { ImportLedger } from './importLedger';

export class ImportedTags {
  // Statements prepared once for the whole import: preparing per tag cost more than the inserts themselves.
  private readonly find;
  private readonly create;
  private readonly link;

  constructor(
    db: Db,
    private readonly ledger: ImportLedger,
  ) {
    this.find = db.prepare('SELECT id FROM tags WHERE key = ?').pluck();
    this.create = db.prepare('INSERT INTO tags (name, key) VALUES (?, ?) RETURNING id').pluck();
    this.link = db.prepare('INSERT OR IGNORE INTO entry_tags (entry_seq, tag_id) VALUES (?, ?)');
  }

  private idOf(name: string): number {
    const key = tagKey(name);
    // Looked up each time, not cached: between batches the person may rename or delete a tag.
    const found = this.find.get(key) as number | undefined;
    if (found !== undefined) return found;
    const id = this.create.get(name, key) as number;
    this.ledger.added('tag', id);
    return id;
  }

  /** `names` already follow the tag rules (normalized by the caller). */
  tag(seq: number | bigint, names: readonly string[]): void {
    for (const name of names) this.link.run(seq, this.idOf(name));
  }
}
