/**
 * The UI strings the playground script needs, handed over from the page (a data attribute holding JSON: no inline
 * script under the Content Security Policy) and filled in with `{name}` parameters.
 */
export const PLAYGROUND_STRING_KEYS = [
  'playground.status.loading',
  'playground.status.checking',
  'playground.status.ok',
  'playground.status.problems',
  'playground.status.okCni',
  'playground.status.problemsCni',
  'playground.status.tooLarge',
  'playground.status.timeout',
  'playground.status.failure',
  'playground.status.loadFailed',
  'playground.status.invalidExample',
  'playground.status.moreProblems',
  'playground.position',
  'playground.severity.error',
  'playground.severity.warning',
  'playground.timing',
  'playground.sim.slices',
  'playground.sim.iptables',
  'playground.sim.nftables',
  'playground.sim.policy',
  'playground.sim.trace',
  'playground.sim.skipped',
  'playground.sim.none',
  'playground.sim.traceError',
] as const;

export type PlaygroundStringKey = (typeof PLAYGROUND_STRING_KEYS)[number];
export type PlaygroundStrings = Record<PlaygroundStringKey, string>;
