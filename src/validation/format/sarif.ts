import { rulesById } from '../rules/index.ts';
import type { Problem, Report } from '../types.ts';

/**
 * SARIF 2.1.0 (OASIS), the format GitHub code scanning uploads: one run, the rules that fired as the tool's rule
 * table, one result per problem with its region (lines and columns are 1-based; SARIF's endColumn is exclusive,
 * like the positions of the report). Written by hand: the format is a plain JSON shape, and the builder packages add
 * nothing a test against the official schema does not already check.
 */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifOptions {
  /** The tool's name in the log (shown by code scanning). */
  toolName?: string;
}

export function formatSarif(report: Report, options: SarifOptions = {}): string {
  const ruleIds = [...new Set(report.problems.map((p) => p.ruleId))].sort();
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: options.toolName ?? 'k8s-network-notes validate',
            properties: { kubernetesVersion: report.kubernetesVersion },
            rules: ruleIds.map((id) => {
              const rule = rulesById.get(id);
              return {
                id,
                shortDescription: { text: rule?.description ?? id },
                defaultConfiguration: { level: rule?.level === 'api' ? 'error' : 'warning' },
              };
            }),
          },
        },
        results: report.problems.map((p) => result(p, ruleIndex.get(p.ruleId) ?? 0)),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function result(p: Problem, ruleIndex: number) {
  const region: Record<string, number> = { startLine: p.line, startColumn: p.column };
  if (p.endLine !== undefined && p.endColumn !== undefined) {
    region.endLine = p.endLine;
    region.endColumn = p.endColumn;
  }
  const details = [p.expected !== undefined ? `expected: ${p.expected}` : '', p.found !== undefined ? `found: ${p.found}` : '']
    .filter(Boolean)
    .join('; ');
  return {
    ruleId: p.ruleId,
    ruleIndex,
    level: p.severity,
    message: { text: details ? `${p.message} (${details})` : p.message },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: encodeURI(p.file) }, region },
        ...(p.path ? { logicalLocations: [{ fullyQualifiedName: p.path, kind: 'member' }] } : {}),
      },
    ],
  };
}
