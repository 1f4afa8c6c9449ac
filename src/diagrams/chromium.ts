/**
 * The one Chromium every browser in this project starts: the diagram renderer (npm run diagrams, astro dev), the
 * Lighthouse runner and the browser tests. Debian's Chromium unless CHROMIUM_PATH says otherwise; never a
 * downloaded browser.
 */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** Launch flags shared by every launch: no sandbox (containers, root), no GPU, nothing fetched in the background. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
