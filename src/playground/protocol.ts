import type { Lang, Problem } from '../validation/types.ts';
import type { SimulationView, TraceRequest } from './simulation.ts';

/** Messages between the playground page and its validation worker (structured-clone-able plain data). */

export interface ValidateRequest {
  type: 'validate';
  id: number;
  text: string;
  /** Path inside examples/ the text stands for: picks the file kind and replaces that file in the example set. */
  file: string;
  lang: Lang;
  /** A connection to trace through the simulated cluster, when the reader asked for one. */
  trace?: TraceRequest;
}

/** The worker has its context loaded and starts validating: the time limit applies from here. */
export interface ValidateStarted {
  type: 'started';
  id: number;
}

export interface ValidateResult {
  type: 'result';
  id: number;
  kubernetesVersion: string;
  resources: number;
  problems: Problem[];
  /** Time spent validating inside the worker (ms). */
  elapsed: number;
  /** What the cluster would do with the text (absent when the text has errors). */
  simulation?: SimulationView;
}

export interface ValidateFailure {
  type: 'failure';
  id: number;
  /** Why the engine could not answer (not a problem of the manifest). */
  detail: string;
}

export type WorkerRequest = ValidateRequest;
export type WorkerResponse = ValidateStarted | ValidateResult | ValidateFailure;
