import type { RuleMessages } from '../../rule.ts';

/** The messages of policy/pod-security, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'policy/pod-security.host-namespaces': 'Pod Security "restricted": host namespaces must not be shared (found {found})',
    'policy/pod-security.host-process': 'Pod Security "restricted": Windows HostProcess containers are not allowed',
    'policy/pod-security.host-path': 'Pod Security "restricted": hostPath volumes are not allowed',
    'policy/pod-security.volume-types': 'Pod Security "restricted": volume type "{found}" is not allowed',
    'policy/pod-security.sysctls': 'Pod Security "restricted": sysctl "{found}" is not in the safe set',
    'policy/pod-security.apparmor': 'Pod Security "restricted": AppArmor profile "{found}" is not allowed',
    'policy/pod-security.selinux': 'Pod Security "restricted": SELinux option "{found}" is not allowed',
    'policy/pod-security.run-as-user': 'Pod Security "restricted": runAsUser must not be 0 (root)',
    'policy/pod-security.privileged': 'Pod Security "restricted": privileged containers are not allowed',
    'policy/pod-security.host-ports': 'Pod Security "restricted": hostPort {found} is not allowed',
    'policy/pod-security.proc-mount': 'Pod Security "restricted": procMount "{found}" is not allowed',
    'policy/pod-security.allow-privilege-escalation':
      'Pod Security "restricted": securityContext.allowPrivilegeEscalation must be false (found {found})',
    'policy/pod-security.run-as-non-root':
      'Pod Security "restricted": runAsNonRoot must be true on the Pod or on every container (found {found})',
    'policy/pod-security.seccomp': 'Pod Security "restricted": seccompProfile.type must be RuntimeDefault or Localhost (found {found})',
    'policy/pod-security.capabilities-drop':
      'Pod Security "restricted": securityContext.capabilities.drop must include ALL (found {found})',
    'policy/pod-security.capabilities-add': 'Pod Security "restricted": only NET_BIND_SERVICE may be added (found {found})',
  },
  ja: {
    'policy/pod-security.host-namespaces': 'Podセキュリティの標準 "restricted": ホストの名前空間を共有してはいけません（{found}）',
    'policy/pod-security.host-process': 'Podセキュリティの標準 "restricted": WindowsのHostProcessコンテナは使えません',
    'policy/pod-security.host-path': 'Podセキュリティの標準 "restricted": hostPathボリュームは使えません',
    'policy/pod-security.volume-types': 'Podセキュリティの標準 "restricted": ボリュームの種類 "{found}" は使えません',
    'policy/pod-security.sysctls': 'Podセキュリティの標準 "restricted": sysctl "{found}" は安全なものに含まれません',
    'policy/pod-security.apparmor': 'Podセキュリティの標準 "restricted": AppArmorプロファイル "{found}" は使えません',
    'policy/pod-security.selinux': 'Podセキュリティの標準 "restricted": SELinuxの設定 "{found}" は使えません',
    'policy/pod-security.run-as-user': 'Podセキュリティの標準 "restricted": runAsUser に 0（root）は指定できません',
    'policy/pod-security.privileged': 'Podセキュリティの標準 "restricted": 特権コンテナは使えません',
    'policy/pod-security.host-ports': 'Podセキュリティの標準 "restricted": hostPort {found} は使えません',
    'policy/pod-security.proc-mount': 'Podセキュリティの標準 "restricted": procMount "{found}" は使えません',
    'policy/pod-security.allow-privilege-escalation':
      'Podセキュリティの標準 "restricted": securityContext.allowPrivilegeEscalation は false でなければなりません（{found}）',
    'policy/pod-security.run-as-non-root':
      'Podセキュリティの標準 "restricted": Podかすべてのコンテナで runAsNonRoot を true にしてください（{found}）',
    'policy/pod-security.seccomp':
      'Podセキュリティの標準 "restricted": seccompProfile.type は RuntimeDefault か Localhost でなければなりません（{found}）',
    'policy/pod-security.capabilities-drop':
      'Podセキュリティの標準 "restricted": securityContext.capabilities.drop に ALL が必要です（{found}）',
    'policy/pod-security.capabilities-add':
      'Podセキュリティの標準 "restricted": 追加できるケーパビリティは NET_BIND_SERVICE だけです（{found}）',
  },
};
