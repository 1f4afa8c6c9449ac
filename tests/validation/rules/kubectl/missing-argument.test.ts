import { sh } from '../../support/command-files.ts';
import { testRule } from '../../support/test-rule.ts';

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
