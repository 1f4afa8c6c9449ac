import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { formatSarif } from '../../../src/validation/format/sarif.ts';
import { rulesById } from '../../../src/validation/rules/index.ts';
import { CLEAN, REPORT } from './report.ts';

// The SARIF 2.1.0 JSON schema as Microsoft's SARIF team ships it (draft-04), read from the installed package.
const require = createRequire(import.meta.url);
const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
// unicodeRegExp off: the schema's language-tag pattern is valid as a plain JavaScript RegExp, not with the u flag.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

const description = (id: string) => rulesById.get(id)!.description;

describe('formatSarif', () => {
  it('writes a SARIF 2.1.0 log: the rules that fired, one result per problem with its region', () => {
    expect(JSON.parse(formatSarif(REPORT))).toEqual({
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'k8s-network-notes validate',
              properties: { kubernetesVersion: '1.36' },
              rules: [
                {
                  id: 'cni/unknown-plugin-key',
                  shortDescription: { text: description('cni/unknown-plugin-key') },
                  defaultConfiguration: { level: 'warning' },
                },
                { id: 'k8s/type', shortDescription: { text: description('k8s/type') }, defaultConfiguration: { level: 'error' } },
                {
                  id: 'k8s/unknown-field',
                  shortDescription: { text: description('k8s/unknown-field') },
                  defaultConfiguration: { level: 'error' },
                },
              ],
            },
          },
          results: [
            {
              ruleId: 'k8s/unknown-field',
              ruleIndex: 2,
              level: 'error',
              message: { text: 'unknown field "replicas" in ServiceSpec (found: replicas)' },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: 'apps/web%20deploy.yaml' },
                    region: { startLine: 7, startColumn: 3, endLine: 7, endColumn: 11 },
                  },
                  logicalLocations: [{ fullyQualifiedName: 'spec.replicas', kind: 'member' }],
                },
              ],
            },
            {
              ruleId: 'k8s/type',
              ruleIndex: 1,
              level: 'error',
              message: { text: 'expected string, found boolean: 100% <sure>, a:b & "c"\nnext line (expected: string; found: boolean)' },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: 'apps/web%20deploy.yaml' },
                    region: { startLine: 12, startColumn: 9, endLine: 14, endColumn: 2 },
                  },
                  logicalLocations: [{ fullyQualifiedName: 'data.ratio', kind: 'member' }],
                },
              ],
            },
            {
              ruleId: 'cni/unknown-plugin-key',
              ruleIndex: 0,
              level: 'warning',
              message: { text: 'unknown key "mtu2"' },
              locations: [
                { physicalLocation: { artifactLocation: { uri: 'net/10-bridge.conflist' }, region: { startLine: 1, startColumn: 1 } } },
              ],
            },
          ],
        },
      ],
    });
  });

  it('is valid against the SARIF 2.1.0 schema, with and without results', () => {
    for (const report of [REPORT, CLEAN]) {
      const valid = validateSarif(JSON.parse(formatSarif(report)));
      expect(validateSarif.errors ?? [], JSON.stringify(validateSarif.errors)).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it('is rejected by the schema when it breaks the format (the schema check can fail)', () => {
    const log = JSON.parse(formatSarif(REPORT));
    log.runs[0].results[0].level = 'fatal';
    log.runs[0].results[1].locations[0].physicalLocation.region.startLine = 0;
    expect(validateSarif(log)).toBe(false);
    expect(validateSarif.errors?.length).toBeGreaterThan(0);
  });
});
