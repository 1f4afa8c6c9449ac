import { sh } from '../../support/command-files.ts';
import { testRule } from '../../support/test-rule.ts';

testRule({
  rule: 'sh/placeholder',
  accept: [
    { code: 'kubectl get svc frontend -o yaml > service.yaml\n', ...sh },
    { code: '# kubectl edit svc <Service名>\n', ...sh, description: 'in a comment' },
  ],
  reject: [
    { code: 'kubectl edit svc <Service名>\n', ...sh, line: 1, column: 18, message: '<Service名>' },
    { code: 'kubectl get svc <name> -o yaml\n', ...sh, line: 1, column: 17 },
  ],
});
