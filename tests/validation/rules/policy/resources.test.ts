import { at, change, DEPLOYMENT } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// Policy rules: errors for the example set, warnings for loose files (a valid manifest must still exit 0).

const noLimits = change(DEPLOYMENT, '            limits:\n              memory: 64Mi\n', '');
const noResources = change(
  DEPLOYMENT,
  '          resources:\n            requests:\n              cpu: 50m\n              memory: 32Mi\n            limits:\n              memory: 64Mi\n',
  '',
);
testRule({
  rule: 'policy/resources',
  accept: [{ code: DEPLOYMENT }],
  reject: [
    { code: noLimits, ...at(noLimits, 'resources'), message: 'limits.memory' },
    { code: noResources, ...at(noResources, 'name: nginx'), message: 'requests.cpu, requests.memory, limits.memory' },
  ],
});
