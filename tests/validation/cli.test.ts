import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The real CLI, as `npm run validate` starts it (Node 24 strips the TypeScript types; the compile cache keeps that work between runs). */
const root = join(import.meta.dirname, '..', '..');
const fixtures = 'tests/validation/fixtures/acceptance';

function validate(...args: string[]) {
  return validateWithInput(undefined, ...args);
}

function validateWithInput(input: string | undefined, ...args: string[]) {
  const result = spawnSync(
    join(root, 'node_modules', '.bin', 'node'),
    ['--import', './src/cli/compile-cache.ts', 'src/cli/validate.ts', ...args],
    {
      cwd: root,
      encoding: 'utf8',
      ...(input === undefined ? {} : { input }),
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run validate', () => {
  it('exits 0 on a valid file; warnings do not count', () => {
    const { code, stdout } = validate(`${fixtures}/valid.yaml`);
    expect(stdout.split('\n')).toEqual([
      'Kubernetes 1.36 (strict schema + API rules)',
      `${fixtures}/valid.yaml:8:5: warning k8s/service-selects-nothing: selector app=web matches no Pod or Pod template in namespace default`,
      '    at: spec.selector',
      '    found: app=web',
      '1 file(s), 1 resource(s): 0 error(s), 1 warning(s)',
      '',
    ]);
    expect(code).toBe(0);
  });

  it('exits 1 with compiler-style lines, expected and found', () => {
    const { code, stdout } = validate(`${fixtures}/extra-property.yaml`, `${fixtures}/unknown-kind.yaml`);
    const lines = stdout.split('\n').filter((l) => !l.startsWith('    ') && l.includes(': error '));
    expect(lines).toEqual([
      `${fixtures}/extra-property.yaml:7:3: error k8s/unknown-field: unknown field "replicas" in ServiceSpec`,
      `${fixtures}/unknown-kind.yaml:2:7: error k8s/unknown-kind.suggest`.replace(
        'k8s/unknown-kind.suggest',
        'k8s/unknown-kind: unknown kind "Servce"; did you mean "Service"?',
      ),
    ]);
    expect(stdout).toContain('    at: spec.replicas\n    found: replicas\n');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('2 file(s), 2 resource(s): 2 error(s), 1 warning(s)');
    expect(code).toBe(1);
  });

  it('prints the report as JSON with --format json', () => {
    const { code, stdout } = validate('--format', 'json', `${fixtures}/invalid.yaml`);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ kubernetesVersion: '1.36', files: 1, resources: 1 });
    expect(report.problems.find((p: { severity: string }) => p.severity === 'error')).toMatchObject({
      file: `${fixtures}/invalid.yaml`,
      line: 11,
      column: 13,
      path: 'spec.ports[0].port',
      ruleId: 'k8s/type',
      severity: 'error',
      expected: 'integer',
      found: 'string "eighty"',
      messageId: 'k8s/type',
    });
    expect(code).toBe(1);
  });

  it('speaks Japanese with --lang ja', () => {
    const { code, stdout } = validate('--lang', 'ja', `${fixtures}/extra-property.yaml`);
    expect(stdout.split('\n')[0]).toBe('Kubernetes 1.36（厳密なスキーマ + APIのルール）');
    expect(stdout).toContain(
      `${fixtures}/extra-property.yaml:7:3: error k8s/unknown-field: ServiceSpec に不明なフィールド "replicas" があります`,
    );
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('1 ファイル、1 リソース: エラー 1 件、警告 1 件');
    expect(code).toBe(1);
  });

  it('exits 2 for a path that does not exist', () => {
    const { code, stdout } = validate(`${fixtures}/nope.yaml`);
    expect(stdout).toContain(
      `${fixtures}/nope.yaml:1:1: error file/unreadable: cannot read ${fixtures}/nope.yaml: no such file or directory`,
    );
    expect(code).toBe(2);
  });

  it('exits 2 with usage for bad arguments', () => {
    for (const args of [[], ['--format', 'xml', 'x.yaml'], ['--bogus', 'x.yaml'], ['--mode', 'strict', 'x.yaml']]) {
      const { code, stderr, stdout } = validate(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toMatch(/^error: .*\n\nUsage: npm run validate/);
      expect(stdout).toBe('');
    }
  });

  it('names an unknown option and the option it most likely meant', () => {
    const { code, stderr } = validate('--formt', 'json', 'x.yaml');
    expect(stderr.split('\n')[0]).toBe('error: unknown option --formt; did you mean --format?');
    expect(code).toBe(2);
    expect(validate('--zzzzzz', 'x.yaml').stderr.split('\n')[0]).toBe('error: unknown option --zzzzzz');
    expect(validate('x.yaml', '--format').stderr.split('\n')[0]).toBe('error: option --format needs a value');
  });

  it('prints GitHub annotations, SARIF and JUnit with the same exit code', () => {
    const github = validate('--format', 'github', `${fixtures}/extra-property.yaml`);
    expect(github.stdout.split('\n')[0]).toMatch(
      new RegExp(
        `^::error file=${fixtures}/extra-property\\.yaml,line=7,col=3,endLine=7,endColumn=\\d+,title=k8s/unknown-field::unknown field "replicas" in ServiceSpec`,
      ),
    );
    expect(github.code).toBe(1);
    const sarif = validate('--format', 'sarif', `${fixtures}/extra-property.yaml`);
    expect(JSON.parse(sarif.stdout).runs[0].results[0]).toMatchObject({ ruleId: 'k8s/unknown-field', level: 'error' });
    expect(sarif.code).toBe(1);
    const junit = validate('--format', 'junit', `${fixtures}/valid.yaml`);
    expect(junit.stdout).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="validate" tests="\d+" failures="0" errors="0">/,
    );
    expect(junit.code).toBe(0);
  });

  it('reads standard input for the path -', () => {
    const { code, stdout } = validateWithInput('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Settings\n', '-');
    expect(stdout).toContain('<stdin>:4:9: error k8s/object-name: ConfigMap name "Settings" is invalid');
    expect(code).toBe(1);
    const valid = validateWithInput('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n', '-');
    expect(valid.stdout).toContain('1 file(s), 1 resource(s): 0 error(s), 0 warning(s)');
    expect(valid.code).toBe(0);
  });

  it('exits 2 for a file type it cannot validate (a usage error, like a missing path)', () => {
    const { code, stdout } = validate('README.md', 'package.json', 'LICENSE');
    expect(stdout).toContain('LICENSE:1:1: error file/unsupported: unsupported file type: LICENSE');
    expect(code).toBe(2);
  });

  it('turns cross-file and policy rules into errors with --mode example-set', () => {
    const { code, stdout } = validate('--mode', 'example-set', `${fixtures}/valid.yaml`);
    expect(stdout).toContain('error k8s/service-selects-nothing');
    expect(code).toBe(1);
  });
});

