// SQL for templates: rows in, Template objects out. Built-ins are read-only here; only syncBuiltinTemplates writes them.
import { randomUUID } from 'node:crypto';
import type { Doc } from '../../contract';
import { promptsInDoc } from '../../contract/editor/templateDoc';
import { builtinTemplateIds, type Template, type TemplateSummary } from '../../contract/templates/schemas';
import type { Db } from '../db/openDatabase';
import { AppError } from '../errors/AppError';

interface TemplateRow {
  id: string;
  name: string;
  description: string;
  kind: 'builtin' | 'custom';
  doc: string;
  version: number;
  estimated_minutes: number | null;
  mood_check: number;
  created_at: string;
  updated_at: string;
}

export interface TemplateFields {
  name: string;
  description?: string;
  doc: Doc;
  estimatedMinutes?: number | null;
  moodCheck?: boolean;
}

export type TemplateChanges = Partial<TemplateFields>;

const PREVIEW_PROMPTS = 3;

function toTemplate(row: TemplateRow): Template {
  const doc = JSON.parse(row.doc) as Doc;
  const prompts = promptsInDoc(doc);
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    kind: row.kind,
    version: row.version,
    estimatedMinutes: row.estimated_minutes,
    moodCheck: row.mood_check === 1,
    promptCount: prompts.length,
    previewPrompts: prompts.slice(0, PREVIEW_PROMPTS).map((prompt) => prompt.text),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    doc,
  };
}

function toSummary(row: TemplateRow): TemplateSummary {
  const { doc: _doc, ...summary } = toTemplate(row);
  return summary;
}

const builtinOrder: readonly string[] = builtinTemplateIds;

/** Built-ins first, in the order the app ships them; then the writer's own, oldest first. */
function pickerOrder(a: TemplateRow, b: TemplateRow): number {
  const rank = (row: TemplateRow) => {
    const shipped = builtinOrder.indexOf(row.id);
    return row.kind === 'custom' ? builtinOrder.length + 1 : shipped === -1 ? builtinOrder.length : shipped;
  };
  return rank(a) - rank(b) || a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id);
}

export class TemplatesRepository {
  constructor(private readonly db: Db) {}

  list(): TemplateSummary[] {
    const rows = this.db.prepare('SELECT * FROM templates').all() as TemplateRow[];
    return rows.sort(pickerOrder).map(toSummary);
  }

  get(id: string): Template {
    return toTemplate(this.row(id));
  }

  create(fields: TemplateFields, now = new Date()): Template {
    const id = randomUUID();
    const stamp = now.toISOString();
    this.db
      .prepare(
        `INSERT INTO templates (id, name, description, kind, doc, version, estimated_minutes, mood_check, created_at, updated_at)
         VALUES (?, ?, ?, 'custom', ?, 1, ?, ?, ?, ?)`,
      )
      .run(
        id,
        fields.name,
        fields.description ?? '',
        JSON.stringify(fields.doc),
        fields.estimatedMinutes ?? null,
        (fields.moodCheck ?? true) ? 1 : 0,
        stamp,
        stamp,
      );
    return this.get(id);
  }

  update(id: string, changes: TemplateChanges, now = new Date()): Template {
    return this.db.transaction(() => {
      const current = this.customRow(id, 'Built-in templates can’t be changed. Duplicate it to make your own version.');
      this.db
        .prepare(
          `UPDATE templates SET name = ?, description = ?, doc = ?, estimated_minutes = ?, mood_check = ?, version = version + 1, updated_at = ?
           WHERE id = ?`,
        )
        .run(
          changes.name ?? current.name,
          changes.description ?? current.description,
          changes.doc ? JSON.stringify(changes.doc) : current.doc,
          changes.estimatedMinutes === undefined ? current.estimated_minutes : changes.estimatedMinutes,
          changes.moodCheck === undefined ? current.mood_check : changes.moodCheck ? 1 : 0,
          now.toISOString(),
          id,
        );
      return this.get(id);
    })();
  }

  delete(id: string): void {
    this.customRow(id, 'Built-in templates can’t be deleted. If you don’t use this one, you can simply leave it.');
    this.db.prepare('DELETE FROM templates WHERE id = ?').run(id);
  }

  /** A custom copy the writer can edit; a built-in's copy is named as their own version of it. */
  duplicate(id: string, now = new Date()): Template {
    const source = this.get(id);
    const name = source.kind === 'builtin' ? `${source.name} (my version)` : `${source.name} (copy)`;
    return this.create(
      {
        name: name.slice(0, 120),
        description: source.description,
        doc: source.doc,
        estimatedMinutes: source.estimatedMinutes,
        moodCheck: source.moodCheck,
      },
      now,
    );
  }

  private row(id: string): TemplateRow {
    const row = this.db.prepare('SELECT * FROM templates WHERE id = ?').get(id) as TemplateRow | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'That template no longer exists. It may have been deleted.');
    return row;
  }

  private customRow(id: string, builtinMessage: string): TemplateRow {
    const row = this.row(id);
    if (row.kind === 'builtin') throw new AppError('FORBIDDEN', builtinMessage, { kind: 'builtin' });
    return row;
  }
}
