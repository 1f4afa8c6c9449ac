import { CRD, WIDGET, widget, withCrd } from '../../support/crd-fixtures.ts';
import { at, change } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// Custom resources validated against their CRD: a CEL rule the validator cannot run is said, never passed silently.

const unimplemented = change(CRD, 'rule: isIP(self)', 'rule: ip(self).family() == 4');
const tooBig = widget('size: 10', 'size: 101');
const typo = widget('  owner: team-a', '  ownr: team-a');
testRule({
  rule: 'k8s/cel-not-evaluated',
  accept: [
    { code: WIDGET, with: withCrd },
    { code: tooBig, with: withCrd, description: 'a maximum exceeded does not block the rules' },
  ],
  reject: [
    {
      code: WIDGET,
      with: [{ name: 'widget-crd.yaml', text: unimplemented }],
      ...at(WIDGET, '192.0.2.10'),
      severity: 'warning',
      message: 'not evaluated',
      description: 'a rule that calls a function the validator lacks (ip())',
    },
    {
      code: typo,
      with: withCrd,
      line: 1,
      column: 1,
      messageId: 'k8s/cel-not-evaluated.blocked',
      severity: 'warning',
      description: 'rules blocked by an unknown field, as the API server blocks them',
    },
  ],
});
