// blob: URLs for the journal's pictures, fetched once through attachments.get and dropped (revoked) when the journal locks.
import { api } from '../../../../api/client';

const urls = new Map<string, Promise<string>>();

async function load(id: string): Promise<string> {
  const result = await api['attachments.get']({ id });
  if (!result.ok) throw new Error(result.error.message);
  const { data, mimeType } = result.value;
  return URL.createObjectURL(new Blob([data as Uint8Array<ArrayBuffer>], { type: mimeType }));
}

/** The picture's blob: URL; a failed load is forgotten so the next view tries again. */
export function pictureUrl(id: string): Promise<string> {
  let url = urls.get(id);
  if (!url) {
    url = load(id);
    urls.set(id, url);
    url.catch(() => urls.delete(id));
  }
  return url;
}

/** On lock: no picture stays reachable in memory through a URL. */
export function forgetPictureUrls(): void {
  for (const url of urls.values()) void url.then(URL.revokeObjectURL, () => undefined);
  urls.clear();
}

api.onEvent((event) => {
  if (event.name === 'vault.locked') forgetPictureUrls();
});
