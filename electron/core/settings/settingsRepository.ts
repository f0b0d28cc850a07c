// Settings stored as one JSON value per key in the encrypted database's settings table; unknown or damaged values fall back to defaults.
import { defaultSettings, settingsSchema, type Settings } from '../../contract/settings/schemas';
import type { Db } from '../db/openDatabase';

type Key = keyof Settings;
const keys = Object.keys(defaultSettings) as Key[];

export class SettingsRepository {
  constructor(private readonly db: Db) {}

  read(): Settings {
    const rows = this.db.prepare('SELECT key, value FROM settings').all() as Array<{ key: string; value: string }>;
    const stored = new Map(rows.map((row) => [row.key, row.value]));
    const settings = { ...defaultSettings };
    for (const key of keys) {
      const text = stored.get(key);
      if (text === undefined) continue;
      // A value this version cannot read keeps its default rather than breaking unlock.
      const parsed = settingsSchema.shape[key].safeParse(safeJson(text));
      if (parsed.success) settings[key] = parsed.data as never;
    }
    return settings;
  }

  update(changes: Partial<Settings>): Settings {
    const upsert = this.db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
    this.db.transaction(() => {
      for (const key of keys) if (changes[key] !== undefined) upsert.run(key, JSON.stringify(changes[key]));
    })();
    return this.read();
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
