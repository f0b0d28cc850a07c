// SQL for tags: an entry's set of tags, counts over entries not in the Trash, rename (merging), delete.
import type { TagCount } from '../../contract';
import type { Db } from '../db/openDatabase';
import { AppError } from '../errors/AppError';
import { normalizeTagList, normalizeTagName, tagKey } from './tagRules';

const byName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) || a.localeCompare(b);

export class TagsRepository {
  constructor(private readonly db: Db) {}

  /** Tag names of each entry (by seq), alphabetical; one statement however many entries (json_each avoids the bound-parameter cap). */
  namesBySeq(seqs: readonly number[]): Map<number, string[]> {
    const result = new Map<number, string[]>();
    if (seqs.length === 0) return result;
    const rows = this.db
      .prepare(
        `SELECT et.entry_seq AS seq, t.name AS name FROM entry_tags et JOIN tags t ON t.id = et.tag_id
         WHERE et.entry_seq IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(seqs)) as Array<{ seq: number; name: string }>;
    for (const row of rows) result.set(row.seq, [...(result.get(row.seq) ?? []), row.name]);
    for (const names of result.values()) names.sort(byName);
    return result;
  }

  /** Replaces an entry's tags; a name matching an existing tag in any case joins it (keeping the existing spelling). */
  setForEntry(seq: number, raw: readonly string[]): void {
    const names = normalizeTagList(raw);
    this.db.prepare('DELETE FROM entry_tags WHERE entry_seq = ?').run(seq);
    for (const name of names)
      this.db.prepare('INSERT OR IGNORE INTO entry_tags (entry_seq, tag_id) VALUES (?, ?)').run(seq, this.ensure(name));
    this.dropUnused();
  }

  list(): TagCount[] {
    const rows = this.db
      .prepare(
        `SELECT t.name AS name, count(*) AS count FROM tags t JOIN entry_tags et ON et.tag_id = t.id JOIN entries e ON e.seq = et.entry_seq
         WHERE e.deleted_at IS NULL GROUP BY t.id`,
      )
      .all() as TagCount[];
    return rows.sort((a, b) => byName(a.name, b.name));
  }

  /** Renaming onto another existing tag merges them: its entries gain the target tag, and the new spelling is kept. */
  rename(fromRaw: string, toRaw: string): TagCount {
    const from = this.find(fromRaw);
    const to = normalizeTagName(toRaw);
    const target = this.db.prepare('SELECT id FROM tags WHERE key = ?').get(tagKey(to)) as { id: number } | undefined;
    if (target && target.id !== from.id) {
      this.db
        .prepare('INSERT OR IGNORE INTO entry_tags (entry_seq, tag_id) SELECT entry_seq, ? FROM entry_tags WHERE tag_id = ?')
        .run(target.id, from.id);
      this.db.prepare('DELETE FROM tags WHERE id = ?').run(from.id);
    }
    const id = target?.id ?? from.id;
    this.db.prepare('UPDATE tags SET name = ?, key = ? WHERE id = ?').run(to, tagKey(to), id);
    return { name: to, count: this.countOf(id) };
  }

  /** Removes the tag from every entry (in the Trash too); answers how many entries carried it. */
  delete(raw: string): number {
    const tag = this.find(raw);
    const removed = this.db.prepare('DELETE FROM entry_tags WHERE tag_id = ?').run(tag.id).changes;
    this.db.prepare('DELETE FROM tags WHERE id = ?').run(tag.id);
    return removed;
  }

  private find(raw: string): { id: number; name: string } {
    const tag = this.db.prepare('SELECT id, name FROM tags WHERE key = ?').get(tagKey(raw)) as { id: number; name: string } | undefined;
    if (!tag)
      throw new AppError('NOT_FOUND', `There is no tag called “${raw.trim()}”. It may have been renamed or deleted.`, { field: 'name' });
    return tag;
  }

  private ensure(name: string): number {
    this.db.prepare('INSERT OR IGNORE INTO tags (name, key) VALUES (?, ?)').run(name, tagKey(name));
    return (this.db.prepare('SELECT id FROM tags WHERE key = ?').get(tagKey(name)) as { id: number }).id;
  }

  private countOf(id: number): number {
    return (
      this.db
        .prepare(
          'SELECT count(*) AS n FROM entry_tags et JOIN entries e ON e.seq = et.entry_seq WHERE et.tag_id = ? AND e.deleted_at IS NULL',
        )
        .get(id) as { n: number }
    ).n;
  }

  /** Tags no entry carries any more (their last entry was retagged or deleted for good). */
  private dropUnused(): void {
    this.db.prepare('DELETE FROM tags WHERE NOT EXISTS (SELECT 1 FROM entry_tags et WHERE et.tag_id = tags.id)').run();
  }
}
