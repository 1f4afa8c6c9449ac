import { existsSync, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, sep } from 'node:path';
import type { SourceFile } from './engine.ts';
import { isValidatedFile } from './file-kind.ts';
import { filesBelow, HIDDEN_OR_PACKAGES } from './files-below.ts';

/** File system access for the CLI and tests: walking paths, reading text with a size limit. The engine never does this. */

/** Room for real bundles (cert-manager's release manifest, operator bundles: several MiB), not for runaway input. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** The path that means standard input, as kubectl -f - has it; shown in problems as STDIN_NAME. */
export const STDIN_PATH = '-';
export const STDIN_NAME = '<stdin>';

export interface ReadProblem {
  ruleId: 'file/unreadable' | 'file/too-large' | 'file/binary' | 'file/special';
  file: string;
  params: Record<string, string | number>;
}

export interface ReadResult {
  files: SourceFile[];
  problems: ReadProblem[];
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Expands folders (recursively, sorted, skipping dot-folders and node_modules) and reads every file. */
export async function readPaths(
  paths: string[],
  options: { cwd?: string; maxBytes?: number; stdin?: AsyncIterable<Uint8Array> } = {},
): Promise<ReadResult> {
  const cwd = options.cwd ?? process.cwd();
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  const result: ReadResult = { files: [], problems: [] };
  const seen = new Set<string>();
  const display = (absolute: string) => toPosix(relative(cwd, absolute) || absolute);
  for (const path of paths) {
    if (path === STDIN_PATH) {
      if (seen.has(STDIN_PATH)) continue;
      seen.add(STDIN_PATH);
      await readStdin(options.stdin ?? process.stdin, maxBytes, result);
      continue;
    }
    const absolute = isAbsolute(path) ? path : join(cwd, path);
    let info: Stats;
    try {
      info = await stat(absolute);
    } catch (error) {
      result.problems.push({
        ruleId: 'file/unreadable',
        file: toPosix(path),
        params: { file: toPosix(path), detail: describeError(error) },
      });
      continue;
    }
    // A FIFO would block the read until a writer comes (forever, in CI); sockets and devices are not text either.
    if (!info.isDirectory() && !info.isFile()) {
      result.problems.push({ ruleId: 'file/special', file: toPosix(path), params: { file: toPosix(path), type: specialType(info) } });
      continue;
    }
    const targets = info.isDirectory() ? await walk(absolute) : [absolute];
    for (const target of targets) {
      if (seen.has(target)) continue;
      seen.add(target);
      const name = display(target);
      try {
        const size = target === absolute ? info.size : (await stat(target)).size;
        if (size > maxBytes) {
          result.problems.push({ ruleId: 'file/too-large', file: name, params: { size, limit: maxBytes } });
          continue;
        }
        const bytes = await readFile(target);
        let text: string;
        try {
          text = decoder.decode(bytes);
        } catch {
          result.problems.push({ ruleId: 'file/binary', file: name, params: {} });
          continue;
        }
        result.files.push({ name, text });
      } catch (error) {
        result.problems.push({ ruleId: 'file/unreadable', file: name, params: { file: name, detail: describeError(error) } });
      }
    }
  }
  return result;
}

async function readStdin(stream: AsyncIterable<Uint8Array>, maxBytes: number, result: ReadResult): Promise<void> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      result.problems.push({ ruleId: 'file/too-large', file: STDIN_NAME, params: { size: `more than ${maxBytes}`, limit: maxBytes } });
      return;
    }
    chunks.push(chunk);
  }
  try {
    result.files.push({ name: STDIN_NAME, text: decoder.decode(Buffer.concat(chunks)) });
  } catch {
    result.problems.push({ ruleId: 'file/binary', file: STDIN_NAME, params: {} });
  }
}

function specialType(info: Stats): string {
  if (info.isFIFO()) return 'a FIFO';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** Every file below a folder that the validator handles, sorted for stable output. */
export async function walk(dir: string): Promise<string[]> {
  return filesBelow(dir, { skip: HIDDEN_OR_PACKAGES }).filter((file) => isValidatedFile(basename(file)));
}

/**
 * Every file (any type) below a root, relative to it: the names a command's `-f` may refer to. Dot entries and
 * node_modules are left out because the root is the working directory when there is no examples/ folder (unlike
 * `listExampleFiles` in src/examples, the published set, which counts dotfiles on purpose). A missing root has none.
 */
export async function referableFiles(root: string): Promise<string[]> {
  if (!existsSync(root)) return [];
  return filesBelow(root, { skip: HIDDEN_OR_PACKAGES })
    .map((file) => toPosix(relative(root, file)))
    .sort();
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

function describeError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
