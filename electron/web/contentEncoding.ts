// Which precompressed copy of a static file to send: brotli, then gzip, as the browser's Accept-Encoding allows (q=0 refuses).

export type StaticEncoding = 'br' | 'gzip';

const EXTENSION: Record<StaticEncoding, string> = { br: '.br', gzip: '.gz' };

/** The encodings to try, best first; empty when the browser accepts neither. */
export function acceptedEncodings(header: string | string[] | undefined): StaticEncoding[] {
  const accepted = new Set<string>();
  for (const part of (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name && (q === undefined || Number(q) > 0)) accepted.add(name);
  }
  return (['br', 'gzip'] as const).filter((encoding) => accepted.has(encoding) || accepted.has('*'));
}

export const encodedPath = (file: string, encoding: StaticEncoding) => file + EXTENSION[encoding];
