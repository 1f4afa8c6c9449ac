import { at, change, DEPLOYMENT, POD } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// API server rules (pkg/apis/core/validation, pkg/apis/apps/validation, apimachinery validation).

const noImage = change(POD, '      image: busybox:1.37\n', '');
const emptyImage = change(POD, 'image: busybox:1.37', 'image: ""');
const spacedImage = change(POD, 'image: busybox:1.37', 'image: " busybox:1.37"');
const templateNoImage = change(DEPLOYMENT, '          image: nginxinc/nginx-unprivileged:1.29.3-alpine\n', '');
testRule({
  rule: 'k8s/container-image',
  accept: [{ code: POD }, { code: DEPLOYMENT }],
  reject: [
    { code: noImage, line: 7, column: 7, message: 'needs an image', severity: 'error', description: 'a Pod container without image' },
    { code: emptyImage, ...at(emptyImage, '""'), severity: 'error', description: 'an empty image' },
    { code: spacedImage, ...at(spacedImage, '" busybox'), messageId: 'k8s/container-image.whitespace' },
    {
      code: templateNoImage,
      line: 25,
      column: 11,
      messageId: 'k8s/container-image.template',
      severity: 'warning',
      description: 'a Deployment template without image (accepted, its Pods are not)',
    },
  ],
});
