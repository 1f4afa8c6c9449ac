import { createHash } from 'node:crypto';

/**
 * Which revision of a Japanese page an English page translates.
 *
 * Definition: the first 12 hex characters of the SHA-256 of the whole ja source file (frontmatter included, since
 * its title and description are translated too), read as UTF-8 with CRLF normalised to LF. Any edit to the ja
 * page — prose, headings, title — changes the hash; the en page stores it as `translatedFrom` in its frontmatter.
 */
export function translationHash(jaSource: string): string {
  const normalised = jaSource.replace(/\r\n?/g, '\n');
  return createHash('sha256').update(normalised, 'utf8').digest('hex').slice(0, 12);
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

/** The `translatedFrom` value in a page's frontmatter, or undefined when the page has none. */
export function readTranslatedFrom(pageSource: string): string | undefined {
  const frontmatter = FRONTMATTER.exec(pageSource.replace(/\r\n?/g, '\n'))?.[1];
  const line = frontmatter?.split('\n').find((l) => l.startsWith('translatedFrom:'));
  return (
    line
      ?.slice('translatedFrom:'.length)
      .trim()
      .replace(/^['"]|['"]$/g, '') || undefined
  );
}

/**
 * Returns the page source with `translatedFrom: <hash>` set in its frontmatter (replacing an old value, or added as
 * the last frontmatter line). A line edit rather than a YAML round trip, so the rest of the frontmatter keeps its
 * exact formatting and comments.
 */
export function writeTranslatedFrom(pageSource: string, hash: string): string {
  const source = pageSource.replace(/\r\n?/g, '\n');
  const match = FRONTMATTER.exec(source);
  if (!match) throw new Error('page has no frontmatter (--- … ---) to stamp');
  const lines = match[1].split('\n').filter((l) => !l.startsWith('translatedFrom:'));
  lines.push(`translatedFrom: ${hash}`);
  return `---\n${lines.join('\n')}\n---\n${source.slice(match[0].length)}`;
}

/** A stale or missing stamp, described for a person: which page, which source, what to do. */
export interface FreshnessProblem {
  page: string;
  source: string;
  message: string;
}

/** Compares an en page's stamp with the current hash of its ja source. */
export function checkFreshness(enPath: string, enSource: string, jaPath: string, jaSource: string): FreshnessProblem | undefined {
  const stamped = readTranslatedFrom(enSource);
  const current = translationHash(jaSource);
  if (stamped === current) return undefined;
  const fix = `update the English text to match, then run \`npm run translations:stamp -- ${enPath}\``;
  const message =
    stamped === undefined
      ? `${enPath}: no translatedFrom in its frontmatter (its ja source ${jaPath} hashes to ${current}); ${fix}`
      : `${enPath}: its ja source ${jaPath} changed since it was translated (stamped ${stamped}, now ${current}); ${fix}`;
  return { page: enPath, source: jaPath, message };
}
