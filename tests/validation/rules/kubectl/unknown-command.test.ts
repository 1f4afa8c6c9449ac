import { sh } from '../../support/command-files.ts';
import { testRule } from '../../support/test-rule.ts';

testRule({
  rule: 'kubectl/unknown-command',
  accept: [
    {
      code: 'kubectl expose deployment web --port 8080 -n demo\nkubectl create secret generic db --from-literal=a=b\nkubectl rollout status deployment/web\n',
      ...sh,
    },
  ],
  reject: [
    { code: 'kubectl exposee deployment web\n', ...sh, line: 1, column: 9, message: '"expose"' },
    { code: 'kubectl create secrets generic db\n', ...sh, line: 1, column: 16, messageId: 'kubectl/unknown-command.sub' },
  ],
});
