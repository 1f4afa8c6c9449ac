/**
 * Brings a command's output into a form where a real run and an expected output (examples/commands/*.out) can be
 * compared: what every cluster assigns differently is masked, what the reader should see is kept.
 *
 * Masked: IPv4 addresses, AGE, UIDs and timestamps, resourceVersion, node ports (30000–32767), the random suffixes
 * of Pod and ReplicaSet names and of ServiceLB's DaemonSets (svclb-<service>-<uid prefix>), curl's timings, and
 * kubectl's progress lines ("Waiting for deployment … rollout to finish", printed zero or more times).
 * Kept: every other word, the number and order of lines, and the columns of a table: a kubectl table is split at
 * its header's columns, so a row compares column by column (a value in the wrong column, a missing or extra column,
 * a renamed object all differ), while the padding, which follows the widths of the masked values, does not matter.
 *
 * Written by hand: no library knows kubectl's table layout or which of its values a cluster assigns.
 */

/** Each line of the output, normalised; a table row as `cell | cell | …`. */
export function normalizeOutput(text: string): string[] {
  const lines = text
    .replace(/\r\n/g, '\n')
    .replace(/\n+$/, '')
    .split('\n')
    .filter((line) => !PROGRESS.test(line));
  const out: string[] = [];
  let table: Column[] | undefined;
  for (const line of lines) {
    if (line.trim() === '') {
      table = undefined;
      out.push('');
      continue;
    }
    const header = table ? undefined : tableHeader(line);
    if (header) {
      table = header;
      out.push(header.map((column) => column.name).join(' | '));
      continue;
    }
    if (table) {
      out.push(tableRow(line, table));
      continue;
    }
    const masked = mask(line);
    // Each connection through a port-forward logs a line; how many depends on curl's retries.
    if (masked.startsWith('Handling connection for ') && out.at(-1) === masked) continue;
    out.push(masked);
  }
  return out;
}

/** kubectl rollout status prints these while it waits; how many depends on timing. */
const PROGRESS = /^Waiting for (deployment|daemon set|statefulset) ".+" rollout to finish: /;

interface Column {
  name: string;
  start: number;
}

/**
 * A kubectl table header: upper-case names separated by two or more spaces (a name may hold one space, as in
 * `NODE SELECTOR`), at least two of them.
 */
function tableHeader(line: string): Column[] | undefined {
  if (!/^[A-Z][A-Z()-]*( [A-Z][A-Z()-]*)*( {2,}[A-Z][A-Z()-]*( [A-Z][A-Z()-]*)*)+\s*$/.test(line)) return undefined;
  return [...line.matchAll(/[A-Z][A-Z()-]*(?: [A-Z][A-Z()-]*)*/g)].map((match) => ({ name: match[0], start: match.index }));
}

/** A row cut at the header's column starts (kubectl left-aligns every cell at its column). */
function tableRow(line: string, columns: Column[]): string {
  const cells = columns.map((column, index) => {
    const end = index + 1 < columns.length ? columns[index + 1]!.start : line.length;
    const cell = line.slice(column.start, end).trim();
    return column.name === 'AGE' && cell !== '' ? '<age>' : mask(cell);
  });
  // Text beyond the last column's start belongs to the last cell; a row longer than its columns shows as extra text.
  return cells.join(' | ');
}

const MASKS: [RegExp, string][] = [
  [/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z\b/g, '<time>'],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, '<uid>'],
  [/(?<![\d.])\d{1,3}(\.\d{1,3}){3}(?![\d.])/g, '<ip>'],
  [/\b(svclb-[a-z0-9-]+?)-[0-9a-f]{8}(?:-[bcdfghjklmnpqrstvwxz2-9]{5})?\b/g, '$1-<uid8>'],
  // <deployment>-<pod-template-hash>-<suffix>: Kubernetes draws both from an alphabet without vowels (so that no
  // English word comes out), the hash 5–10 characters long, the suffix 5.
  [/\b([a-z0-9]+(?:-[a-z0-9]+)*)-[bcdfghjklmnpqrstvwxz2-9]{5,10}-[bcdfghjklmnpqrstvwxz2-9]{5}\b/g, '$1-<hash>-<id>'],
  [/(resourceVersion: )"\d+"/g, '$1"<n>"'],
  [/(nodePort: )3\d{4}\b/g, '$1<nodeport>'],
  [/:3\d{4}\/(TCP|UDP|SCTP)\b/g, ':<nodeport>/$1'],
  [/\bafter \d+ ms\b/g, 'after <n> ms'],
  [/\bafter \d+ milliseconds\b/g, 'after <n> milliseconds'],
];

function mask(text: string): string {
  return MASKS.reduce((value, [pattern, replacement]) => value.replace(pattern, replacement), text);
}
