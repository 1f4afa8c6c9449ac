/**
 * Parses the text of `kubectl <command> --help` (cobra's help template, as kubectl prints it). Pure; used by
 * gen-kubectl.ts and tested on recorded help texts.
 */

import type { FlagSpec, FlagType } from '../src/validation/kubectl/snapshot.ts';

// The snapshot's own types: what this parser produces is what the validator reads.
export type { FlagSpec, FlagType };

export interface HelpPage {
  usage: string;
  aliases: string[];
  subcommands: string[];
  flags: FlagSpec[];
}

export function parseHelp(text: string): HelpPage {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const section = (title: string): string[] => {
    const start = lines.findIndex((l) => l.trim() === title);
    if (start < 0) return [];
    const out: string[] = [];
    for (const line of lines.slice(start + 1)) {
      if (line !== '' && !/^\s/.test(line)) break;
      out.push(line);
    }
    return out;
  };
  const usage =
    section('Usage:')
      .map((l) => l.trim())
      .find(Boolean) ?? '';
  // cobra prints the alias line unindented: "Aliases:\nservice, svc".
  const aliasAt = lines.findIndex((l) => l.trim() === 'Aliases:');
  const aliases = (aliasAt >= 0 ? (lines[aliasAt + 1] ?? '') : '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const subcommands = section('Available Commands:').flatMap((l) => {
    const match = /^ {2}([a-z][a-z0-9-]*)\s{2,}/.exec(l);
    return match ? [match[1]!] : [];
  });
  return { usage, aliases, subcommands, flags: parseFlags(section('Options:')) };
}

/** Top-level commands of `kubectl --help`: indented `name   description` lines under the group headings. */
export function parseRootCommands(text: string): string[] {
  return text.split('\n').flatMap((l) => {
    const match = /^ {2}([a-z][a-z0-9-]*)\s{2,}\S/.exec(l);
    return match ? [match[1]!] : [];
  });
}

/** `    -o, --output='':` then an indented description. */
export function parseFlags(lines: string[]): FlagSpec[] {
  const flags: FlagSpec[] = [];
  for (let i = 0; i < lines.length; i++) {
    const match = /^\s+(?:-([A-Za-z0-9]), )?--([a-z0-9][a-z0-9-]*)=(.*):$/.exec(lines[i]!);
    if (!match) continue;
    const description = (lines[i + 1] ?? '').trim();
    const raw = match[3]!;
    const flag: FlagSpec = { name: match[2]!, type: typeOf(raw), default: raw.replace(/^'(.*)'$/, '$1') };
    if (match[1]) flag.shorthand = match[1];
    if (flag.name === 'output') {
      const list = /One of: \(([^)]*)\)/.exec(description) ?? /One of: ([a-z, |-]+)/.exec(description);
      if (list)
        flag.values = list[1]!
          .split(/[,|]/)
          .map((s) => s.trim())
          .filter(Boolean);
    }
    flags.push(flag);
  }
  return flags;
}

function typeOf(raw: string): FlagType {
  if (raw === 'true' || raw === 'false') return 'bool';
  if (raw.startsWith('[')) return 'stringArray';
  if (/^-?\d+$/.test(raw)) return 'int';
  if (/^-?\d+\.\d+$/.test(raw)) return 'float';
  if (/^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(raw)) return 'duration';
  return 'string';
}
