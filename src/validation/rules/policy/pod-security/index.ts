import { type ContainerAt, containersOf, get, isRecord, type PodSpecAt, podSpecOf } from '../../../k8s/workloads.ts';
import type { PathKey } from '../../../types.ts';
import type { Reporter, ResourceRule } from '../../rule.ts';

/**
 * Pod Security Standards, profile `restricted` (which includes `baseline`), control by control as listed on
 * kubernetes.io/docs/concepts/security/pod-security-standards/ and implemented by k8s.io/pod-security-admission
 * (policy/check_*.go). Each finding names its control through the message id `policy/pod-security.<control>`.
 *
 * One function per control, so a control can be read, and compared with its check_*.go, on its own. `check` runs the
 * Pod's controls, then each container's, in the order the findings have always come in (problems at one position keep
 * that order after the engine's sort).
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

/** Reports one finding of a control: `found` is shown as `(unset)` when the field is missing. */
type Flag = (control: string, path: PathKey[], found?: unknown, expected?: string) => void;

/** The Pod spec with its securityContext, which several controls read and a container may inherit from. */
interface PodView {
  pod: PodSpecAt;
  context: Record<string, unknown>;
  contextPath: PathKey[];
}

/**
 * One container with its securityContext; `where` is the context if it has one, else the container (for unset fields);
 * `podContext` is the Pod's securityContext, whose runAsNonRoot and seccompProfile a container inherits.
 */
interface ContainerView extends ContainerAt {
  context: Record<string, unknown>;
  contextPath: PathKey[];
  where: PathKey[];
  podContext: Record<string, unknown>;
}

/** A securityContext and its path: the controls that read the same fields on the Pod and on each container take one. */
interface ContextView {
  context: Record<string, unknown>;
  contextPath: PathKey[];
}

const ALLOWED_PROFILES = new Set(['RuntimeDefault', 'Localhost']);

// Host namespaces (baseline).
function hostNamespaces({ pod }: PodView, flag: Flag): void {
  for (const field of ['hostNetwork', 'hostPID', 'hostIPC'])
    if (pod.spec[field] === true) flag('host-namespaces', [...pod.path, field], true, 'false');
}

/** Every key of every volume with the volume's index: the source types, and `name`, which the allow-list admits. */
function volumeSources(pod: PodSpecAt): { index: number; type: string }[] {
  if (!Array.isArray(pod.spec.volumes)) return [];
  return pod.spec.volumes.flatMap((volume, index) => (isRecord(volume) ? Object.keys(volume).map((type) => ({ index, type })) : []));
}

// HostPath volumes (baseline).
function hostPathVolumes({ pod }: PodView, flag: Flag): void {
  for (const { index, type } of volumeSources(pod))
    if (type === 'hostPath') flag('host-path', [...pod.path, 'volumes', index, 'hostPath'], 'hostPath', 'no hostPath volume');
}

// Volume types (restricted): only the allow-list; hostPath has its own control above.
function volumeTypes({ pod }: PodView, flag: Flag): void {
  for (const { index, type } of volumeSources(pod))
    if (type !== 'hostPath' && !RESTRICTED_VOLUMES.has(type))
      flag('volume-types', [...pod.path, 'volumes', index, type], type, [...RESTRICTED_VOLUMES].filter((t) => t !== 'name').join(', '));
}

// Sysctls (baseline).
function sysctls({ context, contextPath }: PodView, flag: Flag): void {
  if (!Array.isArray(context.sysctls)) return;
  context.sysctls.forEach((sysctl, index) => {
    if (isRecord(sysctl) && typeof sysctl.name === 'string' && !SAFE_SYSCTLS.has(sysctl.name))
      flag('sysctls', [...contextPath, 'sysctls', index, 'name'], sysctl.name, [...SAFE_SYSCTLS].join(', '));
  });
}

// AppArmor annotations (baseline; the field replaced them in 1.30 but they are still honoured).
function appArmorAnnotations({ pod }: PodView, flag: Flag): void {
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
}

