// Reads a file answer core left sealed on disk (export.json) the way a shell does: decrypted, then the sealed file deleted.
import { Writable } from 'node:stream';
import type { FileOnDisk } from '../../../electron/contract';
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
