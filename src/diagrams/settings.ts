import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Everything that shapes a rendered SVG besides the diagram source and Mermaid itself. Bump RENDERER_VERSION
 * when Node-side rendering code changes its output (src/diagrams/renderer.ts); changes to the Mermaid configs
 * below and to the in-page script (src/diagrams/browser/render-in-page.js) change the cache key on their own.
 */
export const RENDERER_VERSION = 1;

export const THEMES = ['light', 'dark'] as const;
export type ThemeName = (typeof THEMES)[number];

/**
 * Noto Sans CJK JP first: it is the font the SVG is measured with at render time (Debian `fonts-noto-cjk`), so
 * node boxes fit Japanese labels; the fallbacks have similar metrics on macOS and Windows.
 */
export const FONT_STACK =
  '"Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic UI", "Yu Gothic", Meiryo, sans-serif';

/**
 * Colours follow Starlight's default palette (hex, because Mermaid's base theme derives shades with khroma):
 * light = white page, indigo accent; dark = Starlight's near-black page, blue accent.
 */
const palettes: Record<ThemeName, Record<string, string | boolean>> = {
  light: {
    darkMode: false,
    background: '#ffffff',
    primaryColor: '#e8ebfe',
    primaryBorderColor: '#3d50f5',
    primaryTextColor: '#17181c',
    secondaryColor: '#edeef3',
    secondaryBorderColor: '#555962',
    secondaryTextColor: '#17181c',
    tertiaryColor: '#f6f7f9',
    tertiaryBorderColor: '#c1c3c8',
    tertiaryTextColor: '#17181c',
    lineColor: '#555962',
    textColor: '#17181c',
    mainBkg: '#e8ebfe',
    nodeBorder: '#3d50f5',
    clusterBkg: '#f6f7f9',
    clusterBorder: '#c1c3c8',
    edgeLabelBackground: '#ffffff',
    actorBkg: '#e8ebfe',
    actorBorder: '#3d50f5',
    actorTextColor: '#17181c',
    actorLineColor: '#555962',
    signalColor: '#17181c',
    signalTextColor: '#17181c',
    labelBoxBkgColor: '#e8ebfe',
    labelBoxBorderColor: '#3d50f5',
    labelTextColor: '#17181c',
    loopTextColor: '#17181c',
    noteBkgColor: '#fff7d6',
    noteBorderColor: '#b08800',
    noteTextColor: '#17181c',
    activationBkgColor: '#cfd4fc',
    activationBorderColor: '#3d50f5',
    sequenceNumberColor: '#ffffff',
  },
  dark: {
    darkMode: true,
    background: '#17181c',
    primaryColor: '#17264f',
    primaryBorderColor: '#3369ff',
    primaryTextColor: '#edeef3',
    secondaryColor: '#23262f',
    secondaryBorderColor: '#888c96',
    secondaryTextColor: '#edeef3',
    tertiaryColor: '#23262f',
    tertiaryBorderColor: '#555962',
    tertiaryTextColor: '#edeef3',
    lineColor: '#c1c3c8',
    textColor: '#edeef3',
    mainBkg: '#17264f',
    nodeBorder: '#3369ff',
    clusterBkg: '#23262f',
    clusterBorder: '#555962',
    edgeLabelBackground: '#17181c',
    actorBkg: '#17264f',
    actorBorder: '#3369ff',
    actorTextColor: '#edeef3',
    actorLineColor: '#888c96',
    signalColor: '#edeef3',
    signalTextColor: '#edeef3',
    labelBoxBkgColor: '#17264f',
    labelBoxBorderColor: '#3369ff',
    labelTextColor: '#edeef3',
    loopTextColor: '#edeef3',
    noteBkgColor: '#3d3520',
    noteBorderColor: '#b08800',
    noteTextColor: '#edeef3',
    activationBkgColor: '#23345f',
    activationBorderColor: '#3369ff',
    sequenceNumberColor: '#17181c',
  },
};

/** The Mermaid configuration for one theme (passed to `mermaid.initialize`). */
export function mermaidConfig(theme: ThemeName): Record<string, unknown> {
  return {
    theme: 'base',
    themeVariables: { ...palettes[theme], fontFamily: FONT_STACK, fontSize: '16px' },
    fontFamily: FONT_STACK,
    // SVG <text> labels instead of HTML in <foreignObject>: no clipping when the reader's font is a little
    // wider than the one measured at render time, and no HTML inside the SVG.
    htmlLabels: false,
    // Mermaid wraps flowchart labels at 120px, which breaks Japanese words mid-word (「コンテナランタ／イム」):
    // wrap at 200px (12 full-width characters) and let authors break longer labels with <br/>.
    flowchart: { htmlLabels: false, useMaxWidth: true, wrappingWidth: 200 },
    sequence: { useMaxWidth: true },
    // Mermaid 12 gives these diagram types their own theme and look by default; keep one palette for all.
    class: { theme: 'base', look: 'classic', useMaxWidth: true },
    state: { theme: 'base', look: 'classic', useMaxWidth: true },
    securityLevel: 'strict',
    deterministicIds: true,
    look: 'classic',
  };
}

/** Changes whenever any setting above or the renderer version changes (part of every cache key). */
export function settingsFingerprint(theme: ThemeName): string {
  return JSON.stringify({ renderer: RENDERER_VERSION, script: inPageScriptHash(), config: mermaidConfig(theme) });
}

/** The script that runs next to Mermaid in the page (ids, inline styles, role): part of the fingerprint. */
export const IN_PAGE_SCRIPT = new URL('./browser/render-in-page.js', import.meta.url);

let scriptHash: string | undefined;
function inPageScriptHash(): string {
  // Line endings normalised: a Windows checkout must not make every cached SVG look stale.
  scriptHash ??= createHash('sha256').update(readFileSync(IN_PAGE_SCRIPT, 'utf8').replace(/\r\n?/g, '\n')).digest('hex').slice(0, 16);
  return scriptHash;
}

/** The installed Mermaid version (part of every cache key: a Mermaid upgrade re-renders every diagram). */
export function installedMermaidVersion(): string {
  const require = createRequire(import.meta.url);
  return (require('mermaid/package.json') as { version: string }).version;
}

/** Mermaid's browser bundle, loaded into the page as a script (no network). */
export function mermaidBundlePath(): string {
  return createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
}
