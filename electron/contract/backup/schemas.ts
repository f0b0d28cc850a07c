// Input and output schemas of backup.* methods.
import { z } from 'zod';
import { filePayloadSchema, uploadedFile } from '../files';
import { none, ok } from '../shared';
import { anyPassphrase, recoveryCode } from '../vault/schemas';

/** An automatic backup's name as listAutomatic reports it; the pattern keeps it inside the backups folder. */
export const automaticBackupName = z.string().regex(/^(auto|pre-migration)-[0-9A-Za-z-]{1,64}\.awbackup$/, 'not an automatic backup name');

export const automaticBackupSchema = z.object({
  name: automaticBackupName,
  kind: z.enum(['daily', 'pre-migration']),
  createdAt: z.string(),
  sizeBytes: z.number().int().nonnegative(),
});
export type AutomaticBackup = z.infer<typeof automaticBackupSchema>;

export const backupMethods = {
  'backup.create': { input: none, output: filePayloadSchema },
  'backup.restore': {
    input: z.union([
      z.object({ passphrase: anyPassphrase, file: uploadedFile }).strict(),
      z.object({ recoveryCode, file: uploadedFile }).strict(),
    ]),
    output: ok,
  },
  'backup.listAutomatic': { input: none, output: z.object({ items: z.array(automaticBackupSchema) }) },
  'backup.restoreAutomatic': {
    input: z.union([
      z.object({ name: automaticBackupName, passphrase: anyPassphrase }).strict(),
      z.object({ name: automaticBackupName, recoveryCode }).strict(),
    ]),
    output: ok,
  },
};
