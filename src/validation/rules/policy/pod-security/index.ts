import { containersOf, get, isRecord, podSpecOf } from '../../../k8s/workloads.ts';
import type { PathKey } from '../../../types.ts';
import type { ResourceRule } from '../../rule.ts';

/**
 * Pod Security Standards, profile `restricted` (which includes `baseline`), control by control as listed on
 * kubernetes.io/docs/concepts/security/pod-security-standards/ and implemented by k8s.io/pod-security-admission
 * (policy/check_*.go). Each finding names its control through the message id `policy/pod-security.<control>`.
 */

const BASELINE_CAPABILITIES = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);
const SAFE_SYSCTLS = new Set([
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
]);
const SELINUX_TYPES = new Set(['', 'container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t']);
const RESTRICTED_VOLUMES = new Set([
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'persistentVolumeClaim',
  'projected',
  'secret',
  'name',
]);

export const podSecurity: ResourceRule = {
  id: 'policy/pod-security',
  level: 'policy',
  target: 'resource',
  description: 'Pods and Pod templates must meet the Pod Security Standards `restricted` profile (every baseline and restricted control).',
  check(resource, report) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    const spec = pod.spec;
    const at = (path: PathKey[]) => resource.at(path);
    const flag = (control: string, path: PathKey[], found?: unknown, expected?: string) =>
      report({
        at: at(path),
        messageId: `policy/pod-security.${control}`,
        params: { found: found === undefined ? '(unset)' : String(found) },
        found: found === undefined ? '(unset)' : String(found),
        expected,
      });
    const podContext = isRecord(spec.securityContext) ? spec.securityContext : {};
    const podContextPath = [...pod.path, 'securityContext'];

    // Host namespaces (baseline).
    for (const field of ['hostNetwork', 'hostPID', 'hostIPC'])
      if (spec[field] === true) flag('host-namespaces', [...pod.path, field], true, 'false');
    // Volumes: hostPath (baseline) and the restricted allow-list.
    if (Array.isArray(spec.volumes)) {
      spec.volumes.forEach((volume, index) => {
        if (!isRecord(volume)) return;
        for (const type of Object.keys(volume)) {
          if (type === 'hostPath') flag('host-path', [...pod.path, 'volumes', index, 'hostPath'], 'hostPath', 'no hostPath volume');
          else if (!RESTRICTED_VOLUMES.has(type))
            flag(
              'volume-types',
              [...pod.path, 'volumes', index, type],
              type,
              [...RESTRICTED_VOLUMES].filter((t) => t !== 'name').join(', '),
            );
        }
      });
    }
    // Sysctls (baseline).
    if (Array.isArray(podContext.sysctls)) {
      podContext.sysctls.forEach((sysctl, index) => {
        if (isRecord(sysctl) && typeof sysctl.name === 'string' && !SAFE_SYSCTLS.has(sysctl.name))
          flag('sysctls', [...podContextPath, 'sysctls', index, 'name'], sysctl.name, [...SAFE_SYSCTLS].join(', '));
      });
    }
    // AppArmor annotations (baseline; the field replaced them in 1.30 but they are still honoured).
    for (const [key, value] of Object.entries(pod.annotations)) {
      if (
        key.startsWith('container.apparmor.security.beta.kubernetes.io/') &&
        typeof value === 'string' &&
        value !== 'runtime/default' &&
        !value.startsWith('localhost/')
      ) {
        flag('apparmor', [...pod.annotationsPath, key], value, 'runtime/default or localhost/<profile>');
      }
    }
    const checkContext = (context: Record<string, unknown>, path: PathKey[]) => {
      const appArmor = get(context, ['appArmorProfile', 'type']);
      if (appArmor !== undefined && appArmor !== 'RuntimeDefault' && appArmor !== 'Localhost')
        flag('apparmor', [...path, 'appArmorProfile', 'type'], appArmor, 'RuntimeDefault or Localhost');
      const seLinux = context.seLinuxOptions;
      if (isRecord(seLinux)) {
        if (typeof seLinux.type === 'string' && !SELINUX_TYPES.has(seLinux.type))
          flag('selinux', [...path, 'seLinuxOptions', 'type'], seLinux.type, [...SELINUX_TYPES].filter(Boolean).join(', '));
        for (const field of ['user', 'role'])
          if (seLinux[field] !== undefined && seLinux[field] !== '')
            flag('selinux', [...path, 'seLinuxOptions', field], seLinux[field], '(unset)');
      }
      if (typeof context.runAsUser === 'number' && context.runAsUser === 0)
        flag('run-as-user', [...path, 'runAsUser'], 0, 'a non-zero UID');
      // HostProcess (baseline), on the Pod and on each container.
      if (get(context, ['windowsOptions', 'hostProcess']) === true)
        flag('host-process', [...path, 'windowsOptions', 'hostProcess'], true, 'false');
    };
    checkContext(podContext, podContextPath);
    const podNonRoot = podContext.runAsNonRoot === true;
    const podSeccomp = get(podContext, ['seccompProfile', 'type']);
    const podSeccompOk = podSeccomp === 'RuntimeDefault' || podSeccomp === 'Localhost';
    if (podSeccomp !== undefined && !podSeccompOk)
      flag('seccomp', [...podContextPath, 'seccompProfile', 'type'], podSeccomp, 'RuntimeDefault or Localhost');

    for (const { container, path } of containersOf(pod)) {
      const context = isRecord(container.securityContext) ? container.securityContext : {};
      const contextPath = [...path, 'securityContext'];
      const where = isRecord(container.securityContext) ? contextPath : path;
      // Privileged (baseline).
      if (context.privileged === true) flag('privileged', [...contextPath, 'privileged'], true, 'false');
      // Host ports (baseline).
      if (Array.isArray(container.ports)) {
        container.ports.forEach((port, index) => {
          if (isRecord(port) && typeof port.hostPort === 'number' && port.hostPort !== 0)
            flag('host-ports', [...path, 'ports', index, 'hostPort'], port.hostPort, '(unset) or 0');
        });
      }
      // /proc mount (baseline).
      if (context.procMount !== undefined && context.procMount !== 'Default')
        flag('proc-mount', [...contextPath, 'procMount'], context.procMount, 'Default');
      checkContext(context, contextPath);
      // Privilege escalation (restricted).
      if (context.allowPrivilegeEscalation !== false)
        flag(
          'allow-privilege-escalation',
          context.allowPrivilegeEscalation === undefined ? where : [...contextPath, 'allowPrivilegeEscalation'],
          context.allowPrivilegeEscalation,
          'false',
        );
      // Running as non-root (restricted).
      if (context.runAsNonRoot === false) flag('run-as-non-root', [...contextPath, 'runAsNonRoot'], false, 'true');
      else if (!podNonRoot && context.runAsNonRoot !== true)
        flag('run-as-non-root', where, undefined, 'true (on the Pod or on every container)');
      // Seccomp (baseline forbids Unconfined; restricted requires RuntimeDefault or Localhost).
      const seccomp = get(context, ['seccompProfile', 'type']);
      if (seccomp !== undefined && seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost')
        flag('seccomp', [...contextPath, 'seccompProfile', 'type'], seccomp, 'RuntimeDefault or Localhost');
      else if (seccomp === undefined && !podSeccompOk)
        flag('seccomp', where, undefined, 'RuntimeDefault or Localhost (on the Pod or on every container)');
      // Capabilities (baseline add list; restricted: drop ALL, add only NET_BIND_SERVICE).
      const drop = get(context, ['capabilities', 'drop']);
      if (!Array.isArray(drop) || !drop.includes('ALL'))
        flag(
          'capabilities-drop',
          Array.isArray(drop) ? [...contextPath, 'capabilities', 'drop'] : where,
          Array.isArray(drop) ? drop.join(', ') : undefined,
          'ALL',
        );
      const add = get(context, ['capabilities', 'add']);
      if (Array.isArray(add)) {
        add.forEach((capability, index) => {
          if (capability !== 'NET_BIND_SERVICE')
            flag(
              'capabilities-add',
              [...contextPath, 'capabilities', 'add', index],
              capability,
              BASELINE_CAPABILITIES.has(String(capability)) ? 'NET_BIND_SERVICE only (restricted)' : 'NET_BIND_SERVICE',
            );
        });
      }
    }
  },
};
