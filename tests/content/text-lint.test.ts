import { spawnSync } from 'node:child_process';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FIX = 'tests/content/fixtures/textlint';
const TEXTLINT = 'node_modules/textlint/bin/textlint.js';
const EN_CONFIG = 'textlint/en.textlintrc.cjs';

interface LintMessage {
  ruleId: string;
  message: string;
  line: number;
}

const JA_FILES = ['ja-good.mdx', 'ja-preset-bad.mdx', 'ja-terms-bad.mdx'];
const EN_FILES = ['en-good.mdx', 'en-terms-bad.mdx'];

/**
 * Runs the real textlint CLI (the same configs as `npm run lint:text`) once per config on all of its fixtures (one
 * process per language instead of one per file: textlint's start-up is most of its time); returns each file's
 * messages.
 */
function lintAll(files: string[], config?: string): Map<string, LintMessage[]> {
  const args = [TEXTLINT, '--format', 'json', ...(config ? ['--config', config] : []), ...files.map((f) => join(FIX, f))];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 1) throw new Error(`textlint failed to run:\n${run.stderr}${run.stdout}`);
  const results = JSON.parse(run.stdout) as { filePath: string; messages: LintMessage[] }[];
  return new Map(results.map((r) => [basename(r.filePath), r.messages]));
}

const linted = new Map<string, Map<string, LintMessage[]>>();
function lint(file: string, config?: string): LintMessage[] {
  const key = config ?? 'ja';
  if (!linted.has(key)) linted.set(key, lintAll(config ? EN_FILES : JA_FILES, config));
  const messages = linted.get(key)!.get(file);
  if (!messages) throw new Error(`${file} was not linted with ${key}`);
  return messages;
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
  // Every page of both languages through textlint: seconds of CPU, more than a unit test's default allows.
  it('npm run lint:text passes', { timeout: 60_000 }, () => {
    const run = spawnSync('npm', ['run', '--silent', 'lint:text'], { encoding: 'utf8' });
    // textlint's report (file:line:col, rule, message) is the failure message.
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
  });
});
