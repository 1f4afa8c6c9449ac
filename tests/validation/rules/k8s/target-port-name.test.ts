import { at, change, SERVICE, withApp } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// Cross-file rules: they look at the whole set of files validated together (errors for the example set, warnings for
// loose files).

const wrongName = change(SERVICE, 'targetPort: http', 'targetPort: web');
testRule({
  rule: 'k8s/target-port-name',
  accept: [
    { code: SERVICE, with: withApp },
    { code: change(SERVICE, 'targetPort: http', 'targetPort: 8080'), with: withApp },
  ],
  reject: [
    { code: wrongName, with: withApp, ...at(wrongName, 'targetPort: web', 12), message: 'Deployment web (deployment.yaml)' },
    { code: wrongName, with: withApp, mode: 'loose', ...at(wrongName, 'targetPort: web', 12), severity: 'warning' },
  ],
});
