import { describe, expect, it } from 'vitest';
import { ingestCrdFiles, ingestFiles, toExpectedOutputs } from '../../src/validation/ingest.ts';
import type { Emit } from '../../src/validation/problem.ts';
import { SERVICE } from './support/manifests.ts';

// The stages before the rules, on their own: what each kind of file becomes, and which stage problems it reports.
// (The rules' own tests go through validateFiles; here the emitted problems are looked at as reported.)

function collect(): { emit: Emit; reported: { ruleId: string; file: string; line: number }[] } {
  const reported: { ruleId: string; file: string; line: number }[] = [];
  return { reported, emit: (ruleId, input) => reported.push({ ruleId, file: input.at.file, line: input.at.position.line }) };
}

const CNI = JSON.stringify({ cniVersion: '1.0.0', name: 'net', plugins: [{ type: 'bridge' }] });

describe('ingestFiles', () => {
  it('reads a file with a BOM as one without, strict JSON (a CNI file) too', async () => {
    const { emit, reported } = collect();
    const ingested = await ingestFiles(
      [
        { name: 'svc.yaml', text: `\ufeff${SERVICE}` },
        { name: 'net.conflist', text: `\ufeff${CNI}` },
      ],
      emit,
    );
    expect(reported).toEqual([]);
    expect(ingested.resources.map((r) => r.kind)).toEqual(['Service']);
    expect(ingested.cniConfigs.map((c) => c.file)).toEqual(['net.conflist']);
  });

  it('reports a binary file and an unsupported one at 1:1 and reads neither; skips ignored files silently', async () => {
    const { emit, reported } = collect();
    const ingested = await ingestFiles(
      [
        { name: 'nul.yaml', text: `kind: Service\u0000` },
        { name: 'bad-utf8.yaml', text: 'a: \ufffd' },
        { name: 'notes.txt', text: 'hello' },
        { name: 'README.md', text: '# hi' },
      ],
      emit,
    );
    expect(reported).toEqual([
      { ruleId: 'file/binary', file: 'nul.yaml', line: 1 },
      { ruleId: 'file/binary', file: 'bad-utf8.yaml', line: 1 },
      { ruleId: 'file/unsupported', file: 'notes.txt', line: 1 },
    ]);
    expect(ingested).toEqual({ resources: [], cniConfigs: [], commandFiles: [], outputs: [] });
  });

  it('reads a .json file that looks like a CNI configuration as one, and other JSON as a manifest', async () => {
    const { emit, reported } = collect();
    const ingested = await ingestFiles(
      [
        { name: 'net.json', text: CNI },
        { name: 'svc.json', text: JSON.stringify({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'a' } }) },
      ],
      emit,
    );
    expect(reported).toEqual([]);
    expect(ingested.cniConfigs.map((c) => c.file)).toEqual(['net.json']);
    expect(ingested.resources.map((r) => r.file)).toEqual(['svc.json']);
  });

  it('reads a CNI file strictly as JSON: a YAML-only form is a syntax error', async () => {
    const { emit, reported } = collect();
    const ingested = await ingestFiles([{ name: 'net.conflist', text: "cniVersion: '1.0.0'\n" }], emit);
    expect(reported.map((p) => p.file)).toEqual(['net.conflist']);
    expect(ingested.resources).toEqual([]);
  });

  it('parses command files and reports their prose placeholders; keeps expected outputs for pairing', async () => {
    const { emit, reported } = collect();
    const ingested = await ingestFiles(
      [
        { name: 'commands/get.sh', text: 'kubectl get pods\nkubectl describe svc <name>\n' },
        { name: 'commands/get.out', text: 'NAME  READY\n' },
      ],
      emit,
    );
    expect(reported).toEqual([{ ruleId: 'sh/placeholder', file: 'commands/get.sh', line: 2 }]);
    expect(ingested.commandFiles.map((f) => f.file)).toEqual(['commands/get.sh']);
    expect(ingested.outputs).toEqual([{ name: 'commands/get.out', text: 'NAME  READY\n' }]);
  });
});

describe('toExpectedOutputs', () => {
  it('pairs an output with the last top-level command of the command file beside it', async () => {
    const { emit } = collect();
    const { commandFiles, outputs } = await ingestFiles(
      [
        { name: 'c/x.sh', text: 'kubectl get pods\nkubectl get svc -n "$(kubectl get ns -o name)"\n' },
        { name: 'c/x.out', text: 'NAME\n' },
        { name: 'c/alone.out', text: 'NAME\n' },
      ],
      emit,
    );
    const [paired, alone] = toExpectedOutputs(outputs, commandFiles);
    expect(paired?.commandFile).toBe('c/x.sh');
    expect(paired?.command?.args.map((a) => a.text).slice(0, 2)).toEqual(['get', 'svc']);
    expect(alone?.commandFile).toBeUndefined();
    expect(alone?.command).toBeUndefined();
  });
});

describe('ingestCrdFiles', () => {
  it('parses --crd files and reports one that does not parse, under its own name', () => {
    const { emit, reported } = collect();
    const parsed = ingestCrdFiles(
      [
        { name: 'crds/ok.yaml', text: `\ufeff${SERVICE}` },
        { name: 'crds/broken.yaml', text: 'a: [\n' },
      ],
      emit,
    );
    expect(parsed.map((f) => f.name)).toEqual(['crds/ok.yaml', 'crds/broken.yaml']);
    expect(parsed[0]?.parsed.problems).toEqual([]);
    expect(reported.length).toBeGreaterThan(0);
    expect(new Set(reported.map((p) => p.file))).toEqual(new Set(['crds/broken.yaml']));
  });
});