// AppArmor (baseline), the appArmorProfile field on the Pod and on each container.
function appArmorProfile({ context, contextPath }: ContextView, flag: Flag): void {
  const appArmor = get(context, ['appArmorProfile', 'type']);
  if (appArmor !== undefined && !ALLOWED_PROFILES.has(appArmor as string))
    flag('apparmor', [...contextPath, 'appArmorProfile', 'type'], appArmor, 'RuntimeDefault or Localhost');
}

// SELinux (baseline): an allowed type, no custom user or role.
function seLinux({ context, contextPath }: ContextView, flag: Flag): void {
  const options = context.seLinuxOptions;
  if (!isRecord(options)) return;
  if (typeof options.type === 'string' && !SELINUX_TYPES.has(options.type))
    flag('selinux', [...contextPath, 'seLinuxOptions', 'type'], options.type, [...SELINUX_TYPES].filter(Boolean).join(', '));
  for (const field of ['user', 'role'])
    if (options[field] !== undefined && options[field] !== '')
      flag('selinux', [...contextPath, 'seLinuxOptions', field], options[field], '(unset)');
}

// Running as a non-root user (restricted): runAsUser is not 0.
function runAsUser({ context, contextPath }: ContextView, flag: Flag): void {
  if (typeof context.runAsUser === 'number' && context.runAsUser === 0)
    flag('run-as-user', [...contextPath, 'runAsUser'], 0, 'a non-zero UID');
}

// HostProcess (baseline), on the Pod and on each container.
function hostProcess({ context, contextPath }: ContextView, flag: Flag): void {
  if (get(context, ['windowsOptions', 'hostProcess']) === true)
    flag('host-process', [...contextPath, 'windowsOptions', 'hostProcess'], true, 'false');
}

// Seccomp on the Pod (baseline forbids Unconfined; restricted requires RuntimeDefault or Localhost).
function podSeccomp({ context, contextPath }: PodView, flag: Flag): void {
  const seccomp = get(context, ['seccompProfile', 'type']);
  if (seccomp !== undefined && !ALLOWED_PROFILES.has(seccomp as string))
    flag('seccomp', [...contextPath, 'seccompProfile', 'type'], seccomp, 'RuntimeDefault or Localhost');
}

// Privileged (baseline).
function privileged({ context, contextPath }: ContainerView, flag: Flag): void {
  if (context.privileged === true) flag('privileged', [...contextPath, 'privileged'], true, 'false');
}

// Host ports (baseline).
function hostPorts({ container, path }: ContainerView, flag: Flag): void {
  if (!Array.isArray(container.ports)) return;
  container.ports.forEach((port, index) => {
    if (isRecord(port) && typeof port.hostPort === 'number' && port.hostPort !== 0)
      flag('host-ports', [...path, 'ports', index, 'hostPort'], port.hostPort, '(unset) or 0');
  });
}

// /proc mount (baseline).
function procMount({ context, contextPath }: ContainerView, flag: Flag): void {
  if (context.procMount !== undefined && context.procMount !== 'Default')
    flag('proc-mount', [...contextPath, 'procMount'], context.procMount, 'Default');
}

// Privilege escalation (restricted).
function allowPrivilegeEscalation({ context, contextPath, where }: ContainerView, flag: Flag): void {
  if (context.allowPrivilegeEscalation !== false)
    flag(
      'allow-privilege-escalation',
      context.allowPrivilegeEscalation === undefined ? where : [...contextPath, 'allowPrivilegeEscalation'],
      context.allowPrivilegeEscalation,
      'false',
    );
}

// Running as non-root (restricted): false on a container fails; unset passes only if the Pod sets true.
function runAsNonRoot({ context, contextPath, where, podContext }: ContainerView, flag: Flag): void {
  if (context.runAsNonRoot === false) flag('run-as-non-root', [...contextPath, 'runAsNonRoot'], false, 'true');
  else if (podContext.runAsNonRoot !== true && context.runAsNonRoot !== true)
    flag('run-as-non-root', where, undefined, 'true (on the Pod or on every container)');
}

