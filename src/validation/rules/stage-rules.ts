import type { StageRule } from './rule.ts';

/** Problems found while reading and parsing, before any rule runs. */
const stage = (id: string, description: string): StageRule => ({ id, level: 'api', target: 'stage', description });

export const stageRules: StageRule[] = [
  stage('file/unreadable', 'A path that does not exist or cannot be read (exit code 2).'),
  stage(
    'file/too-large',
    'A file over the size limit (16 MiB for the CLI, room for real bundles of several MiB; the playground keeps 1 MiB per document): rejected before it is read.',
  ),
  stage(
    'file/special',
    'A path that is neither a regular file nor a folder (a FIFO, socket or device): rejected at once, never read (exit code 2).',
  ),
  stage('file/binary', 'A file that is not UTF-8 text (NUL bytes or invalid UTF-8).'),
  stage('file/unsupported', 'A file given explicitly whose extension the validator does not handle.'),
  stage('yaml/syntax', 'A YAML or JSON syntax error (including tabs used for indentation).'),
  stage('yaml/duplicate-key', 'A mapping with the same key twice (the API server rejects it; kubectl would silently keep one).'),
  stage(
    'yaml/alias-limit',
    'A document whose aliases expand beyond a small limit (a "billion laughs" bomb): rejected without expanding it.',
  ),
  stage('yaml/depth', 'A document nested deeper than 512 levels: rejected before parsing, which would overflow the stack.'),
  stage(
    'cni/syntax',
    'A .conf/.conflist (or CNI .json) that is not strict JSON as libcni reads it (Go `encoding/json`): comments, trailing commas, single quotes, YAML; with line and column.',
  ),
  stage('k8s/not-an-object', 'A document (or List item) that is not a mapping.'),
  stage('k8s/missing-kind', 'A Kubernetes object without `kind`.'),
  stage('k8s/missing-api-version', 'A Kubernetes object without `apiVersion`.'),
];
