import { at, change, SERVICE, withApp, withNamespace } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// Cross-file rules: they look at the whole set of files validated together (errors for the example set, warnings for
// loose files).

const lonelyService = change(SERVICE, 'app: web', 'app: api');
testRule({
  rule: 'k8s/service-selects-nothing',
  accept: [
    { code: SERVICE, with: withApp },
    { code: change(SERVICE, '  selector:\n    app: web\n', ''), description: 'a Service without selector' },
  ],
  reject: [
    { code: lonelyService, with: withApp, ...at(lonelyService, 'app: api'), message: 'app=api' },
    {
      code: SERVICE,
      with: withNamespace,
      mode: 'loose',
      ...at(SERVICE, 'app: web'),
      severity: 'warning',
      description: 'a loose file: only a warning',
    },
    {
      code: change(SERVICE, 'namespace: demo', 'namespace: other'),
      with: withApp,
      line: 9,
      column: 5,
      description: 'Pods in another namespace do not count',
    },
  ],
});
