// Reads a file answer core left sealed on disk (export.json) the way a shell does: decrypted, then the sealed file deleted.
import { Writable } from 'node:stream';
import type { FileBytes, FileOnDisk } from '../../../electron/contract';
import { streamSealedFile } from '../../../electron/shell/sealedFile';

export async function answerBytes(file: FileOnDisk): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await streamSealedFile(file.sealed, sink);
  return new Uint8Array(Buffer.concat(chunks));
}

export async function answerJson(file: FileOnDisk): Promise<any> {
  return JSON.parse(Buffer.from(await answerBytes(file)).toString('utf8'));
}

/** A file answer as the bytes the person gets (the sealed file read and deleted), for tests that look inside it. */
export async function asFileBytes(answer: FileOnDisk | Promise<FileOnDisk>): Promise<FileBytes> {
  const { fileName, mimeType, ...file } = await answer;
  return { fileName, mimeType, data: await answerBytes({ fileName, mimeType, ...file }) };
}
