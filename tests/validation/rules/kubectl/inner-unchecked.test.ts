import { sh, webAndClient } from '../../support/command-files.ts';
import { testRule } from '../../support/test-rule.ts';

testRule({
  rule: 'kubectl/inner-unchecked',
  accept: [
    {
      code: 'kubectl exec client -n demo -- curl http://web:8080/\nkubectl exec client -n demo -- nslookup web\nkubectl get pods -n demo\n',
      ...sh,
      with: webAndClient,
      description: 'programs whose names and URLs the checker reads',
    },
    {
      code: "kubectl exec client -n demo -- sh -c 'for i in 1 2 3; do curl --silent http://web:8080/; echo; done'\n",
      ...sh,
      with: webAndClient,
      description: 'an sh -c script whose commands are all read (curl) or only print text (echo)',
    },
  ],
  reject: [
    {
      code: 'kubectl exec client -n demo -- cat /etc/resolv.conf\n',
      ...sh,
      with: webAndClient,
      line: 1,
      column: 32,
      severity: 'warning',
      message: 'the arguments of "cat", run by kubectl exec in client',
    },
    {
      code: "kubectl exec client -n demo -- sh -c 'cat /etc/hosts'\n",
      ...sh,
      with: webAndClient,
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
