/**
 * `npm run validate -- [options] <files or folders…>`: validates Kubernetes manifests, CNI configs, command files and
 * expected outputs. Exit code 0: no errors (warnings allowed); 1: errors; 2: usage error or unreadable path.
 */
import { parseArgs } from 'node:util';
import { formatJson, formatText, type Lang, type Mode, validatePaths } from '../validation/index.ts';

const USAGE = `Usage: npm run validate -- [options] <files or folders…>

Options:
  --mode <example-set|loose>  example-set: cross-file and policy rules are errors (default for a path named examples)
                              loose: they are warnings (default otherwise)
  --format <text|json>        output format (default text)
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

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      mode: { type: 'string' },
      format: { type: 'string', default: 'text' },
      lang: { type: 'string', default: 'en' },
      'examples-root': { type: 'string' },
      crd: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (positionals.length === 0) fail('no files or folders given');
if (values.format !== 'text' && values.format !== 'json') fail(`unknown format "${values.format}" (text or json)`);
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
process.stdout.write(values.format === 'json' ? formatJson(report) : formatText(report, { lang }));
const unreadable = report.problems.some((p) => p.ruleId === 'file/unreadable');
process.exitCode = unreadable ? 2 : report.problems.some((p) => p.severity === 'error') ? 1 : 0;
