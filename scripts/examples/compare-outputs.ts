/**
 * Compares the outputs of a real walkthrough run (examples/walkthrough.sh with WALKTHROUGH_OUTPUT_DIR) with the
 * expected outputs in examples/commands/, through normalizeOutput. The GitHub Actions workflow examples.yml runs it
 * on k3s and on kind; a mismatch fails the job, which then uploads the real outputs.
 *
 *   node scripts/examples/compare-outputs.ts --platform k3s|kind <dir with the captured <step>.out files>
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { normalizeOutput } from './normalize-output.ts';

export const PLATFORMS = ['k3s', 'kind'] as const;
export type Platform = (typeof PLATFORMS)[number];

/**
 * Captured outputs a platform is not compared on, each with the reason. The pages show k3s; a kind output that
 * differs for a reason the page explains either has its own `<name>.kind.out` or is listed here.
 */
export const NOT_COMPARED: Record<Platform, Record<string, string>> = {
  k3s: {},
  kind: {
    'get-service-yaml.out': 'the NodePort variant keeps frontend a ClusterIP Service; the expected output is the LoadBalancer one',
    'get-mealie-service.out': 'kind has no LoadBalancer implementation, so EXTERNAL-IP stays <pending>',
  },
};

export interface Difference {
  /** 1-based line of the normalised outputs where they first differ. */
  line: number;
  expected: string | undefined;
  actual: string | undefined;
}

/** Where two outputs first differ once normalised, or undefined when they match. */
export function compareOutput(expected: string, actual: string): Difference | undefined {
  const want = normalizeOutput(expected);
  const got = normalizeOutput(actual);
  const length = Math.max(want.length, got.length);
  for (let index = 0; index < length; index++) {
    if (want[index] !== got[index]) return { line: index + 1, expected: want[index], actual: got[index] };
  }
  return undefined;
}

/** The expected output for a captured `<step>.out`: `<step>.<platform>.out` if there is one, else `<step>.out`. */
export function expectedOutputFor(captured: string, platform: Platform, commandsDir = 'examples/commands'): string | undefined {
  const base = captured.replace(/\.out$/, '');
  for (const candidate of [`${base}.${platform}.out`, `${base}.out`]) {
    if (existsSync(join(commandsDir, candidate))) return join(commandsDir, candidate);
  }
  return undefined;
}

export interface Report {
  ok: boolean;
  lines: string[];
}

/** Compares every captured output in `dir`; ok only when at least one was compared and none differs. */
export function compareRun(dir: string, platform: Platform, commandsDir = 'examples/commands'): Report {
  const lines: string[] = [];
  let compared = 0;
  let differing = 0;
  const captured = existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.out'))
        .sort()
    : [];
  for (const name of captured) {
    const skip = NOT_COMPARED[platform][name];
    if (skip) {
      lines.push(`skipped   ${name}: ${skip}`);
      continue;
    }
    const expectedFile = expectedOutputFor(name, platform, commandsDir);
    if (!expectedFile) {
      lines.push(`skipped   ${name}: no expected output in ${commandsDir}`);
      continue;
    }
    compared++;
    const difference = compareOutput(readFileSync(expectedFile, 'utf8'), readFileSync(join(dir, name), 'utf8'));
    if (!difference) {
      lines.push(`matches   ${name} (${expectedFile})`);
      continue;
    }
    differing++;
    lines.push(`DIFFERS   ${name} from ${expectedFile} at normalised line ${difference.line}:`);
    lines.push(`  expected: ${difference.expected ?? '(no line)'}`);
    lines.push(`  actual:   ${difference.actual ?? '(no line)'}`);
  }
  if (compared === 0) lines.push(`no captured output in ${dir} has an expected output to compare with`);
  lines.push(`${platform}: ${compared} compared, ${differing} differ`);
  return { ok: compared > 0 && differing === 0, lines };
}

function main(argv: string[]): number {
  const at = argv.indexOf('--platform');
  const platform = argv[at + 1] as Platform | undefined;
  const dir = argv.filter((_, index) => index !== at && index !== at + 1)[0];
  if (at < 0 || !platform || !PLATFORMS.includes(platform) || !dir) {
    process.stderr.write('usage: node scripts/examples/compare-outputs.ts --platform k3s|kind <dir>\n');
    return 2;
  }
  const report = compareRun(dir, platform);
  process.stdout.write(`${report.lines.join('\n')}\n`);
  return report.ok ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
