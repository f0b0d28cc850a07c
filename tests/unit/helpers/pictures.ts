// Test pictures made with sharp: a photo carrying a GPS position, a text marker in its EXIF and an orientation, like a phone's.
import sharp from 'sharp';

export const EXIF_MARKER = 'AFTERWORD-EXIF-MARKER-5b1e';

/** A width×height JPEG whose EXIF says "rotate 90°" (orientation 6), names EXIF_MARKER and a GPS position. */
export async function phonePhoto(width = 400, height = 300, colour = { r: 200, g: 80, b: 40 }): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { ImageDescription: EXIF_MARKER, Make: 'TestPhone' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 31/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '13/1 24/1 0/1' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

export async function pngPicture(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 10, g: 120, b: 200, alpha: 1 } } })
    .png()
    .toBuffer();
}
