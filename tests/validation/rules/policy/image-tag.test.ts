import { at, change, DEPLOYMENT } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// Policy rules: errors for the example set, warnings for loose files (a valid manifest must still exit 0).

const latest = change(DEPLOYMENT, ':1.29.3-alpine', ':latest');
const untagged = change(DEPLOYMENT, ':1.29.3-alpine', '');
testRule({
  rule: 'policy/image-tag',
  accept: [
    { code: DEPLOYMENT },
    {
      code: change(DEPLOYMENT, ':1.29.3-alpine', '@sha256:0000000000000000000000000000000000000000000000000000000000000000'),
      description: 'a digest',
    },
    {
      code: change(DEPLOYMENT, 'nginxinc/nginx-unprivileged:1.29.3-alpine', 'registry.local:5000/nginx:1.29'),
      description: 'a registry port is not a tag',
    },
  ],
  reject: [
    { code: latest, ...at(latest, 'nginxinc/'), messageId: 'policy/image-tag' },
    { code: untagged, ...at(untagged, 'nginxinc/'), messageId: 'policy/image-tag.missing' },
    {
      code: change(DEPLOYMENT, 'nginxinc/nginx-unprivileged:1.29.3-alpine', 'registry.local:5000/nginx'),
      line: 26,
      column: 18,
      messageId: 'policy/image-tag.missing',
      description: 'a registry port without a tag',
    },
  ],
});
