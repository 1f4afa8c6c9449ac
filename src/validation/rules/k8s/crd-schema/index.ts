import { isCrd } from '../../../crd/definitions.ts';
import { checkCrdSchema } from '../../../crd/schema-check.ts';
import { isRecord } from '../../../k8s/workloads.ts';
import type { ResourceRule } from '../../rule.ts';

/** The API server refuses a CRD whose schema is not structural (or misuses an x-kubernetes-* extension). */
export const crdSchema: ResourceRule = {
  id: 'k8s/crd-schema',
  level: 'api',
  target: 'resource',
  description:
    'A CustomResourceDefinition whose openAPIV3Schema the API server rejects: not structural (type missing or not array/boolean/integer/number/object/string, not object at the root, properties beside additionalProperties, array without items, keywords other than value validations under allOf/anyOf/oneOf/not, metadata beyond name/generateName), uniqueItems, $ref, or an x-kubernetes-* extension misused (list-type/list-map-keys/map-type, int-or-string, embedded-resource, preserve-unknown-fields: false, validation rules without rule or with a bad reason).',
  check(resource, report) {
    if (!isCrd(resource)) return;
    const versions = isRecord(resource.value.spec) ? resource.value.spec.versions : undefined;
    if (!Array.isArray(versions)) return;
    versions.forEach((version, index) => {
      if (!isRecord(version)) return;
      const schema = isRecord(version.schema) ? version.schema.openAPIV3Schema : undefined;
      if (!isRecord(schema)) {
        report({
          at: resource.at(['spec', 'versions', index], { key: true }),
          messageId: 'k8s/crd-schema.schema-required',
          params: { version: String(version.name) },
        });
        return;
      }
      for (const problem of checkCrdSchema(schema, ['spec', 'versions', index, 'schema', 'openAPIV3Schema'])) {
        const at = resource.at(problem.path, { key: true });
        report({
          at,
          messageId: `k8s/crd-schema.${problem.code}`,
          params: problem.params,
          ...(problem.params.supported ? { expected: problem.params.supported } : {}),
          ...(problem.params.value ? { found: problem.params.value } : {}),
        });
      }
    });
  },
};
