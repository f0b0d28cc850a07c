// A zip written as it is made: fflate lays out the archive, Node's zlib (native code) compresses each file and sums its CRC.
import { deflateRawSync, crc32 } from 'node:zlib';
import { Zip, ZipPassThrough, type AsyncFlateStreamHandler, type ZipInputFile } from 'fflate';

/**
 * Measured on 10,000 entries' text (45 MB): fflate's deflate, in JavaScript, was 60% of export.markdown's time and churned its
 * worker's heap; zlib at level 6 took 1.7 s of CPU, at level 4 1.2 s for a file 2% larger.
 */
const TEXT_LEVEL = 4;

/**
 * One whole file as the ZipInputFile fflate's Zip asks for (its size and CRC known before its data). It must not hold the data:
 * the Zip keeps a copy of every file's own properties until the archive ends, and at 50,000 entries that was every text again.
 */
class DeflatedFile implements ZipInputFile {
  readonly compression = 8;
  readonly size: number;
  readonly crc: number;
  ondata?: AsyncFlateStreamHandler;

  constructor(
    readonly filename: string,
    readonly mtime: Date,
    data: Uint8Array,
  ) {
    this.size = data.byteLength;
    this.crc = crc32(data);
  }

  /** Called with the same data once the Zip has taken the file (and set `ondata`). */
  write(data: Uint8Array): void {
    this.ondata!(null, deflateRawSync(data, { level: TEXT_LEVEL }), true);
  }
}

export interface ZipStream {
  /** A folder entry, as zipSync wrote one for each folder. */
  folder(name: string): void;
  /** A file to compress (text). */
  file(name: string, data: Uint8Array): void;
  /** A file kept as it is: pictures are compressed already, and deflating them again costs time and saves nothing. */
  stored(name: string, data: Uint8Array): void;
  end(): void;
}

/** Each file is handed to `write` as soon as it is added: the archive is never held whole. */
export function zipStream(now: Date, write: (chunk: Uint8Array) => void): ZipStream {
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    write(chunk);
  });
  const passThrough = (name: string, data: Uint8Array) => {
    const file = new ZipPassThrough(name);
    file.mtime = now;
    zip.add(file);
    file.push(data, true);
  };
  return {
    folder: (name) => passThrough(`${name}/`, new Uint8Array(0)),
    file(name, data) {
      const file = new DeflatedFile(name, now, data);
      zip.add(file);
      file.write(data);
    },
    stored: passThrough,
    end: () => zip.end(),
  };
}
