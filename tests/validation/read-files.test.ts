import { describe, expect, it } from 'vitest';
import { readPaths } from '../../src/validation/read-files.ts';
import { SERVICE } from './support/manifests.ts';

// Reading standard input (`-`); its size limit is a case of file/too-large (rules/file/too-large.test.ts).

describe('standard input', () => {
  it('reads - from the given stream, as a manifest named <stdin>', async () => {
    const stdin = (async function* () {
      yield new TextEncoder().encode(SERVICE);
    })();
    const read = await readPaths(['-'], { stdin });
    expect(read).toEqual({ files: [{ name: '<stdin>', text: SERVICE }], problems: [] });
  });
});
