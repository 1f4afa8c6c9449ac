import type { Problem, Report } from '../types.ts';

/**
 * GitHub Actions workflow commands, one per problem, which the runner turns into annotations on the changed lines:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`. Escaping as the runner's own toolkit
 * (@actions/core `issueCommand`) does it: `%`, CR and LF in the message; also `:` and `,` in property values.
 */
export function formatGithub(report: Report): string {
  const lines = report.problems.map(annotation);
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  lines.push(`${report.files} file(s), ${report.resources} resource(s): ${errors} error(s), ${report.problems.length - errors} warning(s)`);
  return `${lines.join('\n')}\n`;
}

function annotation(p: Problem): string {
  const properties: [string, string | number][] = [
    ['file', p.file],
    ['line', p.line],
  ];
  const sameLine = p.endLine === undefined || p.endLine === p.line;
  // Columns only make sense on one line (the checks API ignores them otherwise); endColumn there is inclusive.
  if (sameLine) properties.push(['col', p.column]);
  if (p.endLine !== undefined) properties.push(['endLine', p.endLine]);
  if (sameLine && p.endColumn !== undefined && p.endColumn > p.column) properties.push(['endColumn', p.endColumn - 1]);
  properties.push(['title', p.ruleId]);
  const details = [
    p.path ? `at: ${p.path}` : '',
    p.expected !== undefined ? `expected: ${p.expected}` : '',
    p.found !== undefined ? `found: ${p.found}` : '',
  ];
  const message = [p.message, ...details.filter(Boolean)].join('\n');
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${p.severity} ${props}::${escapeData(message)}`;
}

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
