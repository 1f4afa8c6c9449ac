import { isPortNumber } from '../../../k8s/names.ts';
import type { ResourceRule } from '../../rule.ts';
import { portRefs } from '../support/port-refs.ts';

/** validation.IsValidPortNum, used by validateContainerPorts, validateServicePort, validateNetworkPolicyPort, probes. */
export const portRange: ResourceRule = {
  id: 'k8s/port-range',
  level: 'api',
  target: 'resource',
  description: 'Port numbers (containerPort, hostPort, Service port and targetPort, probe and NetworkPolicy ports) must be 1–65535.',
  check(resource, report) {
    for (const ref of portRefs(resource).numbers) {
      if (typeof ref.value !== 'number') continue; // a string where a number belongs is k8s/type
      if (ref.kind === 'number-or-zero' && ref.value === 0) continue;
      if (!isPortNumber(ref.value))
        report({ at: resource.at(ref.path), params: { value: ref.value }, expected: '1-65535', found: String(ref.value) });
    }
  },
};