// Seccomp on a container (baseline forbids Unconfined; restricted requires RuntimeDefault or Localhost); a container
// that sets none inherits the Pod's, so it is reported when the Pod's is not allowed either.
function containerSeccomp({ context, contextPath, where, podContext }: ContainerView, flag: Flag): void {
  const seccomp = get(context, ['seccompProfile', 'type']);
  if (seccomp !== undefined && !ALLOWED_PROFILES.has(seccomp as string))
    flag('seccomp', [...contextPath, 'seccompProfile', 'type'], seccomp, 'RuntimeDefault or Localhost');
  else if (seccomp === undefined && !ALLOWED_PROFILES.has(get(podContext, ['seccompProfile', 'type']) as string))
    flag('seccomp', where, undefined, 'RuntimeDefault or Localhost (on the Pod or on every container)');
}

// Capabilities, drop (restricted): drop ALL.
function capabilitiesDrop({ context, contextPath, where }: ContainerView, flag: Flag): void {
  const drop = get(context, ['capabilities', 'drop']);
  if (!Array.isArray(drop) || !drop.includes('ALL'))
    flag(
      'capabilities-drop',
      Array.isArray(drop) ? [...contextPath, 'capabilities', 'drop'] : where,
      Array.isArray(drop) ? drop.join(', ') : undefined,
      'ALL',
    );
}

// Capabilities, add (baseline allows its default list; restricted allows only NET_BIND_SERVICE).
function capabilitiesAdd({ context, contextPath }: ContainerView, flag: Flag): void {
  const add = get(context, ['capabilities', 'add']);
  if (!Array.isArray(add)) return;
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

/** The controls of the Pod spec, in report order; the four securityContext ones also run on each container. */
const POD_CONTROLS: ((pod: PodView, flag: Flag) => void)[] = [
  hostNamespaces,
  hostPathVolumes,
  volumeTypes,
  sysctls,
  appArmorAnnotations,
  appArmorProfile,
  seLinux,
  runAsUser,
  hostProcess,
  podSeccomp,
];

/** The controls of each container, in report order. */
const CONTAINER_CONTROLS: ((container: ContainerView, flag: Flag) => void)[] = [
  privileged,
  hostPorts,
  procMount,
  appArmorProfile,
  seLinux,
  runAsUser,
  hostProcess,
  allowPrivilegeEscalation,
  runAsNonRoot,
  containerSeccomp,
  capabilitiesDrop,
  capabilitiesAdd,
];

function flagger(resource: Parameters<ResourceRule['check']>[0], report: Reporter): Flag {
  return (control, path, found, expected) =>
    report({
      at: resource.at(path),
      messageId: `policy/pod-security.${control}`,
      params: { found: found === undefined ? '(unset)' : String(found) },
      found: found === undefined ? '(unset)' : String(found),
      expected,
    });
}

export const podSecurity: ResourceRule = {
  id: 'policy/pod-security',
  level: 'policy',
  target: 'resource',
  description: 'Pods and Pod templates must meet the Pod Security Standards `restricted` profile (every baseline and restricted control).',
  check(resource, report) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    const flag = flagger(resource, report);
    const podView: PodView = {
      pod,
      context: isRecord(pod.spec.securityContext) ? pod.spec.securityContext : {},
      contextPath: [...pod.path, 'securityContext'],
    };
    for (const control of POD_CONTROLS) control(podView, flag);
    for (const at of containersOf(pod)) {
      const contextPath = [...at.path, 'securityContext'];
      const hasContext = isRecord(at.container.securityContext);
      const container: ContainerView = {
        ...at,
        context: hasContext ? (at.container.securityContext as Record<string, unknown>) : {},
        contextPath,
        where: hasContext ? contextPath : at.path,
        podContext: podView.context,
      };
      for (const control of CONTAINER_CONTROLS) control(container, flag);
    }
  },
};
