import { dns1035Label } from '../../../k8s/names.ts';
import type { ResourceRule } from '../../rule.ts';

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
        params: { name: resource.name },
        expected: problem,
        found: resource.name,
      });
  },
};
