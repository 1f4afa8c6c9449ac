import * as cni from './cni/cni-rules.ts';
import * as k8sContainers from './k8s/containers.ts';
import { crdSchema } from './k8s/crd-schema.ts';
import * as k8sCross from './k8s/cross-file.ts';
import * as k8sCustom from './k8s/custom-resource.ts';
import * as k8sLabels from './k8s/labels.ts';
import * as k8sNames from './k8s/object-name.ts';
import * as k8sPodLists from './k8s/pod-lists.ts';
import * as k8sPorts from './k8s/ports.ts';
import * as k8sSchema from './k8s/schema-rules.ts';
import { selectorMismatch } from './k8s/selector.ts';
import { unknownField } from './k8s/unknown-field.ts';
import { unknownKind } from './k8s/unknown-kind.ts';
import { kubectlRules } from './kubectl/index.ts';
import * as output from './output/output-rules.ts';
import { policyRules } from './policy/index.ts';
import type { Rule } from './rule.ts';
import { shRules } from './sh/index.ts';
import { stageRules } from './stage-rules.ts';

/**
 * Every rule, grouped by area in the order a file is read (stages, then schema, names, ports, cross-file, policy, CNI,
 * shell, kubectl, outputs). The order is the order rules run and the order of the rules table in the README
 * (`npm run gen:rules-table`); it does not order problems: `compareProblems` sorts them by file, line, column, rule id.
 */
export const rules: Rule[] = [
  ...stageRules,
  unknownKind,
  k8sSchema.requiredField,
  k8sSchema.type,
  k8sSchema.enumValue,
  k8sSchema.format,
  unknownField,
  k8sCustom.schemaConstraint,
  k8sCustom.listType,
  k8sCustom.celRule,
  k8sCustom.celNotEvaluated,
  k8sCustom.crdScope,
  crdSchema,
  k8sNames.objectName,
  k8sNames.serviceName,
  k8sLabels.labelKey,
  k8sLabels.labelValueRule,
  k8sPorts.portRange,
  k8sPorts.portName,
  k8sPorts.nodePortRange,
  k8sPorts.servicePortNameRequired,
  k8sPorts.duplicateServicePort,
  selectorMismatch,
  k8sContainers.containerName,
  k8sContainers.duplicateContainerName,
  k8sPodLists.containerImage,
  k8sPodLists.duplicateVolumeName,
  k8sPodLists.duplicateContainerField,
  k8sPodLists.duplicateListKey,
  k8sCross.serviceSelectsNothing,
  k8sCross.targetPortName,
  k8sCross.namespaceExists,
  ...policyRules.map((module) => module.rule),
  cni.cniVersion,
  cni.cniName,
  cni.cniPlugins,
  cni.cniPluginType,
  cni.cniSchema,
  cni.cniReservedKey,
  cni.cniUnknownKey,
  cni.cniPluginOption,
  cni.cniUnknownPluginKey,
  ...shRules.map((module) => module.rule),
  ...kubectlRules.map((module) => module.rule),
  output.orphan,
  output.columns,
  output.tableRow,
  output.service,
  output.clusterIp,
  output.nodePort,
  output.age,
  output.listing,
];

export const rulesById: Map<string, Rule> = new Map(rules.map((rule) => [rule.id, rule]));
