import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from '../../../src/validation/engine.ts';

/** Valid fixtures (restricted, pinned, probed) that rule tests change one line at a time. */
const dir = join(import.meta.dirname, '..', 'fixtures');
export const fixture = (name: string): string => readFileSync(join(dir, name), 'utf8');

export const NAMESPACE = fixture('valid/namespace.yaml');
export const DEPLOYMENT = fixture('valid/deployment.yaml');
export const SERVICE = fixture('valid/service.yaml');

/** A bare Pod with an env var, a named port and a volume mount: the Pod spec list rules change it. */
export const POD = `apiVersion: v1
kind: Pod
metadata:
  name: tool
spec:
  containers:
    - name: main
      image: busybox:1.37
      env:
        - name: MODE
          value: fast
      ports:
        - name: http
          containerPort: 8080
      volumeMounts:
        - name: data
          mountPath: /data
  volumes:
    - name: data
      emptyDir: {}
`;

/** The namespace and the Deployment as companions of a case, for cross-file rules. */
export const withNamespace: SourceFile[] = [{ name: 'namespace.yaml', text: NAMESPACE }];
export const withApp: SourceFile[] = [
  { name: 'namespace.yaml', text: NAMESPACE },
  { name: 'deployment.yaml', text: DEPLOYMENT },
];

/** Replaces exactly one occurrence (fails loudly otherwise, so a fixture edit cannot silently break a test). */
export function change(text: string, from: string, to: string): string {
  const index = text.indexOf(from);
  if (index < 0 || text.indexOf(from, index + 1) >= 0) throw new Error(`"${from}" must occur exactly once`);
  return text.slice(0, index) + to + text.slice(index + from.length);
}

/** 1-based line and column of the first occurrence of `needle` (plus `offset` characters) in `text`. */
export function at(text: string, needle: string, offset = 0): { line: number; column: number } {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`"${needle}" not found`);
  const before = text.slice(0, index + offset);
  const line = before.split('\n').length;
  return { line, column: before.length - before.lastIndexOf('\n') };
}
