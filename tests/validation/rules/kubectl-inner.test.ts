import { testRule } from '../support/test-rule.ts';

// Commands that kubectl runs elsewhere: after `--` of kubectl exec, kubectl debug and kubectl run --command.

const sh = { file: 'test.sh' };
const SERVICE_WEB = `apiVersion: v1
kind: Namespace
metadata:
  name: demo
---
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: demo
spec:
  selector:
    app: web
  ports:
    - port: 8080
`;
const POD_CLIENT = `apiVersion: v1
kind: Pod
metadata:
  name: client
  namespace: demo
  labels:
    app: web
spec:
  containers:
    - name: c
      image: busybox:1.37
`;
const set = [
  { name: 'demo.yaml', text: SERVICE_WEB },
  { name: 'client.yaml', text: POD_CLIENT },
];

testRule({
  rule: 'kubectl/inner-unchecked',
  accept: [
    {
      code: 'kubectl exec client -n demo -- curl http://web:8080/\nkubectl exec client -n demo -- nslookup web\nkubectl get pods -n demo\n',
      ...sh,
      with: set,
      description: 'programs whose names and URLs the checker reads',
    },
    {
      code: "kubectl exec client -n demo -- sh -c 'for i in 1 2 3; do curl --silent http://web:8080/; echo; done'\n",
      ...sh,
      with: set,
      description: 'an sh -c script whose commands are all read (curl) or only print text (echo)',
    },
  ],
  reject: [
    {
      code: 'kubectl exec client -n demo -- cat /etc/resolv.conf\n',
      ...sh,
      with: set,
      line: 1,
      column: 32,
      severity: 'warning',
      message: 'the arguments of "cat", run by kubectl exec in client',
    },
    {
      code: "kubectl exec client -n demo -- sh -c 'cat /etc/hosts'\n",
      ...sh,
      with: set,
      line: 1,
      column: 39,
      severity: 'warning',
      message: 'the arguments of "cat"',
      description: 'a command inside an sh -c script, at its place in the file',
    },
    {
      code: 'kubectl run x --image=busybox:1.37 --rm -i --restart=Never -- nslookup web\n',
      ...sh,
      line: 1,
      column: 63,
      messageId: 'kubectl/inner-unchecked.entrypoint',
    },
  ],
});
