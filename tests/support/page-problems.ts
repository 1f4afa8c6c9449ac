import { expect } from 'vitest';
import type { PageProblems } from './browser.ts';

/**
 * The browser saw nothing that must not happen on a page (see watchContext): no console error, no failed request,
 * no request to another origin, no CSP violation. `also` adds the test's own lists of findings (e.g. pages that
 * scroll sideways), reported in the same diff.
 */
export function expectNoPageProblems(problems: PageProblems, also: Record<string, string[]> = {}): void {
  const none = Object.fromEntries(Object.keys(also).map((key) => [key, []]));
  expect({ ...also, ...problems }).toEqual({ ...none, consoleErrors: [], failedRequests: [], foreignRequests: [], cspViolations: [] });
}
