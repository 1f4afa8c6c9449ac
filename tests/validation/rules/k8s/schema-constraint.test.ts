import { widget, withCrd } from '../../support/crd-fixtures.ts';
import { at } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// Custom resources validated against their CRD (a file of the same run).

const tooBig = widget('size: 10', 'size: 101');
const longName = widget('name: gizmo', 'name: gizmogadget');
const upperName = widget('name: gizmo', 'name: Gizmo');
const manyTags = widget('tags: [small, blue]', 'tags: [a, b, c, d]');
testRule({
  rule: 'k8s/schema-constraint',
  accept: [{ code: widget('size: 10', 'size: 100'), with: withCrd, description: 'the maximum itself' }],
  reject: [
    { code: tooBig, with: withCrd, ...at(tooBig, '101'), message: 'maximum: expected at most 100' },
    { code: longName, with: withCrd, ...at(longName, 'gizmogadget'), message: 'maxLength' },
    { code: upperName, with: withCrd, ...at(upperName, 'Gizmo'), message: 'pattern' },
    { code: manyTags, with: withCrd, ...at(manyTags, '[a, b'), message: 'maxItems' },
  ],
});
