import { sh, webAndClient } from '../../support/command-files.ts';
import { testRule } from '../../support/test-rule.ts';

testRule({
  rule: 'kubectl/exec-command',
  accept: [
    {
      code: 'kubectl exec client -n demo -- ls /\nkubectl exec -it client -n demo -- sh\nkubectl exec client -n demo -c c -- cat /etc/resolv.conf\n',
      ...sh,
      with: webAndClient,
    },
    {
      code: 'kubectl debug node/n1 -it --profile=sysadmin --image=busybox:1.37 -- chroot /host iptables-save\nkubectl debug client -n demo --copy-to=client-copy -- sh\nkubectl debug pod/client -n demo -i --image=busybox:1.37\n',
      ...sh,
      with: webAndClient,
      description: 'kubectl debug on a node, by copy, on a Pod',
    },
  ],
  reject: [
    {
      code: 'kubectl exec client -n demo ls /\n',
      ...sh,
      with: webAndClient,
      line: 1,
      column: 29,
      messageId: 'kubectl/exec-command.dash',
      message: 'kubectl exec POD -- ls /',
    },
    { code: 'kubectl exec client -n demo --\n', ...sh, with: webAndClient, line: 1, column: 29, messageId: 'kubectl/exec-command.missing' },
    {
      code: 'kubectl exec client -n demo\n',
      ...sh,
      with: webAndClient,
      line: 1,
      column: 24,
      messageId: 'kubectl/exec-command.missing',
      description: 'no command at all',
    },
    { code: 'kubectl debug node/n1 -it -- chroot /host\n', ...sh, line: 1, column: 37, messageId: 'kubectl/exec-command.image' },
    { code: 'kubectl debug node/n1 -t --image=busybox:1.37 -- sh\n', ...sh, line: 1, column: 50, messageId: 'kubectl/exec-command.tty' },
    {
      code: 'kubectl debug service/web -n demo -it --image=busybox:1.37 -- sh\n',
      ...sh,
      with: webAndClient,
      line: 1,
      column: 15,
      messageId: 'kubectl/exec-command.target',
      message: 'not on Service',
    },
  ],
});
