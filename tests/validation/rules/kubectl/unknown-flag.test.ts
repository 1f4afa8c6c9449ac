import { sh } from '../../support/command-files.ts';
import { testRule } from '../../support/test-rule.ts';

testRule({
  rule: 'kubectl/unknown-flag',
  accept: [{ code: 'kubectl -n demo get svc -o wide --show-labels\nkubectl port-forward --address 0.0.0.0 service/web 8080\n', ...sh }],
  reject: [
    {
      code: 'kubectl get svc --nmespace demo\n',
      ...sh,
      line: 1,
      column: 17,
      messageId: 'kubectl/unknown-flag.suggest',
      message: '--namespace',
    },
    { code: 'kubectl expose deployment web --prot 8080\n', ...sh, line: 1, column: 31, message: '--port' },
    { code: 'kubectl get pods -z\n', ...sh, line: 1, column: 18, messageId: 'kubectl/unknown-flag' },
    { code: 'kubectl get pods -wz\n', ...sh, line: 1, column: 18, description: 'an unknown shorthand grouped after a bool one' },
  ],
});
