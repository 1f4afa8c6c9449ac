import { isRecord } from '../../../k8s/workloads.ts';
import type { Resource } from '../../../resource.ts';
import { fieldsOf, rootTypeOf } from '../../../schema/kubernetes.ts';
import type { PathKey } from '../../../types.ts';

/**
 * Label maps and selectors, as ValidateLabels / ValidateLabelSelector (k8s.io/apimachinery/pkg/apis/meta/v1/validation)
 * check them: keys are qualified names, values label values. Found by walking the object along its schema types (the
 * field index), so only fields whose type is a label map are checked: metadata.labels, a LabelSelector's matchLabels and
 * matchExpressions[].key, a node selector requirement's key, a Pod's nodeSelector, a Service's (and an RC's)
 * spec.selector. A field that merely has such a name elsewhere (a `matchLabels` property inside a CRD's
 * openAPIV3Schema, a custom resource's own fields) is not a label map.
 */
interface LabelMap {
  map: Record<string, unknown>;
  path: PathKey[];
}

/** `Type.field` of every label map in the Kubernetes API. */
const LABEL_MAP_FIELDS = new Set([
  'V1ObjectMeta.labels',
  'V1LabelSelector.matchLabels',
  'V1PodSpec.nodeSelector',
  'V1ServiceSpec.selector',
  'V1ReplicationControllerSpec.selector',
]);
/** Types whose `key` is a label key (matchExpressions items of label and node selectors). */
const LABEL_KEY_TYPES = new Set(['V1LabelSelectorRequirement', 'V1NodeSelectorRequirement']);

const ARRAY = /^Array<(.+)>$/;
const MAP = /^\{ \[key: string\]: (.+); \}$/;
const elementType = (type: string) => ARRAY.exec(type)?.[1] ?? MAP.exec(type)?.[1];

/** Whether a value of this type can hold a label map or key anywhere below it (memoized; most of a Pod's types cannot). */
const reach = new Map<string, boolean>();
function reachesLabels(type: string): boolean {
  const element = elementType(type);
  if (element) return reachesLabels(element);
  const known = reach.get(type);
  if (known !== undefined) return known;
  reach.set(type, false); // a cycle adds nothing
  const fields = fieldsOf(type);
  let result = LABEL_KEY_TYPES.has(type);
  if (fields)
    for (const [field, fieldType] of Object.entries(fields))
      if (LABEL_MAP_FIELDS.has(`${type}.${field}`) || reachesLabels(fieldType)) result = true;
  reach.set(type, result);
  return result;
}

export function labelMaps(resource: Resource): { maps: LabelMap[]; expressionKeys: { key: string; path: PathKey[] }[] } {
  const maps: LabelMap[] = [];
  const expressionKeys: { key: string; path: PathKey[] }[] = [];
  const walk = (value: unknown, type: string, path: PathKey[]) => {
    const element = elementType(type);
    if (element) {
      if (Array.isArray(value) && ARRAY.test(type)) {
        value.forEach((item, index) => {
          walk(item, element, [...path, index]);
        });
      } else if (isRecord(value) && MAP.test(type)) for (const [key, item] of Object.entries(value)) walk(item, element, [...path, key]);
      return;
    }
    if (!isRecord(value)) return;
    if (LABEL_KEY_TYPES.has(type) && typeof value.key === 'string') expressionKeys.push({ key: value.key, path: [...path, 'key'] });
    const fields = fieldsOf(type);
    if (!fields) return;
    for (const [key, item] of Object.entries(value)) {
      const fieldType = Object.hasOwn(fields, key) ? fields[key] : undefined;
      if (fieldType === undefined) continue;
      if (LABEL_MAP_FIELDS.has(`${type}.${key}`)) {
        if (isRecord(item)) maps.push({ map: item, path: [...path, key] });
      } else if (reachesLabels(fieldType)) walk(item, fieldType, [...path, key]);
    }
  };
  const root = rootTypeOf(resource.apiVersion, resource.kind);
  // A custom resource's schema is its CRD's: only its metadata is known to be an ObjectMeta.
  if (root) walk(resource.value, root, []);
  else walk(resource.value.metadata, 'V1ObjectMeta', ['metadata']);
  return { maps, expressionKeys };
}
