import { SERVICE } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// A problem of the reading and parsing stages.

testRule({
  rule: 'file/unsupported',
  accept: [
    { code: SERVICE, file: 'x.yml' },
    { code: '# notes', file: 'README.md', description: 'Markdown is documentation, skipped' },
  ],
  reject: [{ code: 'hello', file: 'notes.txt', line: 1, column: 1 }],
});
