import { sh } from '../../support/command-files.ts';
import { testRule } from '../../support/test-rule.ts';

testRule({
  rule: 'kubectl/output-format',
  accept: [
    {
      code: "kubectl get svc -o wide\nkubectl get svc -o jsonpath='{.items[*].metadata.name}'\nkubectl get svc -ocustom-columns=NAME:.metadata.name\nkubectl expose deployment web --port 8080 --dry-run=client -o yaml\n",
      ...sh,
    },
  ],
  reject: [
    { code: 'kubectl get svc -o wyde\n', ...sh, line: 1, column: 20 },
    { code: 'kubectl get svc -o jsonpath\n', ...sh, line: 1, column: 20, messageId: 'kubectl/output-format.argument' },
    { code: 'kubectl expose deployment web --port 8080 -o wide\n', ...sh, line: 1, column: 46, description: 'expose has no wide output' },
    { code: 'kubectl get svc --output=yaml=x\n', ...sh, line: 1, column: 17, messageId: 'kubectl/output-format.no-argument' },
  ],
});
