/// <reference lib="webworker" />
import { type ExampleContext, prepareContext, validateInBrowser } from './engine.ts';
import { fetchExampleSet } from './example-set.ts';
import { exceedsLimit, MAX_DOCUMENT_BYTES } from './limits.ts';
import type { ValidateRequest, WorkerResponse } from './protocol.ts';
import { hasSimulatedKind, simulateInBrowser } from './simulation.ts';

/**
 * The playground's validation worker: runs the validation engine off the main thread, so a pathological document
 * can at worst make this worker slow (the page then terminates it), never freeze the editor.
 */
declare const self: DedicatedWorkerGlobalScope;

let context: Promise<ExampleContext> | undefined;

function loadContext(): Promise<ExampleContext> {
  context ??= fetchExampleSet(import.meta.env.BASE_URL)
    .then(prepareContext)
    .catch((error: unknown) => {
      context = undefined;
      throw error;
    });
  return context;
}

// Start loading at once: the first text arrives a moment later.
void loadContext().catch(() => undefined);

self.addEventListener('message', (event: MessageEvent<ValidateRequest>) => {
  void answer(event.data).then((response) => self.postMessage(response));
});

async function answer(request: ValidateRequest): Promise<WorkerResponse> {
  try {
    // The page checks the size first; checked again so the worker never parses an unbounded document.
    if (exceedsLimit(request.text, MAX_DOCUMENT_BYTES)) return { type: 'failure', id: request.id, detail: 'document too large' };
    const loaded = await loadContext();
    // From here on the work is CPU-bound: the page's time limit starts now.
    self.postMessage({ type: 'started', id: request.id } satisfies WorkerResponse);
    const started = performance.now();
    const report = await validateInBrowser(request.text, request.file, request.lang, loaded);
    const elapsed = performance.now() - started;
    // Only a text the API server would accept is simulated; errors come first.
    const simulation = report.problems.some((p) => p.severity === 'error')
      ? undefined
      : hasSimulatedKind(request.text)
        ? simulateInBrowser(request.text, request.file, loaded, request.trace)
        : { slices: '', iptables: '', nftables: '', policy: '', notes: [] };
    return { type: 'result', id: request.id, ...report, elapsed, ...(simulation ? { simulation } : {}) };
  } catch (error) {
    return { type: 'failure', id: request.id, detail: error instanceof Error ? error.message : String(error) };
  }
}
