// Contract handlers for attachments.*: add a picture (re-encoded, deduplicated), read one back, the journal's size.
import path from 'node:path';
import type { HandlerMap } from '../dispatch/handler';
import { uploadBytes } from '../files/uploadReader';
import { SettingsRepository } from '../settings/settingsRepository';
import { AttachmentsRepository } from './attachmentsRepository';
import { preparePicture } from './preparePicture';

export const attachmentsHandlers: HandlerMap<'attachments.put' | 'attachments.get' | 'attachments.usage'> = {
  'attachments.put': async ({ file }, { vault }) => {
    const { pictureMaxEdge } = new SettingsRepository(vault.database()).read();
    const picture = await preparePicture(uploadBytes(file, path.dirname(vault.databasePath)), pictureMaxEdge);
    // The journal may have locked while sharp worked; database() then answers LOCKED rather than writing.
    const { added: _added, ...info } = new AttachmentsRepository(vault.database()).put(picture);
    return info;
  },
  'attachments.get': ({ id }, { vault }) => new AttachmentsRepository(vault.database()).get(id),
  'attachments.usage': (_input, { vault }) => new AttachmentsRepository(vault.database()).usage(),
};
