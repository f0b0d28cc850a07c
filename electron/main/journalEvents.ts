// Forwards core's events (e.g. vault.locked) to the renderer as the payload alone on the contract's event channel.
import type { WebContents } from 'electron';
import { ipcEventChannel } from '../contract/methodNames';
import type { Journal } from '../core/journal';

export function forwardJournalEvents(journal: Pick<Journal, 'onEvent'>, target: () => WebContents | undefined): () => void {
  return journal.onEvent((event) => {
    const contents = target();
    if (contents && !contents.isDestroyed()) contents.send(ipcEventChannel, event);
  });
}
