import { at, change, SERVICE, withNamespace } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// Cross-file rules: they look at the whole set of files validated together (errors for the example set, warnings for
// loose files).

testRule({
  rule: 'k8s/namespace-exists',
  accept: [
    { code: SERVICE, with: withNamespace },
    { code: change(SERVICE, 'namespace: demo', 'namespace: kube-system') },
    { code: change(SERVICE, '  namespace: demo\n', ''), description: 'no namespace (default)' },
    { code: SERVICE, with: [{ name: 'ns.sh', text: 'kubectl create namespace demo\n' }], description: 'a namespace created by a command' },
  ],
  reject: [
    { code: SERVICE, ...at(SERVICE, 'demo'), message: '"demo"' },
    { code: SERVICE, mode: 'loose', ...at(SERVICE, 'demo'), severity: 'warning' },
  ],
});
