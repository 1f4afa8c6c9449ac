import { describe, expect, it } from 'vitest';
import { validateFiles } from '../../../src/validation/engine.ts';
import { DEPLOYMENT, NAMESPACE, SERVICE } from '../support/manifests.ts';
import { testRule } from '../support/test-rule.ts';

// Command files: shell syntax, programs, and kubectl lines against the committed kubectl snapshot.

const sh = { file: 'test.sh' };
const set = [
  { name: 'namespace.yaml', text: NAMESPACE },
  { name: 'deployment.yaml', text: DEPLOYMENT },
  { name: 'service.yaml', text: SERVICE },
];
const files = ['demo/service.yaml', 'demo/deployment.yaml'];

testRule({
  rule: 'kubectl/flag-value',
  accept: [
    {
      code: 'kubectl scale deployment web --replicas=3\nkubectl wait --for=condition=Ready pod/x --timeout=90s\nkubectl port-forward svc/web 18080:8080\nkubectl apply --dry-run=client -f x.yaml\n',
      ...sh,
    },
    {
      code: 'kubectl exec -it client -- sh\nkubectl debug node/n1 -it --image=busybox:1.37 -- chroot /host\nkubectl get pods -wA\n',
      ...sh,
      description: 'grouped bool shorthands (-it is -i -t, as pflag reads it)',
    },
  ],
  reject: [
    { code: 'kubectl scale deployment web --replicas=two\n', ...sh, line: 1, column: 30, message: 'an integer' },
    { code: 'kubectl wait --for=delete pod/x --timeout 5\n', ...sh, line: 1, column: 43, message: 'duration' },
    { code: 'kubectl expose deployment web --dry-run=true\n', ...sh, line: 1, column: 31, message: 'none, server, client' },
    { code: 'kubectl port-forward service/web 70000\n', ...sh, line: 1, column: 34, messageId: 'kubectl/flag-value.port' },
    { code: 'kubectl get pods -n\n', ...sh, line: 1, column: 18, messageId: 'kubectl/flag-value.missing' },
  ],
});

testRule({
  rule: 'kubectl/output-format',
  accept: [
    {
      code: "kubectl get svc -o wide\nkubectl get svc -o jsonpath='{.items[*].metadata.name}'\nkubectl get svc -ocustom-columns=NAME:.metadata.name\nkubectl expose deployment web --port 8080 --dry-run=client -o yaml\n",
      ...sh,
    },
  ],
  reject: [
    { code: 'kubectl get svc -o wyde\n', ...sh, line: 1, column: 20 },
    { code: 'kubectl get svc -o jsonpath\n', ...sh, line: 1, column: 20, messageId: 'kubectl/output-format.argument' },
    { code: 'kubectl expose deployment web --port 8080 -o wide\n', ...sh, line: 1, column: 46, description: 'expose has no wide output' },
    { code: 'kubectl get svc --output=yaml=x\n', ...sh, line: 1, column: 17, messageId: 'kubectl/output-format.no-argument' },
  ],
});

testRule({
  rule: 'kubectl/unknown-object',
  accept: [
    {
      code: 'kubectl port-forward -n demo service/web 8080\nkubectl get service kubernetes -n default\nkubectl expose deployment web -n demo --name web2 --port 8080\nkubectl get svc web2 -n demo\n',
      ...sh,
      with: set,
    },
    {
      code: 'kubectl create namespace scratch\nkubectl get namespace scratch\nkubectl delete namespace gone\n',
      ...sh,
      description: 'created by a command; deleting is fine',
    },
    {
      code: 'kubectl get endpoints web -n demo\nkubectl get endpoints kubernetes -n default\n',
      ...sh,
      with: set,
      description: 'the Endpoints object the control plane keeps beside a Service',
    },
  ],
  reject: [
    { code: 'kubectl port-forward -n demo service/api 8080\n', ...sh, with: set, line: 1, column: 30, message: 'Service "api"' },
    { code: 'kubectl get endpoints api -n demo\n', ...sh, with: set, line: 1, column: 23, message: 'Endpoints "api"' },
    {
      code: 'kubectl get svc web\n',
      ...sh,
      with: set,
      line: 1,
      column: 17,
      message: 'namespace default',
      description: 'the object is in another namespace',
    },
  ],
});

testRule({
  rule: 'kubectl/missing-argument',
  accept: [
    {
      code: 'kubectl apply -k dir\nkubectl get -f x.yaml\nkubectl logs -l app=web\nkubectl cluster-info\nkubectl version\nkubectl get pods\nkubectl rollout status deployment/web\nkubectl port-forward svc/web 8080\nkubectl create namespace demo\n',
      ...sh,
    },
  ],
  reject: [
    { code: 'kubectl port-forward service/web\n', ...sh, line: 1, column: 22, message: 'REMOTE_PORT' },
    { code: 'kubectl create deployment --image=nginx:1.29\n', ...sh, line: 1, column: 27, message: 'needs NAME' },
    { code: 'kubectl apply\n', ...sh, line: 1, column: 9, message: '-f FILENAME' },
    { code: 'kubectl get\n', ...sh, line: 1, column: 9, message: 'needs TYPE' },
    { code: 'kubectl exec -- ls\n', ...sh, line: 1, column: 17, message: 'POD or TYPE/NAME' },
    { code: 'kubectl rollout\n', ...sh, line: 1, column: 9, message: 'status' },
    { code: 'kubectl create service --tcp=80:8080\n', ...sh, line: 1, column: 24, message: 'clusterip' },
  ],
});
