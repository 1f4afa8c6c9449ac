import { SERVICE } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// A problem of the reading and parsing stages.

testRule({
  rule: 'k8s/not-an-object',
  accept: [{ code: SERVICE }, { code: '# only a comment\n---\n', description: 'comment-only and empty documents' }],
  reject: [
    { code: '- apiVersion: v1\n  kind: Service\n', line: 1, column: 1 },
    { code: 'apiVersion: v1\nkind: List\nitems:\n  - just a string\n', line: 4, column: 5 },
  ],
});
