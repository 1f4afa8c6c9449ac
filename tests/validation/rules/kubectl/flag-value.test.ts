import { sh } from '../../support/command-files.ts';
import { testRule } from '../../support/test-rule.ts';

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
    {
      code: "kubectl expose deployment web --type=NodePort --port=80\nkubectl patch service web --type=merge -p '{}'\n",
      ...sh,
      description: '--type means a Service type to expose and a patch strategy to patch (kubernetes.io tutorial lines)',
    },
  ],
  reject: [
    { code: 'kubectl scale deployment web --replicas=two\n', ...sh, line: 1, column: 30, message: 'an integer' },
    { code: 'kubectl wait --for=delete pod/x --timeout 5\n', ...sh, line: 1, column: 43, message: 'duration' },
    { code: 'kubectl expose deployment web --dry-run=true\n', ...sh, line: 1, column: 31, message: 'none, server, client' },
    { code: 'kubectl port-forward service/web 70000\n', ...sh, line: 1, column: 34, messageId: 'kubectl/flag-value.port' },
    { code: 'kubectl get pods -n\n', ...sh, line: 1, column: 18, messageId: 'kubectl/flag-value.missing' },
    { code: 'kubectl expose deployment web --type=Nodeport --port=80\n', ...sh, line: 1, column: 31, message: 'ClusterIP, NodePort' },
    { code: "kubectl patch service web --type=jsonpatch -p '[]'\n", ...sh, line: 1, column: 27, message: 'json, merge, strategic' },
  ],
});
