// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are shell source, where ${…} is shell syntax
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkBash32, formatBash32Findings, loadBash32Checker } from '../../scripts/examples/bash32.ts';
import { filesBelow } from '../../src/validation/files-below.ts';

// macOS ships /bin/bash 3.2 and no GNU coreutils: the walkthrough and every example script must run there.

function shellScripts(dir: string): string[] {
  return filesBelow(dir).filter((file) => file.endsWith('.sh'));
}

beforeAll(loadBash32Checker);

describe('bash 3.2 subset of the example scripts', () => {
  it('walkthrough.sh and every examples/**/*.sh stay inside it', () => {
    const scripts = shellScripts('examples');
    expect(scripts).toContain(join('examples', 'walkthrough.sh'));
    expect(scripts.length).toBeGreaterThan(30);
    const findings = scripts.flatMap((file) => checkBash32(file, readFileSync(file, 'utf8')));
    expect(formatBash32Findings(findings)).toBe('');
  });

  it('finds each bash-4 construct of the fixture, at its line, and nothing in comments, strings or here-documents', () => {
    const file = 'tests/examples/fixtures/bash4-only.sh';
    const findings = checkBash32(file, readFileSync(file, 'utf8'));
    const found = findings.map((f) => `${f.line}:${f.construct}`);
    expect(found).toEqual([
      '4:mapfile',
      '5:readarray',
      '6:timeout',
      '7:declare -A',
      '8:local -n',
      '9:${…,,}',
      '9:${…^^}',
      '9:${…@Q}',
      '10:;&',
      '10:;;&',
      '11:|&',
      '12:coproc',
      '13:&>>',
      '14:[[ -v name ]]',
      '15:zero-padded brace sequence',
      '15:brace sequence with a step',
      '16:$EPOCHSECONDS',
      '16:negative array index -1',
      '17:shopt globstar',
      '18:wait -n',
      '19:readlink -f',
    ]);
  });

  it('reports compiler-style lines with what to use instead', () => {
    const [finding] = checkBash32('x.sh', 'echo ok\n  mapfile -t a < f\n');
    expect(formatBash32Findings([finding!])).toBe(
      'x.sh:2:3: mapfile is not bash 3.2 / macOS safe; use a `while IFS= read -r line; do …; done` loop (mapfile is bash 4.0)',
    );
  });

  it('accepts what bash 3.2 has: indexed arrays, here-strings, process substitution, [[ ]], $(( ))', () => {
    const source = [
      'local -a all=()',
      'while IFS= read -r step; do all[${#all[@]}]=$step; done < <(steps)',
      'read -r a b <<<"$step"',
      '[[ ",$allowed," != *",$status,"* ]] && echo "${#all[@]}" "${name:-x}" "${!prefix@}" "${x/,/}"',
      'echo $((n + 1)) {1..5} &> /dev/null',
      'case $x in a) echo ;; esac',
      'set -m; kill -TERM -- "-$pid"; wait "$pid"',
    ].join('\n');
    expect(formatBash32Findings(checkBash32('ok.sh', source))).toBe('');
  });

  it('reports a syntax error instead of passing silently', () => {
    const [finding] = checkBash32('broken.sh', 'if then fi\n');
    expect(finding?.construct).toMatch(/^syntax error/);
    expect(finding?.line).toBe(1);
  });
});
