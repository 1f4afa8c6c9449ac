import { isRecord } from '../../../k8s/workloads.ts';
import type { CniRule } from '../../rule.ts';
import { schemaRule } from '../shared.ts';

const versionSchema = schemaRule('cni/cni-version', '');

/**
 * libcni does not require cniVersion (ConfListFromBytes reads it only when present); the plugins then decode an
 * empty version as 0.1.0, the oldest result format. So a missing cniVersion is a warning, a wrong one an error.
 */
export const cniVersion: CniRule = {
  ...versionSchema,
  description:
    'cniVersion is one of 0.1.0, 0.2.0, 0.3.0, 0.3.1, 0.4.0, 1.0.0, 1.1.0. Missing, it is a warning: libcni accepts it and plugins read the empty version as 0.1.0.',
  check(config, report, env) {
    versionSchema.check(config, report, env);
    if (isRecord(config.value) && !('cniVersion' in config.value) && !('cniVersions' in config.value))
      report({ at: config.at([], { key: true }), messageId: 'cni/cni-version.missing', severity: 'warning', expected: 'cniVersion' });
  },
};
