import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/validation/messages/en.ts';
import { catalogues } from '../../src/validation/messages/index.ts';
import { ja } from '../../src/validation/messages/ja.ts';
import { rules } from '../../src/validation/rules/index.ts';
import { ruleModules } from '../../src/validation/rules/modules.ts';

/** Every registered rule has tests, a line in the rules reference, and messages in both languages. */
const root = join(import.meta.dirname, '..', '..');
const testDir = join(import.meta.dirname, 'rules');
const tests = readdirSync(testDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => readFileSync(join(testDir, f), 'utf8'))
  .join('\n');
const readme = readFileSync(join(root, 'src', 'validation', 'README.md'), 'utf8');

describe('rules registry', () => {
  it('has unique ids of the form area/kebab-name', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(file|yaml|k8s|policy|cni|sh|kubectl|output)\/[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  for (const rule of rules) {
    it(`${rule.id} has tests, documentation and messages`, () => {
      const tested = tests.includes(`rule: '${rule.id}'`) || tests.includes(`describe('${rule.id}'`);
      expect(tested, `no testRule({ rule: '${rule.id}' }) or describe('${rule.id}') in tests/validation/rules`).toBe(true);
      expect(readme, `src/validation/README.md does not list ${rule.id}`).toMatch(
        new RegExp(`^\\| \`${rule.id.replace('/', '\\/')}\` \\|`, 'm'),
      );
      expect(rule.description.length).toBeGreaterThan(10);
      const hasMessage = (lang: 'en' | 'ja') =>
        Object.keys(catalogues[lang]).some((key) => key === rule.id || key.startsWith(`${rule.id}.`));
      expect(hasMessage('en')).toBe(true);
      expect(hasMessage('ja')).toBe(true);
    });
  }
});

describe('rule folders (rules/<area>/<rule-name>/)', () => {
  const srcRules = join(root, 'src', 'validation', 'rules');
  const folders = readdirSync(srcRules, { recursive: true, encoding: 'utf8' })
    .filter((f) => /^[a-z0-9]+\/[a-z0-9-]+\/index\.ts$/.test(f.replaceAll('\\', '/')))
    .map((f) => f.replaceAll('\\', '/').replace(/\/index\.ts$/, ''));
  it('each hold a registered rule named after the folder, listed in rules/modules.ts', () => {
    expect(folders.length).toBeGreaterThan(0);
    expect(ruleModules.map((m) => m.rule.id).sort()).toEqual([...folders].sort());
    for (const module of ruleModules) expect(rules).toContain(module.rule);
  });
  it('leave no message of theirs in messages/en.ts or ja.ts', () => {
    const inFolders = new Set(ruleModules.map((m) => m.rule.id));
    for (const catalogue of [en, ja]) expect(Object.keys(catalogue).filter((key) => inFolders.has(key.split('.')[0]!))).toEqual([]);
  });
  // The areas whose rules all live in folders: a new rule there cannot go back to a shared file.
  for (const area of ['file', 'yaml', 'k8s', 'policy', 'cni', 'sh', 'kubectl', 'output']) {
    it(`hold every ${area}/* rule`, () => {
      const inFolders = new Set(ruleModules.map((m) => m.rule.id));
      expect(rules.filter((r) => r.id.startsWith(`${area}/`) && !inFolders.has(r.id)).map((r) => r.id)).toEqual([]);
    });
  }
  for (const module of ruleModules) {
    it(`${module.rule.id} has its messages, and only its own, in both languages in messages.ts`, () => {
      const own = (key: string) => key === module.rule.id || key.startsWith(`${module.rule.id}.`);
      expect(Object.keys(module.messages.en).filter((key) => !own(key))).toEqual([]);
      expect(Object.keys(module.messages.en).length, 'no message').toBeGreaterThan(0);
      expect(Object.keys(module.messages.ja).sort()).toEqual(Object.keys(module.messages.en).sort());
      expect(existsSync(join(srcRules, module.rule.id, 'messages.ts'))).toBe(true);
      expect(existsSync(join(root, 'tests', 'validation', 'rules', `${module.rule.id}.test.ts`)), 'its tests mirror the folder').toBe(true);
    });
  }
});

describe('message catalogues', () => {
  it('have the same keys in English and Japanese', () => {
    expect(Object.keys(catalogues.ja).sort()).toEqual(Object.keys(catalogues.en).sort());
  });
  it('use the same parameters in both languages', () => {
    for (const [key, en] of Object.entries(catalogues.en)) {
      const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(params(catalogues.ja[key]!), key).toEqual(params(en));
    }
  });
  it('belong to a registered rule (or the report itself)', () => {
    const ids = new Set(rules.map((r) => r.id));
    for (const key of Object.keys(catalogues.en)) {
      const base = key.split('.')[0]!;
      expect(ids.has(base) || ['report', 'rule', 'cni/required'].includes(base), key).toBe(true);
    }
  });
});
