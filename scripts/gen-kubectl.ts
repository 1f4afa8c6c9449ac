/**
 * Regenerates src/validation/kubectl/kubectl-snapshot.json (`npm run gen:kubectl`) from the real kubectl on PATH
 * (or $KUBECTL): every command and subcommand with its aliases, usage line and flags (shorthand, type, default,
 * output formats), the global options of `kubectl options`, and kubectl's version. Tests only read the snapshot.
 *
 * Resource types: `kubectl api-resources` needs a cluster, so the list is the documented table in
 * kubectl-resources.ts (names and short names as a v1.32+ API server reports them) plus every kind the schema index
 * serves, accepted by its lower-case kind name as kubectl does.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandSpec, KubectlSnapshot } from '../src/validation/kubectl/snapshot.ts';
import { parseFlags, parseHelp, parseRootCommands } from './kubectl-help-parser.ts';
import { BUILT_IN_RESOURCES } from './kubectl-resources.ts';

const kubectl = process.env.KUBECTL ?? 'kubectl';
const run = (args: string[]) => execFileSync(kubectl, args, { encoding: 'utf8', env: { ...process.env, KUBECONFIG: '/dev/null' } });

function walk(path: string[], depth: number): CommandSpec {
  const page = parseHelp(run([...path, '--help']));
  const subcommands: Record<string, CommandSpec> = {};
  if (depth < 3) for (const name of page.subcommands) subcommands[name] = walk([...path, name], depth + 1);
  return { usage: page.usage, aliases: page.aliases, flags: page.flags, subcommands };
}

const version = JSON.parse(run(['version', '--client', '-o', 'json'])).clientVersion.gitVersion as string;
const commands: Record<string, CommandSpec> = {};
for (const name of parseRootCommands(run(['--help']))) {
  if (name === 'alpha' || name === 'plugin') continue;
  commands[name] = walk([name], 1);
}
const globalFlags = parseFlags(run(['options']).split('\n'));
// Typed as the validator reads it (src/validation/kubectl/snapshot.ts), so the two cannot disagree on the shape.
const snapshot: KubectlSnapshot = { kubectlVersion: version, globalFlags, commands, resources: BUILT_IN_RESOURCES };
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'validation', 'kubectl', 'kubectl-snapshot.json');
writeFileSync(out, `${JSON.stringify(snapshot, null, 1)}\n`);
// The version alone, for what must name it without loading the snapshot (a rule's description).
const versionFile = join(dirname(out), 'kubectl-version.ts');
const versionSource = readFileSync(versionFile, 'utf8').replace(/KUBECTL_VERSION = '[^']*'/, `KUBECTL_VERSION = '${version}'`);
writeFileSync(versionFile, versionSource);
console.log(`kubectl ${version}: ${Object.keys(commands).length} commands, ${globalFlags.length} global flags → ${out}`);
