import { sh, webAndClient } from '../../support/command-files.ts';
import { testRule } from '../../support/test-rule.ts';

testRule({
  rule: 'kubectl/inner-service',
  accept: [
    {
      code: [
        'kubectl exec client -n demo -- curl --silent http://web:8080/',
        'kubectl exec client -n demo -- curl http://web.demo:8080/ https://example.com/ http://10.0.0.1/',
        'kubectl exec client -n demo -- nslookup web.demo.svc.cluster.local',
        'kubectl exec client -n demo -- dig +short +search web',
        'kubectl exec client -n demo -- dig +short web.demo.svc.cluster.local A',
        'kubectl exec client -n demo -- nslookup kubernetes.default',
        'kubectl run x -n default --image=busybox:1.37 --rm -i --restart=Never --command -- nslookup web.demo',
        'kubectl exec client -n demo -- curl http://localhost:8080/',
        '',
      ].join('\n'),
      ...sh,
      with: webAndClient,
    },
  ],
  reject: [
    {
      code: 'kubectl exec client -n demo -- curl --silent http://api:8080/\n',
      ...sh,
      with: webAndClient,
      line: 1,
      column: 46,
      message: 'Service api in namespace demo',
    },
    {
      code: 'kubectl exec client -n demo -- curl http://web:9090/\n',
      ...sh,
      with: webAndClient,
      line: 1,
      column: 37,
      messageId: 'kubectl/inner-service.port',
      message: 'no port 9090 (its ports: 8080)',
    },
    {
      code: 'kubectl exec client -n demo -- dig +short web\n',
      ...sh,
      with: webAndClient,
      line: 1,
      column: 43,
      messageId: 'kubectl/inner-service.search',
      message: 'web.demo.svc.cluster.local',
    },
    {
      code: 'kubectl run x -n default --image=busybox:1.37 --rm -i --restart=Never --command -- nslookup web\n',
      ...sh,
      with: webAndClient,
      line: 1,
      column: 93,
      message: 'namespace default',
      description: 'a short name from another namespace',
    },
    {
      code: "kubectl exec client -n demo -- sh -c 'curl http://api:8080/'\n",
      ...sh,
      with: webAndClient,
      line: 1,
      column: 44,
      message: 'Service api',
      description: 'inside an sh -c script',
    },
  ],
});
