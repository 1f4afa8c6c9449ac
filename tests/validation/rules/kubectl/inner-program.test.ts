import { sh, webAndClient } from '../../support/command-files.ts';
import { testRule } from '../../support/test-rule.ts';

testRule({
  rule: 'kubectl/inner-program',
  accept: [
    {
      code: 'kubectl exec client -n demo -- curl --silent http://web:8080/\nkubectl debug node/n1 -it --image=busybox:1.37 -- chroot /host iptables-save -t nat\nkubectl exec client -n demo -- /bin/sh -c true\n',
      ...sh,
      with: webAndClient,
    },
    {
      code: 'kubectl run x --image=busybox:1.37 --rm -i --restart=Never -- anything goes\n',
      ...sh,
      description: "kubectl run without --command: arguments for the image's entrypoint",
    },
  ],
  reject: [
    {
      code: 'kubectl exec client -n demo -- nslokup web\n',
      ...sh,
      with: webAndClient,
      line: 1,
      column: 32,
      messageId: 'kubectl/inner-program.suggest',
      message: '"nslookup"',
    },
    {
      code: 'kubectl debug node/n1 -it --image=busybox:1.37 -- chroot /host sudo frobnicate\n',
      ...sh,
      line: 1,
      column: 69,
      messageId: 'kubectl/inner-program',
      description: 'after chroot DIR and sudo',
    },
    {
      code: 'kubectl run x --image=busybox:1.37 --command -- ncat web 80\n',
      ...sh,
      line: 1,
      column: 49,
      description: 'kubectl run --command',
    },
  ],
});
