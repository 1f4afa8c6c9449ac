import { cniRules } from './cni/index.ts';
import { k8sRules } from './k8s/index.ts';
import { kubectlRules } from './kubectl/index.ts';
import { outputRules } from './output/index.ts';
import { policyRules } from './policy/index.ts';
import type { Rule } from './rule.ts';
import { shRules } from './sh/index.ts';
import { stageRules } from './stage-rules.ts';

/**
 * Every rule, grouped by area in the order a file is read (stages, then schema, names, ports, cross-file, policy, CNI,
 * shell, kubectl, outputs). The order is the order rules run and the order of the rules table in the README
 * (`npm run gen:rules-table`); it does not order problems: `compareProblems` sorts them by file, line, column, rule id.
 */
export const rules: Rule[] = [
  ...stageRules.map((module) => module.rule),
  ...k8sRules.map((module) => module.rule),
  ...policyRules.map((module) => module.rule),
  ...cniRules.map((module) => module.rule),
  ...shRules.map((module) => module.rule),
  ...kubectlRules.map((module) => module.rule),
  ...outputRules.map((module) => module.rule),
];

export const rulesById: Map<string, Rule> = new Map(rules.map((rule) => [rule.id, rule]));
