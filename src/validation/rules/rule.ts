import type { CniConfig } from '../cni/cni-config.ts';
import type { CrdRegistry } from '../crd/definitions.ts';
import type { ExampleSet } from '../example-set.ts';
import type { CommandFile, ShellCommand } from '../kubectl/shell.ts';
import type { ExpectedOutput } from '../output/expected-output.ts';
import type { Location, Resource } from '../resource.ts';
import type { Mode, Severity } from '../types.ts';

/**
 * How bad a broken rule is:
 * - `api`: the Kubernetes API server (or the CNI runtime, or kubectl) would reject it: an error everywhere.
 * - `cross-file` and `policy`: errors for the example set, warnings for loose files (a reader's valid manifest must pass).
 * - `advice`: always a warning.
 */
export type RuleLevel = 'api' | 'cross-file' | 'policy' | 'advice';

export interface RuleMeta {
  id: string;
  level: RuleLevel;
  description: string;
}

export interface ReportInput {
  at: Location;
  params?: Record<string, string | number>;
  /** A variant of the rule's message (`k8s/unknown-field.suggest`); defaults to the rule id. */
  messageId?: string;
  /** Also the message's {expected} parameter unless params sets one (the same for found). */
  expected?: string;
  found?: string;
  severity?: Severity;
}

/** What a rule's check calls once per problem (the run's result is a `Report`, types.ts). */
export type Reporter = (input: ReportInput) => void;

export interface RuleEnv {
  mode: Mode;
  set: ExampleSet;
  /** CRDs of the run, of `--crd` files and of bundled snapshots; absent in callers that know none. */
  crds?: CrdRegistry;
}

export interface ResourceRule extends RuleMeta {
  target: 'resource';
  check(resource: Resource, report: Reporter, env: RuleEnv): void;
}
export interface CniRule extends RuleMeta {
  target: 'cni';
  check(config: CniConfig, report: Reporter, env: RuleEnv): void;
}
export interface CommandRule extends RuleMeta {
  target: 'command';
  check(command: ShellCommand, report: Reporter, env: RuleEnv, file: CommandFile): void;
}
export interface OutputRule extends RuleMeta {
  target: 'output';
  check(output: ExpectedOutput, report: Reporter, env: RuleEnv): void;
}
/** Reported by the reading and parsing stages themselves; registered so they have a level, docs and tests. */
export interface StageRule extends RuleMeta {
  target: 'stage';
}

export type Rule = ResourceRule | CniRule | CommandRule | OutputRule | StageRule;

/** A rule's messages in both languages, keyed by its id or `id.variant`: `messages.ts` in the rule's folder. */
export interface RuleMessages {
  en: Record<string, string>;
  ja: Record<string, string>;
}

/** A rule in its own folder, `rules/<area>/<rule-name>/`: the rule (`index.ts`) and its messages (`messages.ts`). */
export interface RuleModule {
  rule: Rule;
  messages: RuleMessages;
}

export function severityOf(level: RuleLevel, mode: Mode): Severity {
  if (level === 'api') return 'error';
  if (level === 'advice') return 'warning';
  return mode === 'example-set' ? 'error' : 'warning';
}
