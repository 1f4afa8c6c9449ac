import { describe, expect, it } from 'vitest';
import { validateFiles } from '../../../../src/validation/engine.ts';
import { exampleFiles, sh } from '../../support/command-files.ts';
import { testRule } from '../../support/test-rule.ts';

testRule({
  rule: 'kubectl/file-not-found',
  accept: [
    {
      code: 'kubectl apply -f demo/service.yaml\nkubectl apply -f demo/\nkubectl apply -f https://example.github.io/site/examples/demo/deployment.yaml\ncat x.yaml | kubectl apply -f -\n',
      ...sh,
      knownFiles: exampleFiles,
    },
  ],
  reject: [
    { code: 'kubectl apply -f demo/servise.yaml\n', ...sh, knownFiles: exampleFiles, line: 1, column: 18, message: 'demo/servise.yaml' },
    {
      code: 'kubectl apply -f https://example.com/service.yaml\n',
      ...sh,
      knownFiles: exampleFiles,
      line: 1,
      column: 18,
      messageId: 'kubectl/file-not-found.url',
    },
    { code: 'kubectl diff --filename=demo/missing.yaml\n', ...sh, knownFiles: exampleFiles, line: 1, column: 14 },
    {
      code: 'kubectl apply -f demo/servise.yaml\n',
      ...sh,
      knownFiles: exampleFiles,
      mode: 'loose',
      line: 1,
      column: 18,
      severity: 'warning',
    },
  ],
});

describe('kubectl/file-not-found with the CLI', () => {
  it('accepts, for loose files only, a path that exists from the working directory', async () => {
    const code = 'kubectl apply -f package.json\n';
    const loose = await validateFiles([{ name: 'x.sh', text: code }], { mode: 'loose', fileExists: (p) => p === 'package.json' });
    expect(loose.problems.filter((p) => p.ruleId === 'kubectl/file-not-found')).toEqual([]);
    const set = await validateFiles([{ name: 'x.sh', text: code }], { mode: 'example-set', fileExists: (p) => p === 'package.json' });
    expect(set.problems.filter((p) => p.ruleId === 'kubectl/file-not-found')).toMatchObject([{ line: 1, column: 18, severity: 'error' }]);
  });
});
