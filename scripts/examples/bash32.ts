// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are shell source, where ${…} is shell syntax
/**
 * The bash-3.2-safe subset for the example shell scripts. macOS ships /bin/bash 3.2 and no GNU coreutils, and Rancher
 * Desktop on a Mac is the main platform the pages show, so walkthrough.sh and every examples/**\/*.sh must stay inside
 * what bash 3.2 and the BSD tools accept.
 *
 * The script is parsed by mvdan/sh (the same parser as the kubectl checker, src/validation/kubectl/shell.ts) and its
 * syntax tree is checked: a word in a comment, a string or a here-document is never a finding, and `${x,,}` is found
 * whether or not it is quoted. No linter does this (shellcheck's target-shell checks stop at POSIX sh vs bash, and
 * shellcheck is not an npm package), so the list of bash-4 constructs is written here; each entry says what to use.
 */

export interface Bash32Finding {
  file: string;
  line: number;
  column: number;
  construct: string;
  /** What bash 3.2 / macOS offers instead. */
  instead: string;
}

interface ShPos {
  Line(): number;
  Col(): number;
  Offset(): number;
  IsValid(): boolean;
}
interface ShNode {
  Pos(): ShPos;
  End(): ShPos;
  [key: string]: unknown;
}
interface ShSyntax {
  NewParser(...options: unknown[]): { Parse(src: string, name: string): ShNode };
  KeepComments(keep: boolean): unknown;
  Variant(lang: unknown): unknown;
  LangBash: unknown;
  Walk(node: ShNode, visit: (node: ShNode | null) => boolean): void;
  NodeType(node: ShNode): string;
}

let syntax: ShSyntax | undefined;

/** Loads the shell parser once (1.5 MB of JavaScript); call before checkBash32. */
export async function loadBash32Checker(): Promise<void> {
  if (!syntax) syntax = ((await import('mvdan-sh')) as unknown as { default: { syntax: ShSyntax } }).default.syntax;
}

/** Commands that bash 3.2 or macOS does not have. */
const MISSING_COMMANDS: Record<string, string> = {
  mapfile: 'a `while IFS= read -r line; do …; done` loop (mapfile is bash 4.0)',
  readarray: 'a `while IFS= read -r line; do …; done` loop (readarray is bash 4.0)',
  timeout: 'a background job and a watchdog that kills its process group (`timeout` is GNU coreutils)',
  gtimeout: 'a background job and a watchdog (gtimeout is Homebrew coreutils, not on a stock Mac)',
};

/** Options of a command that exist only in bash ≥ 4 or in the GNU tools; key: command, value: option → note. */
const MISSING_OPTIONS: Record<string, Record<string, string>> = {
  declare: {
    '-A': 'associative arrays are bash 4.0',
    '-n': 'namerefs are bash 4.3',
    '-g': 'declare -g is bash 4.2',
    '-l': 'declare -l is bash 4.0',
    '-u': 'declare -u is bash 4.0',
  },
  local: {
    '-A': 'associative arrays are bash 4.0',
    '-n': 'namerefs are bash 4.3',
    '-l': 'local -l is bash 4.0',
    '-u': 'local -u is bash 4.0',
  },
  typeset: { '-A': 'associative arrays are bash 4.0', '-n': 'namerefs are bash 4.3' },
  wait: { '-n': 'wait -n is bash 4.3', '-f': 'wait -f is bash 5.0', '-p': 'wait -p is bash 5.1' },
  read: { '-N': 'read -N is bash 4.1', '-i': 'read -i is bash 4.0' },
  readlink: { '-f': 'BSD readlink before macOS 12.3 has no -f', '-e': 'BSD readlink has no -e', '-m': 'BSD readlink has no -m' },
  date: { '-d': 'BSD date has no -d (GNU date)', '--date': 'BSD date has no --date' },
  grep: { '-P': 'BSD grep has no -P (Perl regular expressions)' },
  stat: { '-c': 'BSD stat uses -f, not -c' },
  xargs: { '-r': 'BSD xargs has no -r' },
  base64: { '-w': 'BSD base64 has no -w' },
};

