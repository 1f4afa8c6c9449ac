import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FIX = 'tests/content/fixtures/textlint';
const TEXTLINT = 'node_modules/textlint/bin/textlint.js';
const EN_CONFIG = 'textlint/en.textlintrc.cjs';

interface LintMessage {
  ruleId: string;
  message: string;
  line: number;
}

/** Runs the real textlint CLI (the same configs as `npm run lint:text`) on one file; returns its messages. */
function lint(file: string, config?: string): LintMessage[] {
  const args = [TEXTLINT, '--format', 'json', ...(config ? ['--config', config] : []), join(FIX, file)];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 1) throw new Error(`textlint failed to run:\n${run.stderr}${run.stdout}`);
  const results = JSON.parse(run.stdout) as { messages: LintMessage[] }[];
  return results.flatMap((r) => r.messages);
}

describe('Japanese writing rules (preset-ja-technical-writing)', () => {
  it('accepts plain です/ます text with the glossary terms', () => {
    expect(lint('ja-good.mdx')).toEqual([]);
  });

  it('reports mixed styles and an exclamation mark', () => {
    const rules = lint('ja-preset-bad.mdx').map((m) => m.ruleId);
    expect(rules).toContain('ja-technical-writing/no-mix-dearu-desumasu');
    expect(rules).toContain('ja-technical-writing/no-exclamation-question-mark');
  });
});

describe('terminology (the glossary)', () => {
  it('ja: reports クラスタ, セレクタ and a lowercase pod with the expected term', () => {
    const messages = lint('ja-terms-bad.mdx')
      .filter((m) => m.ruleId === 'prh')
      .map((m) => m.message);
    expect(messages).toEqual(['pod => Pod', 'クラスタ => クラスター', 'セレクタ => セレクター']);
  });

  it('en: accepts Pod, kubelet, kube-proxy, and lowercase words in code', () => {
    expect(lint('en-good.mdx', EN_CONFIG)).toEqual([]);
  });

  it('en: reports pod, Kubelet and kube proxy', () => {
    const messages = lint('en-terms-bad.mdx', EN_CONFIG).map((m) => m.message);
    expect(messages).toEqual(['pod => Pod', 'Kubelet => kubelet', 'kube proxy => kube-proxy']);
  });
});

describe('the site pages', () => {
  it('npm run lint:text passes', () => {
    const run = spawnSync('npm', ['run', '--silent', 'lint:text'], { encoding: 'utf8' });
    // textlint's report (file:line:col, rule, message) is the failure message.
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
  });
});
