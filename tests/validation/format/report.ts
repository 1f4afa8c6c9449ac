import type { Report } from '../../../src/validation/types.ts';

/** A report written by hand (not produced by the validator), with the characters each format must escape. */
export const REPORT: Report = {
  kubernetesVersion: '1.36',
  files: 2,
  resources: 3,
  problems: [
    {
      file: 'apps/web deploy.yaml',
      line: 7,
      column: 3,
      endLine: 7,
      endColumn: 11,
      path: 'spec.replicas',
      ruleId: 'k8s/unknown-field',
      severity: 'error',
      message: 'unknown field "replicas" in ServiceSpec',
      found: 'replicas',
    },
    {
      file: 'apps/web deploy.yaml',
      line: 12,
      column: 9,
      endLine: 14,
      endColumn: 2,
      path: 'data.ratio',
      ruleId: 'k8s/type',
      severity: 'error',
      message: 'expected string, found boolean: 100% <sure>, a:b & "c"\nnext line',
      expected: 'string',
      found: 'boolean',
    },
    {
      file: 'net/10-bridge.conflist',
      line: 1,
      column: 1,
      path: '',
      ruleId: 'cni/unknown-plugin-key',
      severity: 'warning',
      message: 'unknown key "mtu2"',
    },
  ],
};

export const CLEAN: Report = { kubernetesVersion: '1.36', files: 4, resources: 5, problems: [] };
