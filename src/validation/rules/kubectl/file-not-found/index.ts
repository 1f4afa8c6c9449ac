import { kubectlOf } from '../../../kubectl/kubectl-command.ts';
import type { CommandRule } from '../../rule.ts';

/** `-f` targets: a file or folder of the example set, `-` (stdin), or a published URL of one (…/examples/<path>). */
export const fileNotFound: CommandRule = {
  id: 'kubectl/file-not-found',
  level: 'cross-file',
  target: 'command',
  description:
    'A file passed with -f/--filename must exist in the example set (relative to the examples root), or be a published URL of one; loose files may also name a file that exists from the working directory.',
  check(command, report, env, file) {
    const read = kubectlOf(command, env.crds?.resourceTypes());
    if (!read) return;
    for (const word of read.files) {
      if (word.hasExpansion || word.text === '-') continue;
      let path = word.text;
      const url = /^https?:\/\//.test(path);
      if (url) {
        const index = path.indexOf('/examples/');
        if (index < 0) {
          report({ at: file.at(word), messageId: 'kubectl/file-not-found.url', params: { file: path }, found: path });
          continue;
        }
        path = path.slice(index + '/examples/'.length);
      }
      path = path.replace(/^\.\//, '').replace(/\/$/, '');
      const exists =
        env.set.files.has(path) ||
        [...env.set.files].some((f) => f.startsWith(`${path}/`)) ||
        (!url && env.set.fileExists?.(word.text) === true);
      if (!exists) report({ at: file.at(word), params: { file: word.text }, found: word.text });
    }
  },
};
