import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listExampleFiles } from '../../src/examples/example-files.ts';
import { builtSite, PAGES_BASE } from '../support/site.ts';

// `kubectl apply -f https://<site><base>examples/<file>` must get exactly the file in the repository.
describe('published examples', () => {
  it(`publishes every file of examples/ byte for byte under ${PAGES_BASE}examples/`, async () => {
    const dist = await builtSite(PAGES_BASE);
    const files = listExampleFiles();
    expect(files.length).toBeGreaterThan(0);
    const differing = files.filter((file) => {
      let published: Buffer;
      try {
        published = readFileSync(join(dist, 'examples', file));
      } catch {
        return true;
      }
      return !published.equals(readFileSync(join('examples', file)));
    });
    expect(differing, 'missing or different in the build').toEqual([]);
  });
});
