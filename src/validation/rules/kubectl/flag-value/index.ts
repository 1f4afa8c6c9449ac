import { kubectlOf } from '../../../kubectl/kubectl-command.ts';
import type { FlagSpec } from '../../../kubectl/snapshot.ts';
import type { CommandRule } from '../../rule.ts';

/** pflag's time.ParseDuration: a sequence of decimal numbers with units, or 0. */
const DURATION = /^(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+$|^0$/;
/** Closed sets of values: of a flag on every command, and of a flag that means something else on each command. */
const ENUMS: Record<string, string[]> = { 'dry-run': ['none', 'server', 'client'] };
const COMMAND_ENUMS: Record<string, Record<string, string[]>> = {
  // kubectl patch checks its --type itself.
  patch: { type: ['json', 'merge', 'strategic'] },
  // expose's --type becomes the Service's spec.type, which the API server allows only from this set (case-sensitive).
  expose: { type: ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'] },
};

/** What a flag value should be, when it is not that; undefined for a fine value. */
function valueProblem(flag: FlagSpec, value: string, command: string): string | undefined {
  switch (flag.type) {
    case 'bool':
      return value !== 'true' && value !== 'false' ? 'true or false' : undefined;
    case 'int':
      return /^-?\d+$/.test(value) ? undefined : 'an integer';
    case 'float':
      return /^-?\d+(\.\d+)?$/.test(value) ? undefined : 'a number';
    case 'duration':
      return DURATION.test(value) ? undefined : 'a duration such as 30s, 5m or 1h';
    default: {
      const allowed = COMMAND_ENUMS[command]?.[flag.name] ?? ENUMS[flag.name];
      return allowed && !allowed.includes(value) ? allowed.join(', ') : undefined;
    }
  }
}

/** `[LOCAL_PORT:]REMOTE_PORT`: ports 1-65535; LOCAL_PORT may be 0 or empty (kubectl picks one). */
function validPorts(text: string): boolean {
  const ports = text.split(':');
  return (
    ports.length <= 2 &&
    ports.every((p, i) =>
      /^\d+$/.test(p)
        ? Number(p) <= 65535 && (Number(p) >= 1 || (i === 0 && ports.length === 2))
        : i === 0 && ports.length === 2 && p === '',
    )
  );
}

/**
 * Flag values as pflag parses them (int, bool, float, duration), the closed sets kubectl or the API server holds them to
 * (--dry-run, patch --type, expose --type), a value missing at the end of the line, and port-forward's ports. Output formats are
 * kubectl/output-format's.
 */
export const flagValue: CommandRule = {
  id: 'kubectl/flag-value',
  level: 'api',
  target: 'command',
  description:
    'A flag value of the wrong type (integer, true/false, duration), outside its closed set (--dry-run, --type of patch and expose) or missing; port-forward ports.',
  check(command, report, env, file) {
    const read = kubectlOf(command, env.crds?.resourceTypes());
    if (!read) return;
    for (const flag of read.flags) {
      const { spec, value, word } = flag;
      if (value === undefined) {
        if (spec.type !== 'bool')
          report({
            at: file.at(word),
            messageId: 'kubectl/flag-value.missing',
            params: { flag: `--${spec.name}`, type: spec.type },
            expected: spec.type,
          });
        continue;
      }
      // An output format is kubectl/output-format's; a value with an expansion is only known when the line runs.
      if (word.hasExpansion || read.outputs.includes(flag)) continue;
      const expected = valueProblem(spec, value, read.path.join(' '));
      if (expected) report({ at: file.at(word), params: { flag: `--${spec.name}`, value, expected }, expected, found: value });
    }
    for (const word of read.ports) {
      if (!validPorts(word.text))
        report({
          at: file.at(word),
          messageId: 'kubectl/flag-value.port',
          params: { value: word.text },
          expected: '[LOCAL_PORT:]REMOTE_PORT with ports 1-65535',
          found: word.text,
        });
    }
  },
};
