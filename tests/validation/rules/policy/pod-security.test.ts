import { at, change, DEPLOYMENT } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// Policy rules: errors for the example set, warnings for loose files (a valid manifest must still exit 0).

const pss = (from: string, to: string) => change(DEPLOYMENT, from, to);
const hostNetwork = pss('      automountServiceAccountToken: false', '      automountServiceAccountToken: false\n      hostNetwork: true');
const hostPath = pss('          emptyDir: {}', '          hostPath:\n            path: /tmp');
const nfs = pss('          emptyDir: {}', '          nfs:\n            server: nfs.example\n            path: /');
const sysctl = pss(
  '        runAsUser: 101',
  '        runAsUser: 101\n        sysctls:\n          - name: net.core.somaxconn\n            value: "1024"',
);
const appArmor = pss('        runAsUser: 101', '        runAsUser: 101\n        appArmorProfile:\n          type: Unconfined');
const seLinux = pss('        runAsUser: 101', '        runAsUser: 101\n        seLinuxOptions:\n          type: spc_t');
const root = pss('        runAsUser: 101', '        runAsUser: 0');
const privileged = pss(
  '            readOnlyRootFilesystem: true',
  '            readOnlyRootFilesystem: true\n            privileged: true',
);
const hostPort = pss('              protocol: TCP', '              protocol: TCP\n              hostPort: 8080');
const procMount = pss(
  '            readOnlyRootFilesystem: true',
  '            readOnlyRootFilesystem: true\n            procMount: Unmasked',
);
const escalation = pss('            allowPrivilegeEscalation: false\n', '');
const nonRoot = pss('        runAsNonRoot: true\n', '');
const unconfined = pss('          type: RuntimeDefault', '          type: Unconfined');
const containerUnconfined = pss(
  '            readOnlyRootFilesystem: true',
  '            readOnlyRootFilesystem: true\n            seccompProfile:\n              type: Unconfined',
);
const dropSome = pss('                - ALL', '                - NET_RAW');
const addSysAdmin = pss('              drop:\n', '              add:\n                - SYS_ADMIN\n              drop:\n');
const hostProcess = pss('        runAsUser: 101', '        runAsUser: 101\n        windowsOptions:\n          hostProcess: true');
const annotation = pss(
  '      labels:\n        app: web',
  '      labels:\n        app: web\n      annotations:\n        container.apparmor.security.beta.kubernetes.io/nginx: unconfined',
);

testRule({
  rule: 'policy/pod-security',
  accept: [
    { code: DEPLOYMENT },
    {
      code: pss('              drop:\n', '              add:\n                - NET_BIND_SERVICE\n              drop:\n'),
      description: 'adding NET_BIND_SERVICE',
    },
    {
      code: pss('        runAsNonRoot: true\n', '').replace(
        '            allowPrivilegeEscalation: false',
        '            allowPrivilegeEscalation: false\n            runAsNonRoot: true',
      ),
      description: 'runAsNonRoot on every container',
    },
    {
      code: pss(
        '        runAsUser: 101',
        '        runAsUser: 101\n        sysctls:\n          - name: net.ipv4.ip_unprivileged_port_start\n            value: "0"',
      ),
      description: 'a safe sysctl',
    },
  ],
  reject: [
    { code: hostNetwork, ...at(hostNetwork, 'true\n      securityContext', 0), messageId: 'policy/pod-security.host-namespaces' },
    { code: hostPath, ...at(hostPath, 'path: /tmp'), messageId: 'policy/pod-security.host-path' },
    { code: nfs, ...at(nfs, 'server:'), messageId: 'policy/pod-security.volume-types' },
    { code: sysctl, ...at(sysctl, 'net.core.somaxconn'), messageId: 'policy/pod-security.sysctls' },
    { code: appArmor, ...at(appArmor, 'Unconfined'), messageId: 'policy/pod-security.apparmor' },
    { code: annotation, ...at(annotation, 'unconfined'), messageId: 'policy/pod-security.apparmor', description: 'an AppArmor annotation' },
    { code: seLinux, ...at(seLinux, 'spc_t'), messageId: 'policy/pod-security.selinux' },
    { code: root, ...at(root, 'runAsUser: 0', 11), messageId: 'policy/pod-security.run-as-user' },
    { code: privileged, ...at(privileged, 'privileged: true', 12), messageId: 'policy/pod-security.privileged' },
    { code: hostPort, ...at(hostPort, 'hostPort: 8080', 10), messageId: 'policy/pod-security.host-ports' },
    { code: procMount, ...at(procMount, 'Unmasked'), messageId: 'policy/pod-security.proc-mount' },
    { code: escalation, ...at(escalation, 'readOnlyRootFilesystem'), messageId: 'policy/pod-security.allow-privilege-escalation' },
    { code: nonRoot, ...at(nonRoot, 'allowPrivilegeEscalation'), messageId: 'policy/pod-security.run-as-non-root' },
    {
      code: unconfined,
      ...at(unconfined, 'Unconfined'),
      messageId: 'policy/pod-security.seccomp',
      count: 2,
      description: 'Unconfined on the Pod, and on the container that sets no seccompProfile of its own and so inherits it',
    },
    {
      code: containerUnconfined,
      ...at(containerUnconfined, 'Unconfined'),
      messageId: 'policy/pod-security.seccomp',
      description: 'Unconfined on a container of an allowed Pod',
    },
    { code: dropSome, ...at(dropSome, '- NET_RAW'), messageId: 'policy/pod-security.capabilities-drop' },
    { code: addSysAdmin, ...at(addSysAdmin, 'SYS_ADMIN'), messageId: 'policy/pod-security.capabilities-add' },
    { code: hostProcess, ...at(hostProcess, 'hostProcess: true', 13), messageId: 'policy/pod-security.host-process' },
    {
      code: escalation,
      mode: 'loose',
      ...at(escalation, 'readOnlyRootFilesystem'),
      severity: 'warning',
      description: 'a loose file: only a warning',
    },
  ],
});
