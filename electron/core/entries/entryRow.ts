// The entries table as SQLite returns it: the one description of its columns (migrations 0001, 0002). A new column is added here once.
export interface EntryRow {
  seq: number;
  id: string;
  entry_date: string;
  created_at: string;
  updated_at: string;
  title: string;
  /** The document as JSON. */
  doc: string;
  /** Plain text of the document, for full-text search. */
  text: string;
  preview: string;
  word_count: number;
  mood: number | null;
  mood_before: number | null;
  template_id: string | null;
  template_version: number | null;
  favorite: number;
  deleted_at: string | null;
  version: number;
}

export type EntryColumn = keyof EntryRow;
