// Test helpers: read a PDF back with poppler-utils (pdfinfo, pdffonts, pdftotext, pdftoppm).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function writeTempPdf(data: Uint8Array, name = 'export.pdf'): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'afterword-pdf-')), name);
  writeFileSync(file, data);
  return file;
}

export interface PdfInfo {
  pages: number;
  /** Page size in points, e.g. [595.28, 841.89] for A4. */
  pageSize: [number, number];
}

export function pdfInfo(file: string): PdfInfo {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out);
  return { pages: Number(/Pages:\s+(\d+)/.exec(out)?.[1]), pageSize: [Number(size?.[1]), Number(size?.[2])] };
}

export interface PdfFont {
  name: string;
  embedded: boolean;
}

export function pdfFonts(file: string): PdfFont[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  // Columns: name type encoding emb sub uni object ID; the name has no spaces, the type may ("CID TrueType").
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/);
    return { name: columns[0]!, embedded: columns[columns.length - 5] === 'yes' };
  });
}

export function pdfText(file: string, pages?: { first: number; last: number }): string {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  return execFileSync('pdftotext', [...range, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

/** Renders one page to PNG (for a person to look at while tuning the stylesheet); returns the file path. */
export function renderPage(file: string, page: number, outStem: string): string {
  execFileSync('pdftoppm', ['-png', '-r', '100', '-f', String(page), '-l', String(page), '-singlefile', file, outStem]);
  return `${outStem}.png`;
}
