import type { Report } from '../types.ts';

/** The report as JSON (the `Report` type), for tools. */
export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
