/**
 * Bounds that keep the playground responsive whatever is pasted into it. A real manifest is a few kilobytes and
 * validates in milliseconds; these limits are orders of magnitude above that and far below what would freeze a tab.
 */

/** Largest document the playground validates (UTF-8 bytes). Bigger input gets a message instead of a validation. */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;

/**
 * A validation still running after this long is abandoned: the worker is terminated and a fresh one started.
 * Counted from the moment the worker starts validating, after it has loaded the example set and schemas.
 */
export const VALIDATION_TIMEOUT_MS = 3000;

/** Loading the worker, the example set and the schema chunks: only a broken or very slow network takes this long. */
export const LOAD_TIMEOUT_MS = 30_000;

/** At most this many problems are listed and underlined; the summary still gives the full count. */
export const MAX_SHOWN_PROBLEMS = 200;

/**
 * UTF-8 size of `text`, computed only when it matters: a UTF-16 code unit takes 1–3 UTF-8 bytes (a surrogate pair,
 * two units, takes 4), so `length` bounds the size from below and `3 × length` from above.
 */
export function exceedsLimit(text: string, limit = MAX_DOCUMENT_BYTES): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return new TextEncoder().encode(text).length > limit;
}

export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}
