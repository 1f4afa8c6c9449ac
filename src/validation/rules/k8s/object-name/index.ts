import { checkName, nameSyntaxOf } from '../../../k8s/kind-names.ts';
import { dns1123Label } from '../../../k8s/names.ts';
import { isToolConfig } from '../../../schema/kubernetes.ts';
import type { ResourceRule } from '../../rule.ts';

/**
 * metadata.name, metadata.generateName and metadata.namespace, as ValidateObjectMeta
 * (k8s.io/apimachinery/pkg/api/validation/objectmeta.go) checks them with each kind's name function (the table in
 * k8s/kind-names.ts: path segments for RBAC kinds, DNS labels for Namespaces and StatefulSets, DNS subdomains by
 * default), plus the extra name checks of CronJob and PriorityClass. Service names (DNS-1035) are k8s/service-name.
 */
/** ValidateCronJobCreate: the controller appends an 11-character suffix and Job names are at most 63 characters. */
const CRONJOB_NAME_MAX = 52;
/** scheduling.SystemPriorityClassPrefix; only the predefined classes may use it (IsKnownSystemPriorityClass). */
const SYSTEM_PRIORITY_CLASSES = new Set(['system-node-critical', 'system-cluster-critical']);

export const objectName: ResourceRule = {
  id: 'k8s/object-name',
  level: 'api',
  target: 'resource',
  description:
    "metadata.name (or generateName) is required and valid for its kind, as each kind's `ValidateObjectMeta` name function says (table in `k8s/kind-names.ts`): a DNS-1123 subdomain by default and for custom resources; a DNS-1123 label for Namespace and StatefulSet; a path segment (anything but `.`/`..` without `/` or `%`, so `system:kube-dns-autoscaler` and capitals are fine) for Role, ClusterRole, RoleBinding and ClusterRoleBinding; a canonical IP for IPAddress; CronJob names at most 52 characters; the `system-` PriorityClass prefix is reserved; metadata.namespace a DNS-1123 label.",
  check(resource, report) {
    // Tool configs have no metadata; *List kinds have ListMeta, which has no name.
    if (isToolConfig(resource.apiVersion, resource.kind) || resource.kind.endsWith('List')) return;
    const metadata = resource.value.metadata as Record<string, unknown> | undefined;
    const name = metadata?.name;
    const generateName = metadata?.generateName;
    if (name === undefined && generateName === undefined) {
      report({
        at: resource.at(metadata ? ['metadata'] : [], { key: true }),
        messageId: 'k8s/object-name.missing',
        params: { kind: resource.kind },
      });
    } else if (resource.kind !== 'Service') {
      const syntax = nameSyntaxOf(resource.apiVersion, resource.kind);
      // ValidateObjectMeta checks generateName (as a prefix) only when name is empty.
      const [field, value, prefix] = typeof name === 'string' ? ['name', name, false] : ['generateName', generateName, true];
      const problem = typeof value === 'string' ? checkName(syntax, value, prefix) : null;
      if (problem && typeof value === 'string')
        report({
          at: resource.at(['metadata', field]),
          params: { kind: resource.kind, name: value },
          expected: problem,
          found: value,
        });
      else if (typeof name === 'string')
        extraNameChecks(resource.apiVersion, resource.kind, name, (messageId) =>
          report({ at: resource.at(['metadata', 'name']), messageId, params: { kind: resource.kind, name }, found: name }),
        );
    }
    const namespace = metadata?.namespace;
    if (typeof namespace === 'string') {
      const problem = dns1123Label(namespace);
      if (problem)
        report({
          at: resource.at(['metadata', 'namespace']),
          messageId: 'k8s/object-name.namespace',
          params: { name: namespace },
          expected: problem,
          found: namespace,
        });
    }
  },
};

function extraNameChecks(apiVersion: string, kind: string, name: string, fail: (messageId: string) => void): void {
  if (kind === 'CronJob' && apiVersion.startsWith('batch/') && name.length > CRONJOB_NAME_MAX) fail('k8s/object-name.cronjob-length');
  if (
    kind === 'PriorityClass' &&
    apiVersion.startsWith('scheduling.k8s.io/') &&
    name.startsWith('system-') &&
    !SYSTEM_PRIORITY_CLASSES.has(name)
  )
    fail('k8s/object-name.system-priority-class');
}
