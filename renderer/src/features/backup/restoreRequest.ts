// A restore as the writer asked for it (a file or an automatic backup, and its secret), checked first with `preview`.
import type { ApiInput, RestoreOutcome, Result } from '../../contract';
import { apiCall } from '../../data/useContract';

export type RestoreProof = { passphrase: string } | { recoveryCode: string };

export type RestoreRequest =
  { method: 'backup.restore'; proof: RestoreProof; file?: Blob } | { method: 'backup.restoreAutomatic'; proof: RestoreProof; name: string };

/** A checked backup, waiting for the writer to confirm: what restoring it would do. */
export interface RestorePreview {
  request: RestoreRequest;
  preview: RestoreOutcome;
}

/** A restore that happened: what it did, and the secret that was used (tried first when the writer undoes it). */
export interface RestoreDone {
  outcome: RestoreOutcome;
  proof: RestoreProof;
}

export function restoreInput(request: RestoreRequest, preview: boolean) {
  const flag = preview ? { preview: true } : {};
  if (request.method === 'backup.restoreAutomatic') {
    return { method: request.method, input: { name: request.name, ...request.proof, ...flag } as ApiInput<'backup.restoreAutomatic'> };
  }
  return {
    method: request.method,
    input: { ...request.proof, ...(request.file ? { file: request.file } : {}), ...flag } as ApiInput<'backup.restore'>,
  };
}

/**
 * Checks the backup and counts its entries, changing nothing. Called directly, not as a mutation: a preview must not drop
 * the cache of the journal that is still open.
 */
export function previewRestore(request: RestoreRequest): Promise<Result<RestoreOutcome>> {
  const { method, input } = restoreInput(request, true);
  return method === 'backup.restore'
    ? apiCall('backup.restore', input as ApiInput<'backup.restore'>)
    : apiCall('backup.restoreAutomatic', input as ApiInput<'backup.restoreAutomatic'>);
}

/** What the journal screen says when it opens after a restore (with Undo restore), or after the restore was undone. */
export type AfterRestore = { restored: RestoreDone } | { undone: true };
