/** Shared value types of the validation engine. Everything here is plain data, serializable as JSON. */

export type Severity = 'error' | 'warning';
export type Mode = 'example-set' | 'loose';
export type Lang = 'en' | 'ja';

/** One finding. Lines and columns are 1-based; `path` is a JSON path (`spec.ports[0].port`), '' for the file. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  path: string;
  ruleId: string;
  severity: Severity;
  message: string;
  expected?: string;
  found?: string;
  /** Catalogue key and parameters of `message`, so another UI can show it in another language. */
  messageId?: string;
  params?: Record<string, string | number>;
}

export interface Report {
  kubernetesVersion: string;
  files: number;
  resources: number;
  problems: Problem[];
}

/** What kind of file a path is, decided by its extension (and, for `.json`, by its content). */
export type FileKind = 'manifest' | 'cni' | 'shell' | 'output' | 'ignored' | 'unsupported';

/** A key in a JSON path: object keys are strings, array indexes numbers. */
export type PathKey = string | number;

export interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface ValidateOptions {
  mode?: Mode;
  lang?: Lang;
  /** Folder that `-f` paths in command files and expected outputs are resolved against. */
  examplesRoot?: string;
  /** Files or folders of CustomResourceDefinitions (`--crd`): their custom resources are validated against them. */
  crdPaths?: string[];
}
