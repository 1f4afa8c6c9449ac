import { describe, expect, it } from 'vitest';
import { validateFiles } from '../../../../src/validation/engine.ts';
import { sh } from '../../support/command-files.ts';
import { testRule } from '../../support/test-rule.ts';

testRule({
  rule: 'kubectl/resource-type',
  accept: [
    {
      code: 'kubectl get svc,deploy -n demo\nkubectl get services\nkubectl get deployments.apps web\nkubectl describe networkpolicy\nkubectl port-forward svc/web 8080\nkubectl get all -n demo\n',
      ...sh,
    },
    {
      code: 'kubectl label namespace demo pod-security.kubernetes.io/enforce=restricted\nkubectl label namespace demo team-\n',
      ...sh,
      description: 'label arguments',
    },
  ],
  reject: [
    { code: 'kubectl get servics\n', ...sh, line: 1, column: 13, messageId: 'kubectl/resource-type.suggest', message: '"services"' },
    { code: 'kubectl port-forward srv/web 8080\n', ...sh, line: 1, column: 22 },
    { code: 'kubectl get svc,depoy\n', ...sh, line: 1, column: 13, description: 'one of a comma list' },
    { code: 'kubectl get servics web\n', ...sh, line: 1, column: 13, description: 'reported once, not again for the name' },
  ],
});

describe('kubectl/resource-type reports an unknown type once', () => {
  it('does not read the name after it as another type', async () => {
    const report = await validateFiles([{ name: 'x.sh', text: 'kubectl get servics web\n' }], { mode: 'loose' });
    expect(report.problems.filter((p) => p.ruleId.startsWith('kubectl/resource')).map((p) => `${p.ruleId}@${p.column}`)).toEqual([
      'kubectl/resource-type@13',
    ]);
  });
});
