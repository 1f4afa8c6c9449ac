import { isKubernetesManifest } from '../examples/manifest.ts';
import { uiLang } from '../i18n/lang.ts';
import { isCniConfig } from '../validation/cni/detect.ts';
import { extensionInfo } from '../validation/file-kind.ts';

/**
 * The `?example=` parameter: a path inside examples/ (`netdemo/frontend-service.yaml`). It becomes part of a
 * same-origin URL, so only plain relative paths to files the playground can validate are accepted.
 */

export const DEFAULT_EXAMPLE = 'netdemo/frontend-service.yaml';

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Whether a file can be opened in the playground (by extension): the kinds it validates, manifests and CNI configurations. */
export function isPlaygroundFile(file: string): boolean {
  const kind = extensionInfo(file)?.kind;
  return kind === 'manifest' || kind === 'cni';
}

/**
 * Whether an example file gets an "Open in playground" link and a place in the playground's list: Kubernetes
 * manifests and CNI configurations, not tool configs such as kind's cluster config (the engine has no schema for them).
 */
export function opensInPlayground(file: string, source: string): boolean {
  if (!isPlaygroundFile(file)) return false;
  return isCniConfig(file, source) || isKubernetesManifest(file, source);
}

/**
 * The example to open, or an error key when the parameter is unusable. Absent or empty → the default example.
 * Rejected: absolute paths, `..`, backslashes, URL schemes, dotfiles, and extensions the playground cannot validate.
 */
export function parseExampleParam(raw: string | null): { file: string } | { error: 'invalid'; raw: string } {
  if (raw === null || raw.trim() === '') return { file: DEFAULT_EXAMPLE };
  const file = raw.trim();
  const segments = file.split('/');
  if (file.length > 200 || !segments.every((s) => SEGMENT.test(s)) || !isPlaygroundFile(file)) {
    return { error: 'invalid', raw };
  }
  return { file };
}

/** The playground page of a locale, with the example to open: `/en/playground/?example=…` (without the base). */
export function playgroundHref(file: string, lang: string): string {
  const prefix = uiLang(lang) === 'en' ? '/en' : '';
  return `${prefix}/playground/?example=${encodeURIComponent(file).replace(/%2F/g, '/')}`;
}
