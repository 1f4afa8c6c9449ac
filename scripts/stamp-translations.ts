/**
 * `npm run translations:stamp [-- content/docs/en/<page>.mdx …]`
 *
 * After updating an English page to match its Japanese source, records the ja revision it now translates
 * (`translatedFrom` in the en frontmatter). With no arguments, stamps every en page. Stamp only pages you have
 * actually brought up to date: the freshness test trusts the stamp.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { readTranslatedFrom, translationHash, writeTranslatedFrom } from '../src/translations/translation-hash.ts';

const DOCS = 'content/docs';
const EN = join(DOCS, 'en');

const args = process.argv.slice(2);
const pages = args.length
  ? args
  : readdirSync(EN)
      .filter((f) => f.endsWith('.mdx') || f.endsWith('.md'))
      .map((f) => join(EN, f));

let failed = false;
for (const enPath of pages) {
  const jaPath = join(DOCS, basename(enPath));
  if (!existsSync(enPath) || !existsSync(jaPath)) {
    console.error(`${enPath}: no such en page, or no ja source at ${jaPath}`);
    failed = true;
    continue;
  }
  const hash = translationHash(readFileSync(jaPath, 'utf8'));
  const enSource = readFileSync(enPath, 'utf8');
  const before = readTranslatedFrom(enSource);
  if (before === hash) {
    console.log(`${relative('.', enPath)}: already ${hash}`);
    continue;
  }
  writeFileSync(enPath, writeTranslatedFrom(enSource, hash));
  console.log(`${relative('.', enPath)}: translatedFrom ${before ?? '(none)'} → ${hash}`);
}
process.exitCode = failed ? 1 : 0;