describe('npm run validate --crd', () => {
  const widget = 'tests/validation/fixtures/crd/widget.yaml';
  it('validates custom resources against the CRDs of --crd (a file or a folder), which are not counted', () => {
    const bare = validate(widget);
    expect(bare.code).toBe(1);
    expect(bare.stdout).toContain(`${widget}:2:7: error k8s/unknown-kind: unknown kind "Widget"`);
    for (const crd of ['tests/validation/fixtures/crd/widget-crd.yaml', 'tests/validation/fixtures/crd']) {
      const { code, stdout } = validate('--crd', crd, widget);
      expect(stdout.trimEnd().split('\n').at(-1), crd).toBe('1 file(s), 1 resource(s): 0 error(s), 0 warning(s)');
      expect(code).toBe(0);
    }
  });
  it('reports a --crd file that does not parse, with its line', () => {
    const { code, stdout } = validate('--crd', 'tests/validation/fixtures/crd-broken/broken-crd.yaml', widget);
    expect(stdout).toContain('tests/validation/fixtures/crd-broken/broken-crd.yaml:5:1: error yaml/syntax');
    expect(stdout).toContain(`${widget}:2:7: error k8s/unknown-kind`);
    expect(code).toBe(1);
  });
  it('exits 2 when a --crd path cannot be read', () => {
    const { code, stdout } = validate('--crd', 'tests/validation/fixtures/crd/missing.yaml', widget);
    expect(stdout).toContain('error file/unreadable');
    expect(code).toBe(2);
  });
});
