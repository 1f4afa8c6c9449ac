import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePaths } from '../../src/validation/index.ts';

/**
 * kubeconform's acceptance cases, in spirit (our own fixtures): each file, validated alone as a reader would, gives
 * this many resources and exactly these errors (rule id at line:column). Warnings never make a file invalid.
 */
const dir = join(import.meta.dirname, 'fixtures', 'acceptance');

const cases: { file: string; resources: number; errors: string[] }[] = [
  { file: 'valid.yaml', resources: 1, errors: [] },
  { file: 'invalid.yaml', resources: 1, errors: ['k8s/type@11:13'] },
  { file: 'valid.json', resources: 1, errors: [] },
  { file: 'invalid.json', resources: 1, errors: ['k8s/type@8:18'] },
  { file: 'int-or-string.yaml', resources: 2, errors: [] },
  { file: 'quantity.yaml', resources: 1, errors: [] },
  { file: 'creation-timestamp-null.yaml', resources: 1, errors: [] },
  { file: 'multi-doc-valid.yaml', resources: 2, errors: [] },
  { file: 'multi-doc-invalid.yaml', resources: 2, errors: ['k8s/unknown-field@23:3'] },
  { file: 'list-valid.yaml', resources: 1, errors: [] },
  { file: 'list-invalid.yaml', resources: 1, errors: ['k8s/port-range@14:17'] },
  { file: 'list-empty.yaml', resources: 0, errors: [] },
  { file: 'blank.yaml', resources: 0, errors: [] },
  { file: 'comments-only.yaml', resources: 0, errors: [] },
  { file: 'missing-kind.yaml', resources: 0, errors: ['k8s/missing-kind@1:1'] },
  { file: 'missing-apiversion.yaml', resources: 0, errors: ['k8s/missing-api-version@1:1'] },
  { file: 'extra-property.yaml', resources: 1, errors: ['k8s/unknown-field@7:3'] },
  { file: 'duplicate-property.yaml', resources: 0, errors: ['yaml/duplicate-key@7:3'] },
  { file: 'unknown-kind.yaml', resources: 1, errors: ['k8s/unknown-kind@2:7'] },
  // Modelled on kubectl-validate's cases and the API server's own name and container checks.
  { file: 'rbac-path-segment-names.yaml', resources: 2, errors: [] },
  { file: 'rbac-slash-name.yaml', resources: 1, errors: ['k8s/object-name@4:9'] },
  { file: 'pod-without-image.yaml', resources: 1, errors: ['k8s/container-image@7:7'] },
  { file: 'yaml11-scalars.yaml', resources: 2, errors: ['k8s/type@26:12'] },
  { file: 'bundle-with-merge-keys.yaml', resources: 2, errors: [] },
  { file: 'anchor-across-documents.yaml', resources: 1, errors: ['yaml/syntax@13:9'] },
];

describe('acceptance (kubeconform-style)', () => {
  for (const c of cases) {
    it(`${c.file}: ${c.resources} resource(s), ${c.errors.length ? c.errors.join(', ') : 'valid'}`, async () => {
      const report = await validatePaths([join(dir, c.file)], { mode: 'loose' });
      const errors = report.problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}@${p.line}:${p.column}`);
      expect(errors).toEqual(c.errors);
      expect(report.resources).toBe(c.resources);
      expect(report.files).toBe(1);
      expect(report.kubernetesVersion).toBe('1.36');
    });
  }
});
