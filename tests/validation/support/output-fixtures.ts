import { change, DEPLOYMENT, NAMESPACE, SERVICE } from './manifests.ts';
import type { RuleCase } from './test-rule.ts';

/**
 * Expected outputs: the example set, commands and `kubectl get svc` tables that the tests of several output/* rules
 * change; `output(out, command)` makes a case of an output and its command file.
 */
export const manifests = [
  { name: 'namespace.yaml', text: NAMESPACE },
  { name: 'deployment.yaml', text: DEPLOYMENT },
  { name: 'service.yaml', text: SERVICE },
  {
    name: 'service-nodeport.yaml',
    text: change(change(SERVICE, 'name: web\n  namespace', 'name: web-nodeport\n  namespace'), 'type: ClusterIP', 'type: NodePort'),
  },
];
export const GET = 'kubectl get svc -n demo\n';
export const WIDE = 'kubectl get services -n demo -o wide\n';
export const TABLE = `NAME          TYPE        CLUSTER-IP      EXTERNAL-IP   PORT(S)          AGE
web           ClusterIP   10.43.216.139   <none>        8080/TCP         114s
web-nodeport  NodePort    10.43.88.201    <none>        8080:30080/TCP   2m56s
`;
export const KUBE = 'kubectl get service kubernetes\n';
export const KUBE_TABLE = `NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE
kubernetes   ClusterIP   10.43.0.1    <none>        443/TCP   12d
`;
export const WIDE_TABLE = `NAME   TYPE        CLUSTER-IP      EXTERNAL-IP   PORT(S)    AGE   SELECTOR
web    ClusterIP   10.43.216.139   <none>        8080/TCP   15m   app=web
`;
/** An output case: `out` is the expected output, `command` its command file. */
export function output(out: string, command = GET, extra: Partial<RuleCase> = {}): RuleCase {
  return { code: out, file: 'cmd.out', with: [...manifests, { name: 'cmd.sh', text: command }], ...extra };
}
