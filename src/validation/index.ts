import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { validateFiles } from './engine.ts';
import { fileKindOf } from './file-kind.ts';
import { compareProblems, fileStart, toProblem } from './problem.ts';
import { readPaths, referableFiles } from './read-files.ts';
import type { Report, ValidateOptions } from './types.ts';

export { type EngineOptions, type SourceFile, validateFiles, validateText } from './engine.ts';
export { formatGithub } from './format/github.ts';
export { formatJson } from './format/json.ts';
export { formatJunit } from './format/junit.ts';
export { formatSarif } from './format/sarif.ts';
export { formatText } from './format/text.ts';
export { rules } from './rules/index.ts';
export { KUBERNETES_VERSION } from './schema/kubernetes.ts';
/**
 * Public API of the validation engine (Node). The browser-safe core is `./engine.ts` (`validateText`,
 * `validateFiles`); this module adds reading files and folders.
 */
export type { Lang, Mode, Problem, Report, Severity, ValidateOptions } from './types.ts';

/** Validates files and folders (recursively). Unreadable paths are problems with rule id `file/unreadable`. */
export async function validatePaths(paths: string[], options: ValidateOptions = {}): Promise<Report> {
  const mode = options.mode ?? 'loose';
  const lang = options.lang ?? 'en';
  const cwd = process.cwd();
  const examplesRoot = options.examplesRoot ?? (existsSync(join(cwd, 'examples')) ? 'examples' : '.');
  const rootAbsolute = isAbsolute(examplesRoot) ? examplesRoot : join(cwd, examplesRoot);
  const [read, knownFiles, crdRead] = await Promise.all([
    readPaths(paths, { cwd }),
    referableFiles(rootAbsolute),
    readPaths(options.crdPaths ?? [], { cwd }),
  ]);
  const fileExists = (path: string) => existsSync(isAbsolute(path) ? path : join(cwd, path));
  const crdFiles = crdRead.files.filter((f) => fileKindOf(f.name) === 'manifest');
  const report = await validateFiles(read.files, { mode, lang, knownFiles, fileExists, crdFiles });
  // What the reader could not read: a problem at the file's start, like the engine's stage problems.
  const readProblems = [...read.problems, ...crdRead.problems].map((p) =>
    toProblem(p.ruleId, { at: fileStart(p.file), params: p.params }, mode, lang),
  );
  return {
    kubernetesVersion: report.kubernetesVersion,
    files: report.files + read.problems.length,
    resources: report.resources,
    problems: [...readProblems, ...report.problems].sort(compareProblems),
  };
}

/** The example set as tests and the build see it: one set, cross-file and policy rules as errors. */
export async function validateExampleSet(root = 'examples', options: Omit<ValidateOptions, 'mode' | 'examplesRoot'> = {}): Promise<Report> {
  return validatePaths([root], { ...options, mode: 'example-set', examplesRoot: root });
}