/** `shopt` options that bash 3.2 does not know. */
const MISSING_SHOPT = new Set([
  'globstar',
  'lastpipe',
  'autocd',
  'checkjobs',
  'dirspell',
  'direxpand',
  'globasciiranges',
  'inherit_errexit',
  'localvar_inherit',
  'assoc_expand_once',
  'compat31',
  'compat32',
  'compat40',
  'compat41',
  'compat42',
  'compat43',
  'compat44',
  'patsub_replacement',
  'varredir_close',
  'noexpand_translation',
  'progcomp_alias',
]);

/** Special variables that bash 3.2 does not set (they would be empty there). */
const MISSING_VARIABLES: Record<string, string> = {
  BASHPID: 'bash 4.0',
  EPOCHSECONDS: 'bash 5.0',
  EPOCHREALTIME: 'bash 5.0',
  SRANDOM: 'bash 5.1',
  BASH_ARGV0: 'bash 5.0',
  BASH_COMPAT: 'bash 4.3',
  READLINE_ARGUMENT: 'bash 5.2',
};

export function checkBash32(file: string, source: string): Bash32Finding[] {
  if (!syntax) throw new Error('call loadBash32Checker() first');
  const sh = syntax;
  const findings: Bash32Finding[] = [];
  const at = (pos: ShPos, construct: string, instead: string) =>
    findings.push({ file, line: pos.Line(), column: pos.Col(), construct, instead });
  const text = (node: ShNode) => source.slice(node.Pos().Offset(), node.End().Offset());
  const opAt = (pos: unknown, length: number) => {
    const p = pos as ShPos | undefined;
    return p?.IsValid() ? source.slice(p.Offset(), p.Offset() + length) : '';
  };

  let ast: ShNode;
  try {
    ast = sh.NewParser(sh.KeepComments(false), sh.Variant(sh.LangBash)).Parse(source, file);
  } catch (error) {
    const e = error as { Error?: () => string; Pos?: ShPos };
    const message = (typeof e.Error === 'function' ? e.Error() : String(error)).replace(/^[^:]*:\d+:\d+: /, '');
    return [{ file, line: e.Pos?.Line() || 1, column: e.Pos?.Col() || 1, construct: `syntax error: ${message}`, instead: 'valid bash' }];
  }

  /** The literal text of a word, or undefined when it has expansions. */
  const literal = (word: ShNode | undefined): string | undefined => {
    if (!word) return undefined;
    const parts = (word.Parts as ShNode[] | undefined) ?? [];
    let out = '';
    for (const part of parts) {
      const type = sh.NodeType(part);
      if (type === 'Lit' || type === 'SglQuoted') out += String(part.Value);
      else if (type === 'DblQuoted') {
        const inner = literal(part);
        if (inner === undefined) return undefined;
        out += inner;
      } else return undefined;
    }
    return out;
  };

  const checkOptions = (command: string, words: (string | undefined)[], pos: ShPos) => {
    const options = MISSING_OPTIONS[command];
    if (!options) return;
    for (const word of words) {
      if (!word?.startsWith('-') || word === '-' || word === '--') continue;
      // `-rA`: short options may be bundled.
      const flags = word.startsWith('--') ? [word.split('=')[0]!] : [...word.slice(1)].map((letter) => `-${letter}`);
      for (const flag of flags) {
        const note = options[flag];
        if (note) at(pos, `${command} ${flag}`, note);
      }
    }
  };

  sh.Walk(ast, (node) => {
    if (!node) return true;
    switch (sh.NodeType(node)) {
      case 'CallExpr': {
        const args = (node.Args as ShNode[] | undefined) ?? [];
        const words = args.map(literal);
        const name = words[0];
        if (name === undefined) break;
        const missing = MISSING_COMMANDS[name];
        if (missing) at(args[0]!.Pos(), name, missing);
        checkOptions(name, words.slice(1), args[0]!.Pos());
        if (name === 'shopt')
          for (const option of words.slice(1))
            if (option && MISSING_SHOPT.has(option)) at(args[0]!.Pos(), `shopt ${option}`, `bash 3.2 has no shopt option ${option}`);
        if (name === 'printf' && words.slice(1).some((word) => word !== undefined && /%\([^)]*\)T/.test(word)))
          at(args[0]!.Pos(), "printf '%(…)T'", 'the date command (printf %(…)T is bash 4.2)');
        break;
      }
      case 'DeclClause': {
        const variant = String((node.Variant as ShNode | undefined)?.Value ?? '');
        const words = ((node.Args as ShNode[] | undefined) ?? []).map((assign) =>
          assign.Naked ? literal(assign.Value as ShNode) : undefined,
        );
        checkOptions(variant, words, node.Pos());
        break;
      }
      case 'CoprocClause':
        at(node.Pos(), 'coproc', 'a background job with a named pipe (coproc is bash 4.0)');
        break;
      case 'BinaryCmd':
        if (opAt(node.OpPos, 2) === '|&') at(node.OpPos as ShPos, '|&', '`2>&1 |` (|& is bash 4.0)');
        break;
      case 'CaseItem': {
        const op = opAt(node.OpPos, 3);
        if (op.startsWith(';;&')) at(node.OpPos as ShPos, ';;&', 'separate case statements (;;& is bash 4.0)');
        else if (op.startsWith(';&')) at(node.OpPos as ShPos, ';&', 'repeat the commands (;& fall-through is bash 4.0)');
        break;
      }
      case 'Redirect': {
        if (opAt(node.OpPos, 3) === '&>>') at(node.OpPos as ShPos, '&>>', '`>>file 2>&1` (&>> is bash 4.0)');
        const fd = node.N as ShNode | undefined;
        if (fd && /^\{[A-Za-z_]\w*\}$/.test(text(fd)))
          at(fd.Pos(), '{var}> file descriptor', 'a fixed descriptor number (named descriptors are bash 4.1)');
        break;
      }
      case 'UnaryTest':
        if (/^-v\s/.test(opAt(node.OpPos, 3))) at(node.OpPos as ShPos, '[[ -v name ]]', '`[ -n "${name+set}" ]` ([[ -v ]] is bash 4.2)');
        break;
      case 'Word': {
        // Brace expansion happens only in unquoted literal parts of a word; the parser leaves `{1..5}` as text.
        for (const part of (node.Parts as ShNode[] | undefined) ?? []) {
          if (sh.NodeType(part) !== 'Lit') continue;
          for (const match of String(part.Value).matchAll(/\{(-?\d+)\.\.(-?\d+)(\.\.-?\d+)?\}/g)) {
            if (match[3]) at(part.Pos(), 'brace sequence with a step', 'a while loop (the {a..b..step} form is bash 4.0)');
            else if (/^-?0\d/.test(match[1]!) || /^-?0\d/.test(match[2]!))
              at(part.Pos(), 'zero-padded brace sequence', "printf '%02d' (zero padding in {01..10} is bash 4.0)");
          }
        }
        break;
      }
      case 'ParamExp': {
        const expansion = text(node);
        const param = String((node.Param as ShNode | undefined)?.Value ?? '');
        const version = MISSING_VARIABLES[param];
        if (version) at(node.Pos(), `$${param}`, `bash 3.2 does not set it (${version})`);
        if (!expansion.startsWith('${')) break;
        // After `${`, an optional `#` or `!`, the name and an optional index: what follows is the operator.
        const operator = expansion.replace(/^\$\{[#!]?(?:[A-Za-z_]\w*|[0-9]+|[@*#?$!-])(?:\[[^\]]*\])?/, '');
        if (/^(,,|,|\^\^|\^)/.test(operator))
          at(node.Pos(), `\${…${operator.slice(0, 2).replace(/[^,^]/g, '')}}`, '`tr` (case modification is bash 4.0)');
        else if (/^@[QEPAaUuLK]/.test(operator))
          at(node.Pos(), `\${…${operator.slice(0, 2)}}`, 'printf %q or an explicit form (${var@op} is bash 4.4)');
        const index = /^\$\{[#!]?[A-Za-z_]\w*\[\s*(-\d+)\s*\]/.exec(expansion);
        if (index) at(node.Pos(), `negative array index ${index[1]}`, '${arr[${#arr[@]}-1]} (negative indices are bash 4.3)');
        break;
      }
    }
    return true;
  });
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Compiler-style lines: file:line:column: construct — use … instead. */
export function formatBash32Findings(findings: Bash32Finding[]): string {
  return findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.construct} is not bash 3.2 / macOS safe; use ${f.instead}`).join('\n');
}
