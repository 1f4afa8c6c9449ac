import { cniRules } from './cni/index.ts';
import { k8sRules } from './k8s/index.ts';
import { kubectlRules } from './kubectl/index.ts';
import { outputRules } from './output/index.ts';
import { policyRules } from './policy/index.ts';
import type { RuleModule } from './rule.ts';
import { shRules } from './sh/index.ts';
import { stageRules } from './stage-rules.ts';

/**
 * Every rule, each in its own folder (`rules/<area>/<rule-name>/`, see CONTRIBUTING.md): the registry
 * (`rules/index.ts`) takes their rules, the message catalogues (`messages/index.ts`) their messages.
 */
export const ruleModules: RuleModule[] = [
  ...stageRules,
  ...k8sRules,
  ...policyRules,
  ...cniRules,
  ...shRules,
  ...kubectlRules,
  ...outputRules,
];
