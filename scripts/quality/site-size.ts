import { readFileSync, statSync } from 'node:fs';
import { filesBelow } from '../../src/validation/files-below.ts';
import { gzipSize } from './js-weight.ts';

export interface SiteSize {
  files: number;
  totalBytes: number;
  htmlBytes: number;
  cssBytes: number;
  /** HTML and CSS, each file gzipped on its own, as served. */
  htmlCssGzipBytes: number;
}

export function siteSize(distDir: string): SiteSize {
  const size: SiteSize = { files: 0, totalBytes: 0, htmlBytes: 0, cssBytes: 0, htmlCssGzipBytes: 0 };
  for (const file of filesBelow(distDir)) {
    const bytes = statSync(file).size;
    size.files += 1;
    size.totalBytes += bytes;
    if (file.endsWith('.html')) size.htmlBytes += bytes;
    if (file.endsWith('.css')) size.cssBytes += bytes;
    if (/\.(html|css)$/.test(file)) size.htmlCssGzipBytes += gzipSize(readFileSync(file));
  }
  return size;
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
