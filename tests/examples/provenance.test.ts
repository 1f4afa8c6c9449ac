import { describe, expect, it } from 'vitest';
import { checkProvenance, parseProvenance, provenanceLabel } from '../../src/examples/output-provenance.ts';

// Every expected output says where it came from: copied from the source note, captured from a real run, or written
// by hand to match a real run's format (examples/outputs.yaml). The pages show it beside the output.
const FIXTURES = 'tests/examples/fixtures/provenance';

describe('provenance of the expected outputs', () => {
  it('examples/: every .out has an entry and every entry names a file that exists', () => {
    const index = checkProvenance();
    expect(index.problems).toEqual([]);
    expect(index.entries.size).toBeGreaterThan(25);
  });

  it('claims "captured" for no output: none has been captured from a cluster in this repository yet', () => {
    // When a maintainer copies in real outputs from the workflow's artifact, this expectation changes with them.
    const captured = [...checkProvenance().entries].filter(([, p]) => p.source === 'captured').map(([file]) => file);
    expect(captured).toEqual([]);
  });

  it('passes a complete fixture, variant outputs included', () => {
    const index = checkProvenance(`${FIXTURES}/complete`);
    expect(index.problems).toEqual([]);
    expect(index.entries.get('commands/a.kind.out')).toEqual({ source: 'hand-written', platform: 'kind', format: 'kubectl 1.36' });
  });

  it('fails an output without provenance and an entry for a missing file', () => {
    const root = `${FIXTURES}/missing`;
    expect(checkProvenance(root).problems).toEqual([
      `${root}/commands/b.out: no provenance in ${root}/outputs.yaml (source: notes, captured or hand-written)`,
      `${root}/outputs.yaml: commands/gone.out: names a file that does not exist in ${root}/`,
    ]);
  });

  it('fails a folder without an index', () => {
    expect(checkProvenance('tests/examples/fixtures/provenance/missing/commands').problems[0]).toMatch(/outputs\.yaml: missing/);
  });

  it('rejects an unknown source, a missing field and an unknown field, at their line and column', () => {
    const text = [
      'commands/a.out: {source: guessed, platform: k3s}',
      'commands/b.out:',
      '  source: captured',
      '  platform: k3s',
      'commands/c.out: {source: notes, platform: k3s, format: kubectl 1.36}',
      'README.md: {source: notes, platform: k3s}',
    ].join('\n');
    expect(parseProvenance(text, 'outputs.yaml').problems).toEqual([
      'outputs.yaml:1:18: commands/a.out: source: expected one of notes, captured, hand-written, found "guessed"',
      'outputs.yaml:2:1: commands/b.out: source captured needs version (a non-empty string)',
      'outputs.yaml:5:48: commands/c.out: unknown field format for source notes (expected platform)',
      'outputs.yaml:6:1: "README.md": expected the path of an expected output inside examples/ (commands/<name>.out)',
    ]);
  });

  it('reports a YAML syntax error with its position instead of passing', () => {
    const { problems } = parseProvenance('commands/a.out: {source: notes\n', 'outputs.yaml');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^outputs\.yaml:\d+:\d+: /);
  });

  it('labels each kind of provenance in both languages', () => {
    expect(provenanceLabel({ source: 'notes', platform: 'Rancher Desktop (k3s)' }, 'ja')).toBe('Rancher Desktop (k3s)・ノートから');
    expect(provenanceLabel({ source: 'notes', platform: 'Rancher Desktop (k3s)' }, 'en')).toBe('Rancher Desktop (k3s) · from the notes');
    expect(provenanceLabel({ source: 'captured', platform: 'k3s', version: 'v1.35.1+k3s1' }, 'ja')).toBe('k3s v1.35.1+k3s1・実行結果');
    expect(provenanceLabel({ source: 'captured', platform: 'k3s', version: 'v1.35.1+k3s1' }, 'en')).toBe('k3s v1.35.1+k3s1 · captured');
    expect(provenanceLabel({ source: 'hand-written', platform: 'kind', format: 'kubectl 1.36' }, 'ja')).toBe(
      'kind・手書き（kubectl 1.36の形式）',
    );
    expect(provenanceLabel({ source: 'hand-written', platform: 'kind', format: 'kubectl 1.36' }, 'en')).toBe(
      'kind · hand-written, kubectl 1.36 format',
    );
  });
});
