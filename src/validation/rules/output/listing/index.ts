import type { ExpectedOutput } from '../../../output/expected-output.ts';
import type { OutputRule, Reporter } from '../../rule.ts';

/** The program that really prints the output: `sudo ls`, `rdctl shell ls`, `docker exec node ls` → `ls`. */
function effectiveCommand(output: ExpectedOutput): { program: string; args: string[] } | undefined {
  const command = output.command;
  if (!command) return undefined;
  let words = [command.program.text, ...command.args.map((a) => a.text)];
  for (;;) {
    if (words[0] === 'sudo') words = words.slice(1);
    else if (words[0] === 'rdctl' && words[1] === 'shell') words = words.slice(2);
    else if ((words[0] === 'docker' || words[0] === 'podman') && words[1] === 'exec') {
      let i = 2;
      while (words[i]?.startsWith('-')) i++;
      words = words.slice(i + 1); // the container name, then its command
    } else break;
  }
  return words[0] ? { program: words[0], args: words.slice(1) } : undefined;
}

/**
 * Directory listings: `tree` (one root line, then ├── / └── entries under │ / space indentation, and a summary that
 * adds up) and `ls -R` (blocks `dir:` + entries; the first block is the listed path, every other block a
 * subdirectory listed in its parent's block).
 */
export const listing: OutputRule = {
  id: 'output/listing',
  level: 'cross-file',
  target: 'output',
  description:
    'The output of `tree` or `ls -R` (also through sudo, rdctl shell, docker exec) is a well-formed listing of the path the command names.',
  check(output, report) {
    const command = effectiveCommand(output);
    if (!command) return;
    if (command.program === 'tree') checkTree(output, report);
    else if (command.program === 'ls' && command.args.some((a) => /^-[a-zA-Z]*R/.test(a))) {
      const path = command.args.find((a) => !a.startsWith('-'));
      checkLsRecursive(output, report, path?.replace(/(.)\/+$/, '$1'));
    }
  },
};

function checkTree(output: ExpectedOutput, report: Reporter) {
  const entries: { depth: number }[] = [];
  // After a line that is not an entry the count is unknown, so the summary is not checked (one mistake, one problem).
  let unreadable = false;
  output.lines.forEach((line, index) => {
    if (index === 0 || line.trim() === '') return;
    const summary = /^(\d+) director(?:y|ies)(?:, (\d+) files?)?$/.exec(line);
    if (summary) {
      // tree does not count the root; a directory is an entry with deeper entries right after it.
      let dirs = 0;
      for (let i = 0; i < entries.length; i++) if (entries[i + 1] && entries[i + 1]!.depth > entries[i]!.depth) dirs++;
      const files = entries.length - dirs;
      const expected = `${dirs} ${dirs === 1 ? 'directory' : 'directories'}, ${files} ${files === 1 ? 'file' : 'files'}`;
      if (!unreadable && (Number(summary[1]) !== dirs || Number(summary[2] ?? 0) !== files))
        report({ at: output.at(index + 1), messageId: 'output/listing.summary', params: { expected, found: line }, expected, found: line });
      return;
    }
    const m = /^((?:│ {3}| {4}|│\u00a0\u00a0 )*)(├── |└── )\S/.exec(line);
    if (!m) {
      unreadable = true;
      report({ at: output.at(index + 1), params: { line }, found: line });
      return;
    }
    entries.push({ depth: m[1]!.length / 4 });
  });
}

function checkLsRecursive(output: ExpectedOutput, report: Reporter, path: string | undefined) {
  const blocks: { dir: string; line: number; entries: string[] }[] = [];
  let current: (typeof blocks)[number] | undefined;
  output.lines.forEach((line, index) => {
    if (line.trim() === '') {
      current = undefined;
      return;
    }
    if (line.endsWith(':') && current === undefined) {
      current = { dir: line.slice(0, -1), line: index + 1, entries: [] };
      blocks.push(current);
      return;
    }
    if (!current) {
      report({ at: output.at(index + 1), params: { line }, found: line });
      return;
    }
    current.entries.push(...line.split(/\s+/).filter(Boolean));
  });
  blocks.forEach((block, index) => {
    if (index === 0) {
      if (path !== undefined && block.dir !== path && block.dir !== '.')
        report({
          at: output.at(block.line),
          messageId: 'output/listing.root',
          params: { expected: `${path}:`, found: `${block.dir}:` },
          expected: `${path}:`,
          found: `${block.dir}:`,
        });
      return;
    }
    const parent = blocks.find(
      (b) =>
        `${b.dir}/${block.dir.slice(b.dir.length + 1)}` === block.dir &&
        b.entries.includes(block.dir.slice(b.dir.length + 1)) &&
        block.dir.startsWith(`${b.dir}/`),
    );
    if (!parent)
      report({ at: output.at(block.line), messageId: 'output/listing.orphan', params: { dir: block.dir }, found: `${block.dir}:` });
  });
}
