// Shared by both shells: the file a decoded URL path names inside the renderer build folder, or null when it would step outside.
import path from 'node:path';

/** `decodedPath` is already percent-decoded: decoding can produce "../" or "\" (%2e%2e%2f, %5c), so containment is checked after it. */
export function fileInsideRoot(rootDir: string, decodedPath: string): string | null {
  if (decodedPath.includes('\0')) return null;
  const relative = decodedPath === '/' || decodedPath === '' ? 'index.html' : decodedPath.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, relative);
  const inside = path.relative(root, filePath);
  return inside === '' || inside.split(path.sep)[0] === '..' || path.isAbsolute(inside) ? null : filePath;
}
