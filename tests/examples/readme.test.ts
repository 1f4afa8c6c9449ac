import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listExampleFiles } from '../../src/examples/example-files.ts';

// examples/README.md walks through the same steps as walkthrough.sh; this keeps the two in step, in both languages.
const readme = readFileSync('examples/README.md', 'utf8');
const [ja = '', en = ''] = readme.split(/^## English$/m);
const steps = execFileSync('bash', ['examples/walkthrough.sh', '--list'], { encoding: 'utf8' })
  .split('\n')
  .filter(Boolean)
  .map((line) => line.split(' ')[0]);

/** The first command file named by each numbered list item, in order. */
function numberedSteps(section: string): string[] {
  return [...section.matchAll(/^\d+\. .*?`(commands\/[\w-]+\.sh)`/gm)].map((match) => match[1]!);
}

describe('examples/README.md', () => {
  it('has a Japanese and an English section', () => {
    expect(ja).toContain('## 日本語');
    expect(en.length).toBeGreaterThan(1000);
  });

  it.each([
    ['ja', ja],
    ['en', en],
  ])('(%s) lists the walkthrough steps in the order walkthrough.sh runs them', (_lang, section) => {
    expect(numberedSteps(section)).toEqual(steps);
  });

  it.each([
    ['ja', ja],
    ['en', en],
  ])('(%s) names the image tags and the date they were chosen', (_lang, section) => {
    expect(section).toContain('2026-12-01');
    const images = listExampleFiles()
      .filter((file) => file.endsWith('.yaml'))
      .flatMap((file) => [...readFileSync(`examples/${file}`, 'utf8').matchAll(/^\s+image: (\S+)$/gm)].map((m) => m[1]!));
    expect(images).toHaveLength(7);
    for (const image of images) expect(section).toContain(`\`${image}\``);
  });
});
