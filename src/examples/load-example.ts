import { existsSync, readFileSync, statSync } from 'node:fs';
import { posix } from 'node:path';
import { type OutputVariant, outputFileOf } from '../validation/output/output-files.ts';
import { commandLines } from './command-lines.ts';
import { EXAMPLES_DIR } from './example-files.ts';
import { languageFor } from './language.ts';

/** The part of a validation problem that matters here (see src/validation, `Problem`). */
export interface ExampleProblem {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  severity: 'error' | 'warning';
  message: string;
}

export interface LoadedExample {
  /** Path relative to examples/, as written in `<Example file="…">`. */
  file: string;
  /** The file's exact contents. */
  source: string;
  /** Expressive Code language for `source`. */
  lang: string;
  /**
   * For a command file (a `.sh` in commands/ or setup/): the lines a reader types, shown in a terminal frame, and
   * the expected output when `<name>.out` lies beside `<name>.sh`. Other `.sh` files (walkthrough.sh) are scripts,
   * shown whole.
   */
  terminal?: { commands: string[]; output?: { file: string; text: string } };
}

export interface LoadExampleOptions {
  /** The page that includes the example, named in every error. */
  page: string;
  /** The examples folder (default `examples`). */
  root?: string;
  /** Problems from validating the example set; any error on this file (or its output) fails the load. */
  problems?: readonly ExampleProblem[];
  /** Show the command's output on another platform (`<name>.kind.out`) instead of `<name>.out`; it must exist. */
  variant?: OutputVariant;
}

/** Command files: what a reader types at a prompt, one step each (examples/README.md). */
const COMMAND_FILE = /^(commands|setup)\/[^/]+\.sh$/;

/** A build-stopping problem with an example, phrased for the person who wrote the page. */
export class ExampleError extends Error {
  override name = 'ExampleError';
}

/**
 * Reads an example for a page: the file itself, its language, and for a command file its command lines and, when
 * `<name>.out` lies beside `<name>.sh`, the expected output. Throws an `ExampleError` naming the page and the path when the path is
 * not inside examples/, the file does not exist, or validation found errors in it.
 */
export function loadExample(file: string, options: LoadExampleOptions): LoadedExample {
  const root = options.root ?? EXAMPLES_DIR;
  const where = `<Example file="${file}"> on page ${options.page}`;
  const normalised = posix.normalize(file);
  if (!file || file.includes('\\') || posix.isAbsolute(file) || normalised !== file || file.startsWith('../')) {
    throw new ExampleError(`${where}: "${file}" is not a plain path inside ${root}/ (like "netdemo/frontend-service.yaml")`);
  }
  const path = `${root}/${file}`;
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new ExampleError(`${where}: no such file ${path}`);
  }
  const source = readFileSync(path, 'utf8');
  const example: LoadedExample = { file, source, lang: languageFor(file) };

  if (COMMAND_FILE.test(file)) {
    const outputFile = outputFileOf(file, options.variant);
    example.terminal = { commands: commandLines(source) };
    if (existsSync(`${root}/${outputFile}`)) {
      example.terminal.output = { file: outputFile, text: readFileSync(`${root}/${outputFile}`, 'utf8') };
    } else if (options.variant) {
      throw new ExampleError(`${where}: variant="${options.variant}" needs ${root}/${outputFile}, which does not exist`);
    }
  } else if (options.variant) {
    throw new ExampleError(`${where}: variant="${options.variant}" applies only to command files (commands/*.sh)`);
  }

  const shown = new Set([path, ...(example.terminal?.output ? [`${root}/${example.terminal.output.file}`] : [])]);
  const errors = (options.problems ?? []).filter(
    (problem) => problem.severity === 'error' && shown.has(posix.normalize(problem.file.split('\\').join('/'))),
  );
  if (errors.length > 0) {
    const lines = errors.map((p) => `  ${p.file}:${p.line}:${p.column}: error ${p.ruleId}: ${p.message}`);
    throw new ExampleError(`${where}: ${path} fails validation:\n${lines.join('\n')}`);
  }
  return example;
}
