import { formatMessage } from '../messages/index.ts';
import type { Lang, Report } from '../types.ts';

/**
 * Compiler-style text: a header with the Kubernetes version, one line per problem
 * (`path:line:col: error <rule-id>: message`, then indented `at`/`expected`/`found` details), and a summary line.
 */
export function formatText(report: Report, options: { lang?: Lang; details?: boolean } = {}): string {
  const lang = options.lang ?? 'en';
  const details = options.details ?? true;
  const lines = [formatMessage(lang, 'report.header', { version: report.kubernetesVersion })];
  for (const p of report.problems) {
    lines.push(`${p.file}:${p.line}:${p.column}: ${p.severity} ${p.ruleId}: ${p.message}`);
    if (!details) continue;
    if (p.path) lines.push(`    at: ${p.path}`);
    if (p.expected !== undefined) lines.push(`    expected: ${p.expected}`);
    if (p.found !== undefined) lines.push(`    found: ${p.found}`);
  }
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  const warnings = report.problems.length - errors;
  lines.push(formatMessage(lang, 'report.summary', { files: report.files, resources: report.resources, errors, warnings }));
  return `${lines.join('\n')}\n`;
}
