import type { RuleModule } from '../rule.ts';
import { imageTag } from './image-tag/index.ts';
import { messages as imageTagMessages } from './image-tag/messages.ts';
import { podSecurity } from './pod-security/index.ts';
import { messages as podSecurityMessages } from './pod-security/messages.ts';
import { readinessProbe } from './readiness-probe/index.ts';
import { messages as readinessProbeMessages } from './readiness-probe/messages.ts';
import { resourcesRule } from './resources/index.ts';
import { messages as resourcesMessages } from './resources/messages.ts';

/** The policy rules, one folder each, in registry order. */
export const policyRules: RuleModule[] = [
  { rule: podSecurity, messages: podSecurityMessages },
  { rule: imageTag, messages: imageTagMessages },
  { rule: resourcesRule, messages: resourcesMessages },
  { rule: readinessProbe, messages: readinessProbeMessages },
];
