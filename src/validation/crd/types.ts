/** The parts of apiextensions.k8s.io/v1 JSONSchemaProps that the API server uses to validate a custom resource. */
export interface JsonSchemaProps {
  type?: string;
  format?: string;
  properties?: Record<string, JsonSchemaProps>;
  additionalProperties?: JsonSchemaProps | boolean;
  items?: JsonSchemaProps;
  required?: string[];
  enum?: unknown[];
  nullable?: boolean;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean;
  exclusiveMaximum?: boolean;
  multipleOf?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minProperties?: number;
  maxProperties?: number;
  allOf?: JsonSchemaProps[];
  anyOf?: JsonSchemaProps[];
  oneOf?: JsonSchemaProps[];
  not?: JsonSchemaProps;
  'x-kubernetes-preserve-unknown-fields'?: boolean;
  'x-kubernetes-int-or-string'?: boolean;
  'x-kubernetes-embedded-resource'?: boolean;
  'x-kubernetes-list-type'?: string;
  'x-kubernetes-list-map-keys'?: string[];
  'x-kubernetes-map-type'?: string;
  'x-kubernetes-validations'?: ValidationRule[];
}

/** One `x-kubernetes-validations` entry (a CEL rule). */
export interface ValidationRule {
  rule: string;
  message?: string;
  messageExpression?: string;
  reason?: string;
  fieldPath?: string;
  optionalOldSelf?: boolean;
}

export interface CrdVersion {
  name: string;
  served: boolean;
  schema?: JsonSchemaProps;
}

/** A CustomResourceDefinition reduced to what validating its custom resources needs. */
export interface CrdDefinition {
  group: string;
  kind: string;
  plural: string;
  /** What kubectl also accepts as the resource type (`kubectl get gtw`). */
  singular?: string;
  shortNames?: string[];
  scope: 'Namespaced' | 'Cluster';
  versions: CrdVersion[];
  /** Where it came from: a file of this run, a `--crd` file, or a bundled snapshot. */
  source: string;
}
