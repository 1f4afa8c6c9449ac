import {
  apiVersionsOf,
  closestKind,
  isNoLongerServed,
  isServed,
  isToolConfig,
  KUBERNETES_VERSION,
  servedKinds,
} from '../../../schema/kubernetes.ts';
import type { ResourceRule } from '../../rule.ts';

/** The API server answers `no matches for kind "X" in version "Y"`. */
export const unknownKind: ResourceRule = {
  id: 'k8s/unknown-kind',
  level: 'api',
  target: 'resource',
  description: `The apiVersion/kind pair is not served by Kubernetes ${KUBERNETES_VERSION} (typo, removed beta version) nor by a CRD of the run, of \`--crd\` or of the Gateway API snapshot; or the CRD does not serve that version.`,
  check(resource, report, env) {
    const { apiVersion, kind } = resource;
    if (isServed(apiVersion, kind) || isToolConfig(apiVersion, kind)) return;
    const custom = env.crds?.lookup(apiVersion, kind);
    if (custom) {
      const { definition } = custom;
      const served = definition.versions.filter((v) => v.served).map((v) => `${definition.group}/${v.name}`);
      if (!custom.version)
        report({
          at: resource.at(['apiVersion']),
          messageId: 'k8s/unknown-kind.crd-version',
          params: { kind, apiVersion, supported: served.join(', ') || '-', source: definition.source },
          expected: served.join(', '),
          found: apiVersion,
        });
      else if (!custom.version.schema)
        report({
          at: resource.at(['kind']),
          messageId: 'k8s/unknown-kind.no-schema',
          params: { kind, apiVersion, source: definition.source },
          found: kind,
        });
      return;
    }
    const versions = apiVersionsOf(kind);
    if (versions.length > 0) {
      report({
        at: resource.at(['apiVersion']),
        messageId: isNoLongerServed(apiVersion, kind) ? 'k8s/unknown-kind.removed' : 'k8s/unknown-kind.version',
        params: { kind, apiVersion, supported: versions.join(', '), version: KUBERNETES_VERSION },
        expected: versions.join(', '),
        found: apiVersion,
      });
      return;
    }
    const suggestion = closestKind(kind);
    report({
      at: resource.at(['kind']),
      messageId: suggestion ? 'k8s/unknown-kind.suggest' : 'k8s/unknown-kind',
      params: { kind, apiVersion, version: KUBERNETES_VERSION, ...(suggestion ? { suggestion } : {}) },
      expected: servedKinds().join(', '),
      found: kind,
    });
  },
};
