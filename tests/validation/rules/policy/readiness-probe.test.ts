import { at, change, DEPLOYMENT } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// Policy rules: errors for the example set, warnings for loose files (a valid manifest must still exit 0).

const noProbe = change(
  DEPLOYMENT,
  '          readinessProbe:\n            httpGet:\n              path: /\n              port: http\n',
  '',
);
testRule({
  rule: 'policy/readiness-probe',
  accept: [
    { code: DEPLOYMENT },
    {
      code: change(
        noProbe,
        '          ports:\n            - name: http\n              containerPort: 8080\n              protocol: TCP\n',
        '',
      ),
      description: 'a container without ports',
    },
  ],
  reject: [
    { code: noProbe, ...at(noProbe, 'nginx\n'), message: '"nginx"' },
    { code: noProbe, mode: 'loose', ...at(noProbe, 'nginx\n'), severity: 'warning' },
  ],
});
