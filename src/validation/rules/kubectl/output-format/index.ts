import { kubectlOf } from '../../../kubectl/kubectl-command.ts';
import type { CommandRule } from '../../rule.ts';

/** Formats that print with a template or column list given after `=` (`-o jsonpath='{…}'`). */
const FORMATS_NEEDING_ARGUMENT = new Set([
  'jsonpath',
  'jsonpath-as-json',
  'jsonpath-file',
  'custom-columns',
  'custom-columns-file',
  'go-template',
  'go-template-file',
  'template',
  'templatefile',
]);

/** The -o formats the command lists in its help, and whether the format takes an `=argument`. */
export const outputFormat: CommandRule = {
  id: 'kubectl/output-format',
  level: 'api',
  target: 'command',
  description: 'An -o/--output format the command does not support, or jsonpath/custom-columns/go-template without its argument.',
  check(command, report, env, file) {
    for (const { spec, value, word } of kubectlOf(command, env.crds?.resourceTypes())?.outputs ?? []) {
      if (value === undefined || word.hasExpansion || !spec.values) continue;
      const format = value.includes('=') ? value.slice(0, value.indexOf('=')) : value;
      if (!spec.values.includes(format)) {
        const formats = spec.values.join(', ');
        report({ at: file.at(word), params: { format: value, formats }, expected: formats, found: value });
      } else if (FORMATS_NEEDING_ARGUMENT.has(format) && !value.includes('=')) {
        report({
          at: file.at(word),
          messageId: 'kubectl/output-format.argument',
          params: { format },
          expected: `${format}=…`,
          found: value,
        });
      } else if (!FORMATS_NEEDING_ARGUMENT.has(format) && value.includes('=')) {
        report({ at: file.at(word), messageId: 'kubectl/output-format.no-argument', params: { format }, expected: format, found: value });
      }
    }
  },
};
