/**
 * `npm run validate -- [options] <files or folders…>`: validates Kubernetes manifests, CNI configs, command files and
 * expected outputs. Exit code 0: no errors (warnings allowed); 1: errors; 2: usage error, or a path that cannot be validated
 * (missing, not a regular file, an unsupported file type).
 */
import { parseArgs } from 'node:util';
import { closest, distance } from 'fastest-levenshtein';
import {
  formatGithub,
  formatJson,
  formatJunit,
  formatSarif,
  formatText,
  type Lang,
  type Mode,
  type Report,
  validatePaths,
} from '../validation/index.ts';

const FORMATS: Record<string, (report: Report, lang: Lang) => string> = {
  text: (report, lang) => formatText(report, { lang }),
  json: formatJson,
  sarif: (report) => formatSarif(report),
  github: formatGithub,
  junit: formatJunit,
};

const USAGE = `Usage: npm run validate -- [options] <files or folders…>   (- reads standard input)

Options:
  --mode <example-set|loose>  example-set: cross-file and policy rules are errors (default for a path named examples)
                              loose: they are warnings (default otherwise)
  --format <text|json|sarif|github|junit>
                              output format (default text): sarif for code scanning, github for workflow
                              annotations, junit for CI test reports
  --lang <en|ja>              message language (default en)
  --examples-root <dir>       folder that kubectl -f paths are relative to (default examples, if it exists)
  --crd <file|dir>            CustomResourceDefinitions to validate custom resources against (repeatable);
                              CRDs among the validated files count too; Gateway API CRDs are built in
  -h, --help                  show this help
`;

function fail(message: string): never {
  process.stderr.write(`error: ${message}\n\n${USAGE}`);
  process.exit(2);
}

const OPTIONS = {
  mode: { type: 'string' },
  format: { type: 'string', default: 'text' },
  lang: { type: 'string', default: 'en' },
  'examples-root': { type: 'string' },
  crd: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

function parseCommandLine() {
  try {
    return parseArgs({ allowPositionals: true, options: OPTIONS });
  } catch (error) {
    return fail(describeArgumentError(error));
  }
}
const { values, positionals } = parseCommandLine();

/** node:util's messages explain its own API ("place it at the end of the command after '--'"); say what was wrong. */
function describeArgumentError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^']*)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
    const name = option.replace(/^-+/, '').split('=')[0] ?? '';
    const known = Object.keys(OPTIONS);
    const guess = name.length > 1 ? closest(name, known) : undefined;
    const hint = guess && distance(name, guess) <= Math.max(2, Math.floor(guess.length / 3)) ? `; did you mean --${guess}?` : '';
    return `unknown option ${option}${hint}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) return `option ${option.split(' ')[0]} needs a value`;
  return message;
}
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (positionals.length === 0) fail('no files or folders given');
const format = Object.hasOwn(FORMATS, values.format) ? FORMATS[values.format] : undefined;
if (!format) fail(`unknown format "${values.format}" (${Object.keys(FORMATS).join(', ')})`);
if (values.lang !== 'en' && values.lang !== 'ja') fail(`unknown language "${values.lang}" (en or ja)`);
if (values.mode !== undefined && values.mode !== 'example-set' && values.mode !== 'loose')
  fail(`unknown mode "${values.mode}" (example-set or loose)`);

const isExampleSet = positionals.every((p) => p.replace(/\/+$/, '') === 'examples' || p.replace(/\/+$/, '').endsWith('/examples'));
const mode = (values.mode ?? (isExampleSet ? 'example-set' : 'loose')) as Mode;
const lang = values.lang as Lang;
const report = await validatePaths(positionals, {
  mode,
  lang,
  ...(values['examples-root'] ? { examplesRoot: values['examples-root'] } : {}),
  ...(values.crd ? { crdPaths: values.crd } : {}),
});
process.stdout.write(format(report, lang));
// Paths that could not be validated at all (missing, a FIFO, an unsupported type) are usage errors, like bad options.
const USAGE_RULES = new Set(['file/unreadable', 'file/special', 'file/unsupported']);
const unreadable = report.problems.some((p) => USAGE_RULES.has(p.ruleId));
process.exitCode = unreadable ? 2 : report.problems.some((p) => p.severity === 'error') ? 1 : 0;
