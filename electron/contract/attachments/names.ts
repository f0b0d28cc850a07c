// attachments.* method names (dependency-free, for the preload).
export const attachmentsMethodNames = ['attachments.put', 'attachments.get', 'attachments.usage'] as const;

/**
 * Methods that take bytes the renderer already holds (a pasted, dropped or picked picture), not a file main picks:
 * the web host reads them from the request body like any file-taking method; Electron passes them through as they are.
 */
export const attachmentsBytesInputMethods = ['attachments.put'] as const;

/** Methods whose answer is bytes for the page itself (shown through a blob: URL), never a download or a save dialog. */
export const attachmentsBytesResultMethods = ['attachments.get'] as const;
