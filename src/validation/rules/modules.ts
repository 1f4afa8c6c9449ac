import { kubectlRules } from './kubectl/index.ts';
import { policyRules } from './policy/index.ts';
import type { RuleModule } from './rule.ts';
import { shRules } from './sh/index.ts';

/**
 * The rules that live in one folder each (`rules/<area>/<rule-name>/`, see CONTRIBUTING.md): the registry
 * (`rules/index.ts`) takes their rules, the message catalogues (`messages/index.ts`) their messages. Areas not yet
 * moved keep their rules in `rules/<area>/*.ts` and their messages in `messages/en.ts` and `ja.ts`.
 */
export const ruleModules: RuleModule[] = [...policyRules, ...shRules, ...kubectlRules];
