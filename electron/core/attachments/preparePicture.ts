// Re-encodes a picture on its way into the journal: EXIF orientation applied, every metadata block (GPS above all) dropped, long edge capped.
import type { Sharp } from 'sharp';
import { MAX_PICTURE_BYTES, type AttachmentInfo } from '../../contract/attachments/schemas';
import { AppError } from '../errors/AppError';

export interface PreparedPicture {
  mimeType: AttachmentInfo['mimeType'];
  width: number;
  height: number;
  data: Buffer;
}

/** Loaded with the first picture, not when the journal starts: libvips costs the first unlock ~0.2 s it has no use for. */
const loadSharp = () => import('sharp').then((module) => module.default);

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

const notAPicture = () =>
  new AppError('INVALID_INPUT', 'That file is not a picture Afterword can read. Use a JPEG, PNG, WebP or GIF picture.', {
    reason: 'format',
  });

/** HEIC needs a decoder the platform may lack (sharp's prebuilt one reads AVIF only); say so plainly and how to get around it. */
const heicUnsupported = () =>
  new AppError(
    'UNSUPPORTED',
    'This computer cannot read HEIC pictures. Export the photo as JPEG (Photos: File › Export) and add that instead.',
    {
      reason: 'heic',
    },
  );

const isHeic = (bytes: Uint8Array) => /^ftyp(heic|heix|hevc|hevx|mif1|msf1)/.test(Buffer.from(bytes.subarray(4, 12)).toString('latin1'));

async function readFormat(input: Uint8Array): Promise<{ format: string; pages: number }> {
  const sharp = await loadSharp();
  try {
    const meta = await sharp(input).metadata();
    return { format: meta.format ?? '', pages: meta.pages ?? 1 };
  } catch {
    if (isHeic(input)) throw heicUnsupported();
    throw notAPicture();
  }
}

function encoder(format: string, pages: number): { mimeType: PreparedPicture['mimeType']; encode(image: Sharp): Sharp } | null {
  switch (format) {
    case 'jpeg':
      return { mimeType: 'image/jpeg', encode: (image) => image.jpeg({ quality: 85 }) };
    case 'png':
      return { mimeType: 'image/png', encode: (image) => image.png({ compressionLevel: 9 }) };
    case 'webp':
      return { mimeType: 'image/webp', encode: (image) => image.webp({ quality: 85 }) };
    case 'gif':
      return { mimeType: 'image/gif', encode: (image) => image.gif() };
    // HEIC/AVIF decoded by the platform become JPEG: the page can show JPEG everywhere, not HEIC.
    case 'heif':
      return pages >= 1 ? { mimeType: 'image/jpeg', encode: (image) => image.jpeg({ quality: 85 }) } : null;
    default:
      return null;
  }
}

export async function preparePicture(input: Uint8Array, maxEdge: number): Promise<PreparedPicture> {
  if (input.byteLength > MAX_PICTURE_BYTES) {
    throw new AppError(
      'INVALID_INPUT',
      `That picture is ${megabytes(input.byteLength)}; pictures up to 25 MB can be added. Nothing was added.`,
      {
        reason: 'size',
      },
    );
  }
  if (input.byteLength === 0) throw notAPicture();
  const { format, pages } = await readFormat(input);
  const target = encoder(format, pages);
  if (!target) throw notAPicture();
  const animated = format === 'gif' || format === 'webp';
  const sharp = await loadSharp();
  try {
    // rotate() with no angle applies the EXIF orientation; sharp writes no metadata unless asked (keepMetadata), so EXIF, GPS and XMP are gone.
    const image = sharp(input, { animated, failOn: 'error' })
      .rotate()
      .resize({ width: maxEdge, height: maxEdge, fit: 'inside', withoutEnlargement: true });
    const { data, info } = await target.encode(image).toBuffer({ resolveWithObject: true });
    const height = animated && info.pageHeight ? info.pageHeight : info.height;
    return { mimeType: target.mimeType, width: info.width, height, data };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('INVALID_INPUT', 'That picture is damaged or incomplete, so it could not be added.', { reason: 'decode' });
  }
}
