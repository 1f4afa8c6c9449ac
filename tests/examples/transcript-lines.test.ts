import { describe, expect, it } from 'vitest';
import { transcriptCommands, transcriptLines } from '../../src/integrations/transcript-copy.ts';

describe('transcriptLines', () => {
  it('tells prompted commands and their continuation lines from output', () => {
    const code = '$ kubectl a \\\n  --b\nNAME\n$ kubectl c\nx $ y\n$ d \\\n$ e';
    expect(transcriptLines(code)).toEqual(['prompt', 'continuation', 'output', 'prompt', 'output', 'prompt', 'continuation']);
  });

  it('reads an output line that ends in a backslash as output, not as a command going on', () => {
    expect(transcriptLines('$ a\nC:\\\n$ b')).toEqual(['prompt', 'output', 'prompt']);
  });

  it('gives the commands with the prompt removed only where there was one', () => {
    expect(transcriptCommands('$ d \\\n$ e\nout')).toBe('d \\\n$ e');
  });
});
