import { WIDGET, widget, withCrd } from '../../support/crd-fixtures.ts';
import { at } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// Custom resources validated against their CRD (a file of the same run).

const duplicateTag = widget('tags: [small, blue]', 'tags: [small, small]');
const duplicateListener = widget('    - name: dns-tcp\n      port: 53\n', '    - name: dns-tcp\n      port: 53\n      protocol: UDP\n');
testRule({
  rule: 'k8s/list-type',
  accept: [{ code: WIDGET, with: withCrd, description: 'same port, different protocol (one of them defaulted)' }],
  reject: [
    { code: duplicateTag, with: withCrd, ...at(duplicateTag, 'small]'), messageId: 'k8s/list-type.set' },
    {
      code: duplicateListener,
      with: withCrd,
      ...at(duplicateListener, 'name: dns-tcp'),
      message: 'port=53, protocol="UDP"',
    },
  ],
});
