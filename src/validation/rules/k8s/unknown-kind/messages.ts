import type { RuleMessages } from '../../rule.ts';

/** The messages of k8s/unknown-kind, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'k8s/unknown-kind': 'unknown kind "{kind}" (apiVersion {apiVersion}): not served by Kubernetes {version}',
    'k8s/unknown-kind.suggest': 'unknown kind "{kind}"; did you mean "{suggestion}"?',
    'k8s/unknown-kind.version': 'kind {kind} is not served as {apiVersion}; use {supported}',
    'k8s/unknown-kind.removed': '{apiVersion} {kind} is no longer served by Kubernetes {version}; use {supported}',
    'k8s/unknown-kind.crd-version': 'the CRD of {kind} ({source}) does not serve {apiVersion}; use {supported}',
    'k8s/unknown-kind.no-schema': 'the CRD of {kind} ({source}) has no openAPIV3Schema for {apiVersion}: it cannot be validated',
  },
  ja: {
    'k8s/unknown-kind': '不明なkind "{kind}"（apiVersion {apiVersion}）です。Kubernetes {version} では提供されていません',
    'k8s/unknown-kind.suggest': '不明なkind "{kind}" です。"{suggestion}" ではありませんか？',
    'k8s/unknown-kind.version': '{kind} は {apiVersion} では提供されていません。{supported} を使ってください',
    'k8s/unknown-kind.removed': '{apiVersion} の {kind} はKubernetes {version} では提供されなくなりました。{supported} を使ってください',
    'k8s/unknown-kind.crd-version': '{kind} のCRD（{source}）は {apiVersion} を提供していません。{supported} を使ってください',
    'k8s/unknown-kind.no-schema': '{kind} のCRD（{source}）には {apiVersion} のopenAPIV3Schemaがなく、検証できません',
  },
};
