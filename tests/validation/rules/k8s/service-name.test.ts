import { at, change, SERVICE } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// API server rules (pkg/apis/core/validation, pkg/apis/apps/validation, apimachinery validation).

const digitService = change(SERVICE, 'name: web', 'name: 1web');
const dottedService = change(SERVICE, 'name: web', 'name: web.v2');
testRule({
  rule: 'k8s/service-name',
  accept: [{ code: SERVICE }, { code: change(SERVICE, 'name: web', 'name: web-2') }],
  reject: [
    { code: digitService, ...at(digitService, '1web'), message: 'RFC 1035 label' },
    { code: dottedService, ...at(dottedService, 'web.v2') },
  ],
});
