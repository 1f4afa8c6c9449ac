import type { ValidateRequest, ValidateResult, WorkerResponse } from './protocol.ts';

export interface ValidationEvents {
  /** A validation answered; `roundTrip` is ms from posting the text to receiving the answer. */
  result(result: ValidateResult, roundTrip: number): void;
  /** The engine could not run (failed to load, threw): not a problem of the document. */
  failure(detail: string): void;
  /** Validation (or loading) ran past its time limit (ms); the worker was replaced by a fresh one. */
  timeout(limitMs: number): void;
}

type Job = Omit<ValidateRequest, 'type' | 'id'>;

/**
 * Runs validations in a Web Worker, one at a time, latest text wins: while one runs, only the newest edit waits;
 * older edits are dropped, and an answer for a text that has since changed is not shown. A run that exceeds the
 * time limit cannot be interrupted inside the worker, so the worker is terminated and a new one started.
 */
export class ValidationClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private inFlight: { id: number; started: number; timer: ReturnType<typeof setTimeout>; limitMs: number } | null = null;
  private waiting: Job | null = null;

  constructor(
    private readonly createWorker: () => Worker,
    private readonly events: ValidationEvents,
    private readonly limits: { validateMs: number; loadMs: number },
  ) {}

  validate(job: Job): void {
    this.waiting = job;
    this.pump();
  }

  /** Forgets any waiting job (the document became too large to validate, say). */
  cancelWaiting(): void {
    this.waiting = null;
  }

  dispose(): void {
    if (this.inFlight) clearTimeout(this.inFlight.timer);
    this.inFlight = null;
    this.waiting = null;
    this.worker?.terminate();
    this.worker = null;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => this.onMessage(worker, event.data));
    worker.addEventListener('error', (event) => this.onCrash(worker, event.message || 'worker error'));
    worker.addEventListener('messageerror', () => this.onCrash(worker, 'unreadable message from the worker'));
    this.worker = worker;
    return worker;
  }

  private pump(): void {
    if (this.inFlight || !this.waiting) return;
    const job = this.waiting;
    this.waiting = null;
    const id = this.nextId++;
    // Until the worker says it started validating, it is loading (network): the longer limit applies.
    const limitMs = this.limits.loadMs;
    const timer = setTimeout(() => this.onTimeout(id), limitMs);
    this.inFlight = { id, started: performance.now(), timer, limitMs };
    const request: ValidateRequest = { type: 'validate', id, ...job };
    this.ensureWorker().postMessage(request);
  }

  private onMessage(from: Worker, response: WorkerResponse): void {
    if (from !== this.worker || !this.inFlight || response.id !== this.inFlight.id) return;
    clearTimeout(this.inFlight.timer);
    if (response.type === 'started') {
      const id = response.id;
      this.inFlight.limitMs = this.limits.validateMs;
      this.inFlight.timer = setTimeout(() => this.onTimeout(id), this.limits.validateMs);
      return;
    }
    const roundTrip = performance.now() - this.inFlight.started;
    this.inFlight = null;
    // A newer text is waiting: this answer describes a document that no longer exists.
    if (!this.waiting) {
      if (response.type === 'result') this.events.result(response, roundTrip);
      else this.events.failure(response.detail);
    }
    this.pump();
  }

  private onTimeout(id: number): void {
    if (!this.inFlight || this.inFlight.id !== id) return;
    const { limitMs } = this.inFlight;
    this.inFlight = null;
    this.worker?.terminate();
    this.worker = null;
    this.events.timeout(limitMs);
    this.pump();
  }

  private onCrash(from: Worker, detail: string): void {
    if (from !== this.worker) return;
    if (this.inFlight) clearTimeout(this.inFlight.timer);
    this.inFlight = null;
    from.terminate();
    this.worker = null;
    this.events.failure(detail);
    // No automatic retry: a worker that cannot load would crash again; the next edit starts a new one.
  }
}
