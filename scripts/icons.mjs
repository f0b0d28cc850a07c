// Rasterises resources/icon.svg into the PNG sizes the installers need (resources/icons/, not committed): Linux takes
// the folder of NxN.png files; electron-builder makes macOS's .icns and Windows's .ico from the 1024 px one.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sharp from 'sharp';

export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

export async function rasteriseIcons(svgFile, outputDir) {
  mkdirSync(outputDir, { recursive: true });
  const written = [];
  for (const size of ICON_SIZES) {
    const file = path.join(outputDir, `${size}x${size}.png`);
    await sharp(svgFile, { density: Math.max(72, Math.ceil((72 * size) / 1024) * 4) })
      .resize(size, size)
      .png()
      .toFile(file);
    written.push(file);
  }
  return written;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runDirectly = process.argv[1] !== undefined && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url;
if (runDirectly) {
  const files = await rasteriseIcons(path.join(root, 'resources', 'icon.svg'), path.join(root, 'resources', 'icons'));
  process.stdout.write(`Icons: ${files.length} sizes in resources/icons/\n`);
}
