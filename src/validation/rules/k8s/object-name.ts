import { dns1035Label, dns1123Label, dns1123Subdomain } from '../../k8s/names.ts';
import { isToolConfig } from '../../schema/kubernetes.ts';
import type { ResourceRule } from '../rule.ts';

/**
 * metadata.name and metadata.namespace, as ValidateObjectMeta (k8s.io/apimachinery/pkg/api/validation/objectmeta.go)
 * checks them with each kind's name function: NameIsDNSSubdomain for most kinds, ValidateNamespaceName (DNS-1123
 * label) for Namespaces. Service names (DNS-1035) are the separate rule k8s/service-name.
 */
const LABEL_NAMED_KINDS = new Set(['Namespace']);

export const objectName: ResourceRule = {
  id: 'k8s/object-name',
  level: 'api',
  target: 'resource',
  description:
    'metadata.name is required and must be a DNS-1123 subdomain (a DNS-1123 label for Namespaces); metadata.namespace a DNS-1123 label.',
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
    } else if (typeof name === 'string' && resource.kind !== 'Service') {
      const problem = LABEL_NAMED_KINDS.has(resource.kind) ? dns1123Label(name) : dns1123Subdomain(name);
      if (problem)
        report({
          at: resource.at(['metadata', 'name']),
          params: { kind: resource.kind, name, expected: problem },
          expected: problem,
          found: name,
        });
    }
    const namespace = metadata?.namespace;
    if (typeof namespace === 'string') {
      const problem = dns1123Label(namespace);
      if (problem)
        report({
          at: resource.at(['metadata', 'namespace']),
          messageId: 'k8s/object-name.namespace',
          params: { name: namespace, expected: problem },
          expected: problem,
          found: namespace,
        });
    }
  },
};

/** ValidateServiceName = NameIsDNS1035Label (pkg/apis/core/validation/validation.go): the name becomes a DNS label and env var prefix. */
export const serviceName: ResourceRule = {
  id: 'k8s/service-name',
  level: 'api',
  target: 'resource',
  description: 'A Service name must be a DNS-1035 label: at most 63 characters, lower-case, starting with a letter.',
  check(resource, report) {
    if (resource.kind !== 'Service' || typeof resource.name !== 'string') return;
    const problem = dns1035Label(resource.name);
    if (problem)
      report({
        at: resource.at(['metadata', 'name']),
        params: { name: resource.name, expected: problem },
        expected: problem,
        found: resource.name,
      });
  },
};
