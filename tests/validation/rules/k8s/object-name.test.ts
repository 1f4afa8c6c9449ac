import { at, change, DEPLOYMENT, NAMESPACE, SERVICE } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// API server rules (pkg/apis/core/validation, pkg/apis/apps/validation, apimachinery validation).

const upperName = change(DEPLOYMENT, 'name: web\n  namespace', 'name: Web_1\n  namespace');
const longName = change(DEPLOYMENT, 'name: web\n  namespace', `name: ${'a'.repeat(254)}\n  namespace`);
const badNamespace = change(DEPLOYMENT, 'namespace: demo', 'namespace: Demo');
const dottedNamespace = change(NAMESPACE, 'name: demo', 'name: demo.net');
const noName = change(SERVICE, '  name: web\n', '');
testRule({
  rule: 'k8s/object-name',
  accept: [
    { code: DEPLOYMENT },
    { code: change(DEPLOYMENT, 'name: web\n  namespace', 'name: web.v2\n  namespace'), description: 'a dotted DNS subdomain' },
    { code: 'apiVersion: v1\nkind: ServiceList\nitems: []\n', description: 'a List kind (ListMeta has no name)' },
  ],
  reject: [
    { code: upperName, ...at(upperName, 'Web_1'), message: 'RFC 1123 subdomain' },
    { code: longName, ...at(longName, 'aaaa'), message: 'at most 253' },
    { code: badNamespace, ...at(badNamespace, 'Demo'), messageId: 'k8s/object-name.namespace' },
    {
      code: dottedNamespace,
      ...at(dottedNamespace, 'demo.net'),
      message: 'RFC 1123 label',
      description: 'a Namespace name is a DNS label',
    },
    { code: noName, ...at(noName, 'metadata'), messageId: 'k8s/object-name.missing' },
  ],
});

// Per-kind name functions (src/validation/k8s/kind-names.ts).
const named = (apiVersion: string, kind: string, name: string, field = 'name') =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  ${field}: ${name}\n`;
const rbacColon = named('rbac.authorization.k8s.io/v1', 'ClusterRole', 'system:kube-dns-autoscaler');
const rbacSlash = named('rbac.authorization.k8s.io/v1', 'ClusterRole', 'team/reader');
const rbacDots = named('rbac.authorization.k8s.io/v1', 'Role', "'..'");
const rbacPercent = named('rbac.authorization.k8s.io/v1', 'RoleBinding', 'read%20secrets');
const configMapColon = named('v1', 'ConfigMap', 'system:config');
const dottedStatefulSet = named('apps/v1', 'StatefulSet', 'db.v2');
const paddedIp = named('networking.k8s.io/v1', 'IPAddress', '10.096.0.10');
const upperIpv6 = named('networking.k8s.io/v1', 'IPAddress', "'2001:DB8::1'");
const badGenerateName = named('v1', 'Pod', 'Web-', 'generateName');
const longCronJob = named('batch/v1', 'CronJob', 'c'.repeat(53));
const systemPriority = named('scheduling.k8s.io/v1', 'PriorityClass', 'system-high');
testRule({
  rule: 'k8s/object-name',
  accept: [
    { code: rbacColon, description: "a ClusterRole named with ':' (path segment)" },
    { code: named('rbac.authorization.k8s.io/v1', 'RoleBinding', 'ReadSecrets'), description: 'a RoleBinding with capitals' },
    {
      code: named('rbac.authorization.k8s.io/v1', 'ClusterRoleBinding', 'system:coredns'),
      description: 'a ClusterRoleBinding with a colon',
    },
    { code: named('apps/v1', 'StatefulSet', 'db-0x'), description: 'a StatefulSet named with a DNS label' },
    { code: named('networking.k8s.io/v1', 'IPAddress', '10.96.0.10'), description: 'an IPAddress named by its IPv4 address' },
    { code: named('networking.k8s.io/v1', 'IPAddress', "'2001:db8::1'"), description: 'an IPAddress named by its canonical IPv6 address' },
    { code: named('v1', 'Pod', 'web-', 'generateName'), description: "a generateName prefix ending in '-'" },
    { code: named('batch/v1', 'CronJob', 'c'.repeat(52)), description: 'a CronJob name of 52 characters' },
    { code: named('scheduling.k8s.io/v1', 'PriorityClass', 'system-node-critical'), description: 'a predefined system PriorityClass' },
    { code: named('example.com/v1', 'Widget', 'w.v1'), description: 'a custom resource (DNS subdomain)' },
  ],
  reject: [
    { code: rbacSlash, ...at(rbacSlash, 'team/'), message: "'/'", description: "a ClusterRole with '/'" },
    { code: rbacDots, ...at(rbacDots, "'..'"), message: "other than '..'", description: "a Role named '..'" },
    { code: rbacPercent, ...at(rbacPercent, 'read%'), message: "'%'", description: "a RoleBinding with '%'" },
    {
      code: configMapColon,
      ...at(configMapColon, 'system:'),
      message: 'RFC 1123 subdomain',
      description: "a ConfigMap with ':' (not RBAC)",
    },
    { code: dottedStatefulSet, ...at(dottedStatefulSet, 'db.v2'), message: 'RFC 1123 label', description: 'a dotted StatefulSet name' },
    { code: paddedIp, ...at(paddedIp, '10.096'), message: 'canonical', description: 'an IPv4 name with a leading zero' },
    { code: upperIpv6, ...at(upperIpv6, "'2001"), message: '2001:db8::1', description: 'an IPv6 name not in canonical form' },
    { code: badGenerateName, ...at(badGenerateName, 'Web-'), message: 'RFC 1123 subdomain', description: 'a generateName with capitals' },
    { code: longCronJob, ...at(longCronJob, 'ccc'), messageId: 'k8s/object-name.cronjob-length' },
    { code: systemPriority, ...at(systemPriority, 'system-'), messageId: 'k8s/object-name.system-priority-class' },
  ],
});
