import { existsSync, readFileSync } from 'node:fs';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { EXAMPLES_DIR, listExampleFiles } from './example-files.ts';

/**
 * Where each expected output (`commands/*.out`) came from, recorded in `examples/outputs.yaml` (an index rather than
 * a comment inside the `.out`, because readers download the `.out` files and compare them with what they see):
 *
 *   notes         copied from the source note (its author's k3s on Rancher Desktop)
 *   captured      captured from a real cluster run; names the platform and its version
 *   hand-written  written by hand to match a real run's format; names that format (`kubectl 1.36`)
 *
 * The pages show it as a label beside each output. Nothing may claim `captured` without naming the run's platform
 * and version.
 */
export type Provenance =
  | { source: 'notes'; platform: string }
  | { source: 'captured'; platform: string; version: string }
  | { source: 'hand-written'; platform: string; format: string };

export const PROVENANCE_FILE = 'outputs.yaml';

const FIELDS: Record<Provenance['source'], readonly string[]> = {
  notes: ['platform'],
  captured: ['platform', 'version'],
  'hand-written': ['platform', 'format'],
};

export interface ProvenanceIndex {
  entries: Map<string, Provenance>;
  /** Compiler-style problems: `examples/outputs.yaml:12:3: …`. */
  problems: string[];
}

/** Reads the index text; every entry must be a known source with exactly its fields, each a non-empty string. */
export function parseProvenance(text: string, file = `${EXAMPLES_DIR}/${PROVENANCE_FILE}`): ProvenanceIndex {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const problems: string[] = [];
  const at = (offset: number | undefined, message: string) => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    problems.push(`${file}:${line}:${col}: ${message}`);
  };
  for (const error of doc.errors) at(error.pos[0], error.message.split('\n')[0]!);
  const entries = new Map<string, Provenance>();
  if (doc.errors.length > 0) return { entries, problems };
  if (!isMap(doc.contents)) {
    at(0, 'expected a mapping of output files (commands/<name>.out) to their provenance');
    return { entries, problems };
  }
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const keyOffset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    if (!key.endsWith('.out')) {
      at(keyOffset, `"${key}": expected the path of an expected output inside examples/ (commands/<name>.out)`);
      continue;
    }
    const value = pair.value;
    if (!isMap(value)) {
      at(keyOffset, `${key}: expected a mapping with source and its fields`);
      continue;
    }
    const fields = new Map<string, { text: unknown; offset: number | undefined }>();
    for (const field of value.items) {
      if (isScalar(field.key))
        fields.set(String(field.key.value), {
          text: isScalar(field.value) ? field.value.value : field.value,
          offset: field.key.range?.[0],
        });
    }
    const source = fields.get('source')?.text;
    if (typeof source !== 'string' || !(source in FIELDS)) {
      at(
        fields.get('source')?.offset ?? keyOffset,
        `${key}: source: expected one of ${Object.keys(FIELDS).join(', ')}, found ${JSON.stringify(source ?? null)}`,
      );
      continue;
    }
    const wanted = FIELDS[source as Provenance['source']];
    let ok = true;
    for (const name of wanted) {
      const field = fields.get(name);
      if (typeof field?.text !== 'string' || field.text.trim() === '') {
        at(field?.offset ?? keyOffset, `${key}: source ${source} needs ${name} (a non-empty string)`);
        ok = false;
      }
    }
    for (const [name, field] of fields) {
      if (name !== 'source' && !wanted.includes(name)) {
        at(field.offset, `${key}: unknown field ${name} for source ${source} (expected ${wanted.join(', ')})`);
        ok = false;
      }
    }
    if (ok)
      entries.set(key, Object.fromEntries([['source', source], ...wanted.map((name) => [name, fields.get(name)!.text])]) as Provenance);
  }
  return { entries, problems };
}

/**
 * Checks an examples folder: the index parses, every `.out` in the folder has an entry, and every entry names a
 * file that exists.
 */
export function checkProvenance(root: string = EXAMPLES_DIR): ProvenanceIndex {
  const file = `${root}/${PROVENANCE_FILE}`;
  if (!existsSync(file))
    return { entries: new Map(), problems: [`${file}: missing: every expected output (.out) needs its provenance here`] };
  const index = parseProvenance(readFileSync(file, 'utf8'), file);
  const outputs = listExampleFiles(root).filter((name) => name.endsWith('.out'));
  for (const output of outputs) {
    if (!index.entries.has(output))
      index.problems.push(`${root}/${output}: no provenance in ${file} (source: notes, captured or hand-written)`);
  }
  for (const key of index.entries.keys()) {
    if (!outputs.includes(key)) index.problems.push(`${file}: ${key}: names a file that does not exist in ${root}/`);
  }
  return index;
}

let cached: Map<string, Provenance> | undefined;

/** The provenance of one output of the examples folder; throws with every problem of the index if it has any. */
export function provenanceOf(output: string): Provenance {
  if (!cached) {
    const index = checkProvenance();
    if (index.problems.length > 0)
      throw new Error(`The provenance index of the expected outputs has problems:\n  ${index.problems.join('\n  ')}`);
    cached = index.entries;
  }
  const provenance = cached.get(output);
  if (!provenance) throw new Error(`${EXAMPLES_DIR}/${output}: no provenance in ${EXAMPLES_DIR}/${PROVENANCE_FILE}`);
  return provenance;
}

const LABELS = {
  ja: {
    notes: (p: { platform: string }) => `${p.platform}・ノートから`,
    captured: (p: { platform: string; version: string }) => `${p.platform} ${p.version}・実行結果`,
    'hand-written': (p: { platform: string; format: string }) => `${p.platform}・手書き（${p.format}の形式）`,
  },
  en: {
    notes: (p: { platform: string }) => `${p.platform} · from the notes`,
    captured: (p: { platform: string; version: string }) => `${p.platform} ${p.version} · captured`,
    'hand-written': (p: { platform: string; format: string }) => `${p.platform} · hand-written, ${p.format} format`,
  },
} as const;

/** The short label a page shows beside an output: 「k3s・手書き（kubectl 1.36の形式）」, "k3s · hand-written, kubectl 1.36 format". */
export function provenanceLabel(provenance: Provenance, lang: 'ja' | 'en'): string {
  const labels = LABELS[lang];
  switch (provenance.source) {
    case 'notes':
      return labels.notes(provenance);
    case 'captured':
      return labels.captured(provenance);
    case 'hand-written':
      return labels['hand-written'](provenance);
  }
}
