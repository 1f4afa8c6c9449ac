import { execFileSync } from 'node:child_process';
import { chromiumPath } from '../src/diagrams/chromium.ts';
import { FONT_STACK, installedMermaidVersion } from '../src/diagrams/settings.ts';

/**
 * What renders the diagrams on this machine: Chromium, Mermaid and the fonts the stack resolves to. A cache key
 * already covers the diagram source, the Mermaid version and the settings, so when a committed SVG with the current
 * key differs from a fresh render, the difference comes from what the key leaves out: the browser and the fonts
 * (they are not in the key on purpose: every machine with another Chromium build would find the cache empty). The
 * committed SVGs do not record them, so a failed check prints this machine's side to compare with the committer's.
 */
export function renderEnvironment(executablePath = chromiumPath()): string {
  return [`Chromium: ${chromiumVersion(executablePath)}`, `Mermaid: ${installedMermaidVersion()}`, `fonts: ${resolvedFonts()}`].join('; ');
}

function chromiumVersion(executablePath: string): string {
  try {
    const out = execFileSync(executablePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 });
    return `${out.trim()} (${executablePath})`;
  } catch (error) {
    return `unknown (${executablePath} --version failed: ${(error as Error).message.split('\n')[0]})`;
  }
}

/**
 * Each family of FONT_STACK that fontconfig has, and what `sans-serif` falls back to: name, version (the font's
 * head.fontRevision, which fontconfig gives as 16.16 fixed point) and file. Where there is no fontconfig (macOS,
 * Windows), says so.
 */
function resolvedFonts(): string {
  const families = FONT_STACK.split(',').map((family) => family.trim().replace(/^"|"$/g, ''));
  const found: string[] = [];
  for (const family of families) {
    let line: string;
    try {
      line = execFileSync('fc-match', ['-f', '%{family[0]}|%{fontversion}|%{file}', family], { encoding: 'utf8', timeout: 10_000 });
    } catch {
      return 'unknown (no fc-match here)';
    }
    const [name = '', version = '', file = ''] = line.split('|');
    if (name !== family && family !== 'sans-serif') continue;
    const described = `${family === 'sans-serif' ? `sans-serif → ${name}` : name} ${(Number(version) / 65536).toFixed(3)} (${file})`;
    if (!found.includes(described)) found.push(described);
  }
  return found.join(', ') || 'none of the stack';
}
