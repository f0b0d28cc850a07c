// Schema v3: every stored document checked against the contract's document schema; bad ones repaired or quarantined, originals kept.
import { repairStoredDocuments } from '../../documents/repairStoredDocuments';
import type { Migration } from './index';

export const m0003DocumentCheck: Migration = {
  version: 3,
  name: 'document-check',
  up(db) {
    repairStoredDocuments(db);
  },
};
