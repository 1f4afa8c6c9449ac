import { change, POD } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// API server rules (pkg/apis/core/validation, pkg/apis/apps/validation, apimachinery validation).

const twoMounts = change(
  POD,
  '          mountPath: /data\n',
  '          mountPath: /data\n        - name: data\n          mountPath: /data\n',
);
const twoPortNames = change(
  POD,
  '          containerPort: 8080\n',
  '          containerPort: 8080\n        - name: http\n          containerPort: 8081\n',
);
testRule({
  rule: 'k8s/duplicate-container-field',
  accept: [
    { code: POD },
    {
      code: change(
        twoMounts,
        '          mountPath: /data\n        - name: data\n          mountPath: /data',
        '          mountPath: /data\n        - name: data\n          mountPath: /cache',
      ),
      description: 'one volume at two paths',
    },
  ],
  reject: [
    { code: twoMounts, line: 19, column: 22, messageId: 'k8s/duplicate-container-field.mount-path' },
    { code: twoPortNames, line: 15, column: 17, messageId: 'k8s/duplicate-container-field.port-name' },
  ],
});
