import { dns1123Label, ianaServiceName } from '../../../k8s/names.ts';
import type { ResourceRule } from '../../rule.ts';
import { portRefs } from '../support/port-refs.ts';

/** IsValidPortName (container ports, named targetPorts, probes) and ValidateDNS1123Label (Service port names). */
export const portName: ResourceRule = {
  id: 'k8s/port-name',
  level: 'api',
  target: 'resource',
  description:
    'Container port names and named targetPorts must be IANA service names (≤ 15 chars, a-z0-9-, one letter); Service port names DNS-1123 labels.',
  check(resource, report) {
    for (const ref of portRefs(resource).names) {
      const problem = ref.syntax === 'iana' ? ianaServiceName(ref.value) : dns1123Label(ref.value);
      if (problem) report({ at: resource.at(ref.path), params: { name: ref.value }, expected: problem, found: ref.value });
    }
  },
};
