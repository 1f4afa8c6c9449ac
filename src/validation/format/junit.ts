import type { Problem, Report } from '../types.ts';

/**
 * JUnit XML, which CI systems (GitLab, Jenkins, Azure Pipelines) show as test results: one test suite per file with
 * problems, one test case per problem. Errors are failures; warnings pass, with the warning as the case's output, so
 * a report with only warnings is green as the exit code is. A report without problems is one passing case.
 */
export function formatJunit(report: Report): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of report.problems) {
    const list = byFile.get(p.file) ?? [];
    list.push(p);
    byFile.set(p.file, list);
  }
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  const tests = Math.max(1, report.problems.length);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="validate" tests="${tests}" failures="${errors}" errors="0">`];
  if (byFile.size === 0) {
    out.push(`  <testsuite name="validate" tests="1" failures="0" errors="0" skipped="0">`);
    out.push(`    <testcase name="${attr(`${report.files} file(s), ${report.resources} resource(s)`)}" classname="validate"/>`);
    out.push('  </testsuite>');
  }
  for (const [file, problems] of byFile) {
    const failures = problems.filter((p) => p.severity === 'error').length;
    out.push(`  <testsuite name="${attr(file)}" tests="${problems.length}" failures="${failures}" errors="0" skipped="0">`);
    for (const p of problems) {
      const name = `${p.ruleId} at ${p.line}:${p.column}`;
      const body = [`${p.file}:${p.line}:${p.column}: ${p.severity} ${p.ruleId}: ${p.message}`];
      if (p.path) body.push(`at: ${p.path}`);
      if (p.expected !== undefined) body.push(`expected: ${p.expected}`);
      if (p.found !== undefined) body.push(`found: ${p.found}`);
      out.push(`    <testcase name="${attr(name)}" classname="${attr(file)}">`);
      if (p.severity === 'error')
        out.push(`      <failure type="${attr(p.ruleId)}" message="${attr(p.message)}">${text(body.join('\n'))}</failure>`);
      else out.push(`      <system-out>${text(body.join('\n'))}</system-out>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}

/** Characters XML 1.0 cannot hold at all (controls other than tab, LF, CR; U+FFFE, U+FFFF; lone surrogates) become U+FFFD. */
function clean(value: string): string {
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    const allowed =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      code >= 0x10000;
    out += allowed ? char : '\ufffd';
  }
  return out;
}

function text(value: string): string {
  return clean(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
