import type { KubectlCommand } from './kubectl-command.ts';
import { type ObjectKind, objectNameProblem } from './object-names.ts';
import type { Word } from './shell.ts';
import { type ResourceType, resolveResourceType } from './snapshot.ts';

/**
 * The positional arguments of a resolved kubectl command read as kubectl reads them: TYPE NAME…, TYPE/NAME…, TYPE1,TYPE2
 * (get, describe, label, rollout status …), the one object of port-forward, exec, logs and attach (a Pod name or
 * TYPE/NAME) and port-forward's ports, and the NAME that create and run make. Fills in the command's types, names,
 * ports, objects and creates.
 */

const RESOURCE_COMMANDS = new Set([
  'get',
  'describe',
  'delete',
  'edit',
  'label',
  'annotate',
  'patch',
  'scale',
  'wait',
  'expose',
  'autoscale',
  'explain',
]);
const ONE_OBJECT_COMMANDS = new Set(['port-forward', 'exec', 'logs', 'attach']);
/** kubectl's built-in category (`kubectl get all`): not a type, but accepted wherever types are. */
const CATEGORIES = new Set(['all']);
/** The kind `kubectl create <sub> NAME` makes. */
const KIND_BY_CREATE: Record<string, string> = {
  namespace: 'Namespace',
  deployment: 'Deployment',
  secret: 'Secret',
  configmap: 'ConfigMap',
  service: 'Service',
  serviceaccount: 'ServiceAccount',
  job: 'Job',
  cronjob: 'CronJob',
  ingress: 'Ingress',
  role: 'Role',
  rolebinding: 'RoleBinding',
  clusterrole: 'ClusterRole',
  clusterrolebinding: 'ClusterRoleBinding',
  quota: 'ResourceQuota',
  priorityclass: 'PriorityClass',
  poddisruptionbudget: 'PodDisruptionBudget',
};

export function readArguments(command: KubectlCommand, custom: readonly ResourceType[]): void {
  const [verb, sub] = command.path;
  const namespace = command.namespace;
  const flagValue = (name: string) => command.flags.find((f) => f.spec.name === name)?.value;
  const usable = command.positionals.slice(0, command.beforeDash).filter((w) => !w.hasExpansion);
  const readType = (token: string, word: Word): ResourceType | undefined => {
    const category = CATEGORIES.has(token.toLowerCase());
    const type = category ? undefined : resolveResourceType(token, custom);
    command.types.push({ token, word, type, category });
    return type;
  };
  // A name is read only where its kind is known; it names an object only if it is a valid name for that kind.
  const readName = (name: string, word: Word, kind?: ObjectKind): boolean => {
    command.names.push({ name, word, kind });
    return objectNameProblem(name, kind) === null;
  };
  if (verb === undefined) return;
  if (RESOURCE_COMMANDS.has(verb) || (verb === 'rollout' && sub) || (verb === 'set' && sub)) {
    let type: ResourceType | undefined;
    let typeSeen = false;
    usable.forEach((word, index) => {
      // label/annotate take `key=value` and `key-` (removal) after the object.
      if ((verb === 'label' || verb === 'annotate') && index > 0 && (word.text.includes('=') || word.text.endsWith('-'))) return;
      if (verb === 'scale' && index > 0 && word.text.includes('=')) return;
      if (verb === 'set' && index > 0 && word.text.includes('=')) return;
      if (verb === 'patch' || verb === 'explain') if (index > 1) return;
      if (word.text.includes('/')) {
        const [typeToken, ...rest] = word.text.split('/');
        const name = rest.join('/');
        const t = readType(typeToken!, word);
        if (t && readName(name, word, t)) command.objects.push({ type: t, name, namespace, word });
        return;
      }
      if (!typeSeen) {
        typeSeen = true;
        if (verb === 'explain') {
          readType(word.text.split('.')[0]!, word);
          return;
        }
        const types = word.text.split(',');
        type = types.length === 1 ? readType(word.text, word) : undefined;
        if (types.length > 1) for (const t of types) readType(t, word);
        return;
      }
      if (type && readName(word.text, word, type)) command.objects.push({ type, name: word.text, namespace, word });
    });
    if (verb === 'expose' && command.objects[0])
      command.creates.push({ kind: 'Service', name: flagValue('name') ?? command.objects[0].name, namespace });
    return;
  }
  if (ONE_OBJECT_COMMANDS.has(verb)) {
    const first = usable[0];
    if (first) {
      if (first.text.includes('/')) {
        const [typeToken, ...rest] = first.text.split('/');
        const t = readType(typeToken!, first);
        if (t && readName(rest.join('/'), first, t)) command.objects.push({ type: t, name: rest.join('/'), namespace, word: first });
      } else if (readName(first.text, first)) {
        const pod = resolveResourceType('pods')!;
        command.objects.push({ type: pod, name: first.text, namespace, word: first });
      }
    }
    if (verb === 'port-forward') command.ports.push(...usable.slice(1));
    return;
  }
  if (verb === 'create' && sub) {
    const name = usable[0];
    const kind = KIND_BY_CREATE[sub];
    if (name && kind && readName(name.text, name, { kind })) command.creates.push({ kind, name: name.text, namespace });
    return;
  }
  if (verb === 'run') {
    const name = usable[0];
    if (name && readName(name.text, name)) command.creates.push({ kind: 'Pod', name: name.text, namespace });
  }
}
