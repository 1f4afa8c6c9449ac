import { sh } from '../../support/command-files.ts';
import { testRule } from '../../support/test-rule.ts';

testRule({
  rule: 'kubectl/resource-name',
  accept: [
    { code: 'kubectl get svc web\nkubectl logs deployment/web\n', ...sh },
    {
      code: 'kubectl get clusterrole system:kube-dns-autoscaler\nkubectl describe rolebinding/ReadSecrets -n demo\nkubectl create role PodReader --verb=get --resource=pods\n',
      ...sh,
      description: 'RBAC names are path segments (colons, capitals)',
    },
  ],
  reject: [
    { code: 'kubectl port-forward service/ 8080\n', ...sh, line: 1, column: 22 },
    { code: 'kubectl get svc Web_1\n', ...sh, line: 1, column: 17 },
    {
      code: 'kubectl get svc web.v2\n',
      ...sh,
      line: 1,
      column: 17,
      message: 'RFC 1035',
      description: 'a Service name is a DNS-1035 label',
    },
    { code: 'kubectl get configmap system:x\n', ...sh, line: 1, column: 23, description: "':' outside RBAC kinds" },
  ],
});
