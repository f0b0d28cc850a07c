// Input and output schemas of backup.* methods.
import { z } from 'zod';
import { fileOnDiskSchema, uploadedFile } from '../files';
import { none } from '../shared';
import { anyPassphrase, recoveryCode } from '../vault/schemas';

/** An automatic backup's name as listAutomatic reports it; the pattern keeps it inside the backups folder. */
export const automaticBackupName = z.string().regex(/^(auto|pre-migration)-[0-9A-Za-z-]{1,64}\.awbackup$/, 'not an automatic backup name');

export const automaticBackupSchema = z.object({
  name: automaticBackupName,
  kind: z.enum(['daily', 'pre-migration']),
  createdAt: z.string(),
  /** Entries outside the Trash when it was made; null for backups older than this field. */
  entries: z.number().int().nonnegative().nullable(),
  sizeBytes: z.number().int().nonnegative(),
});
export type AutomaticBackup = z.infer<typeof automaticBackupSchema>;

/** The folder a restore moved the replaced journal into (see core/backup/swapJournal.ts). */
export const replacedName = z.string().regex(/^replaced-[0-9A-Za-z-]{1,80}$/, 'not the name of a replaced journal');

/** Only check the backup and say what restoring it would do; nothing changes. */
const preview = { preview: z.boolean().optional() };

/** What a restore did, or (preview) would do: the backup's date and entries, the journal it replaces, and where that one is kept. */
export const restoreOutcomeSchema = z.object({
  createdAt: z.string(),
  entries: z.number().int().nonnegative(),
  /** Entries outside the Trash in the journal being replaced; null when it cannot be opened (locked or damaged). */
  currentEntries: z.number().int().nonnegative().nullable(),
  /** Where the replaced journal now is, for Undo restore; null on a preview, or when the folder held no journal. */
  replaced: replacedName.nullable(),
});
export type RestoreOutcome = z.infer<typeof restoreOutcomeSchema>;

export const backupMethods = {
  'backup.create': { input: none, output: fileOnDiskSchema },
  'backup.restore': {
    input: z.union([
      z.object({ passphrase: anyPassphrase, file: uploadedFile, ...preview }).strict(),
      z.object({ recoveryCode, file: uploadedFile, ...preview }).strict(),
    ]),
    output: restoreOutcomeSchema,
  },
  'backup.listAutomatic': { input: none, output: z.object({ items: z.array(automaticBackupSchema) }) },
  'backup.restoreAutomatic': {
    input: z.union([
      z.object({ name: automaticBackupName, passphrase: anyPassphrase, ...preview }).strict(),
      z.object({ name: automaticBackupName, recoveryCode, ...preview }).strict(),
    ]),
    output: restoreOutcomeSchema,
  },
  /**
   * Puts back the journal a restore replaced; the restored one is kept aside in turn. The secret then unlocks it:
   * when it is not that journal's, the journal stays locked (`unlocked: false`) for the writer to unlock.
   */
  'backup.undoRestore': {
    input: z.union([
      z.object({ replaced: replacedName, passphrase: anyPassphrase }).strict(),
      z.object({ replaced: replacedName, recoveryCode }).strict(),
    ]),
    output: z.object({ unlocked: z.boolean(), replaced: replacedName.nullable() }),
  },
};
