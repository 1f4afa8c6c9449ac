import type { SourceFile } from '../../../src/validation/engine.ts';
import { change, fixture } from './manifests.ts';

/**
 * Custom resources validated against their CRD (a file of the same run): the fixtures that the tests of several k8s
 * rules change one line at a time (schema, list types, CEL rules, scope, the CRD's own schema).
 */
export const CRD = fixture('crd/widget-crd.yaml');
export const WIDGET = fixture('crd/widget.yaml');
export const withCrd: SourceFile[] = [{ name: 'widget-crd.yaml', text: CRD }];
export const widget = (from: string, to: string): string => change(WIDGET, from, to);

/** A cluster-scoped CRD and a custom resource of it (`Fleet`) with the given metadata lines. */
export const CLUSTER_CRD = fixture('crd/cluster-crd.yaml');
export const fleet = (metadata: string): string => `apiVersion: example.com/v1\nkind: Fleet\nmetadata:\n${metadata}spec:\n  any: thing\n`;
/** The cluster-scoped CRD with its only version's openAPIV3Schema removed. */
export const noSchema = change(
  CLUSTER_CRD,
  '      schema:\n        openAPIV3Schema:\n          type: object\n          properties:\n            spec:\n              type: object\n              x-kubernetes-preserve-unknown-fields: true\n',
  '',
);

/** A CRD whose schema puts matchLabels and nodeSelector properties in its own types, and a custom resource of it. */
export const SELECTOR_CRD = fixture('crd/selector-crd.yaml');
export const PROBE = fixture('crd/probe.yaml');
export const withSelectorCrd: SourceFile[] = [{ name: 'selector-crd.yaml', text: SELECTOR_CRD }];
