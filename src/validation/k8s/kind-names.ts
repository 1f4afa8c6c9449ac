import { dns1035Label, dns1123Label, dns1123Subdomain } from './names.ts';

/**
 * Which name function the API server passes to ValidateObjectMeta for each kind, read from the Kubernetes source
 * (`pkg/apis/<group>/validation/validation.go`). Kinds not listed use NameIsDNSSubdomain, the default of most kinds and
 * of every custom resource (apiextensions-apiserver validates custom resources with NameIsDNSSubdomain).
 */
export type NameSyntax = 'dns1123-subdomain' | 'dns1123-label' | 'dns1035-label' | 'path-segment' | 'ip-address';

interface KindName {
  syntax: NameSyntax;
  /** The Go function the entry was read from, so a reader can check it against the source. */
  source: string;
}

/** Keyed by `group/Kind` (the core group is ''). */
const KIND_NAMES: Record<string, KindName> = {
  '/Namespace': { syntax: 'dns1123-label', source: 'core ValidateNamespaceName = apimachinery ValidateNamespaceName (NameIsDNSLabel)' },
  '/Service': { syntax: 'dns1035-label', source: 'core ValidateServiceName = NameIsDNS1035Label' },
  'apps/StatefulSet': {
    syntax: 'dns1123-label',
    source: 'apps ValidateStatefulSetName → NameIsDNSLabel (Pod names and hostnames derive from it)',
  },
  'rbac.authorization.k8s.io/Role': { syntax: 'path-segment', source: 'rbac minimalNameRequirements = path.IsValidPathSegmentName' },
  'rbac.authorization.k8s.io/ClusterRole': { syntax: 'path-segment', source: 'rbac minimalNameRequirements = path.IsValidPathSegmentName' },
  'rbac.authorization.k8s.io/RoleBinding': { syntax: 'path-segment', source: 'rbac minimalNameRequirements = path.IsValidPathSegmentName' },
  'rbac.authorization.k8s.io/ClusterRoleBinding': {
    syntax: 'path-segment',
    source: 'rbac minimalNameRequirements = path.IsValidPathSegmentName',
  },
  // Listed although they keep the default, so the table records what was read for the kinds people use most.
  '/Pod': { syntax: 'dns1123-subdomain', source: 'core ValidatePodName = NameIsDNSSubdomain' },
  '/ConfigMap': { syntax: 'dns1123-subdomain', source: 'core ValidateConfigMapName = NameIsDNSSubdomain' },
  '/Secret': { syntax: 'dns1123-subdomain', source: 'core ValidateSecretName = NameIsDNSSubdomain' },
  '/ServiceAccount': { syntax: 'dns1123-subdomain', source: 'core ValidateServiceAccountName = NameIsDNSSubdomain' },
  '/Node': { syntax: 'dns1123-subdomain', source: 'core ValidateNodeName = NameIsDNSSubdomain' },
  '/PersistentVolume': { syntax: 'dns1123-subdomain', source: 'core ValidatePersistentVolumeName = NameIsDNSSubdomain' },
  'apps/Deployment': { syntax: 'dns1123-subdomain', source: 'apps ValidateDeploymentName = NameIsDNSSubdomain' },
  'apps/DaemonSet': { syntax: 'dns1123-subdomain', source: 'apps ValidateDaemonSetName = NameIsDNSSubdomain' },
  'apps/ControllerRevision': { syntax: 'dns1123-subdomain', source: 'apps ValidateControllerRevisionName = NameIsDNSSubdomain' },
  'batch/CronJob': {
    syntax: 'dns1123-subdomain',
    source: 'batch ValidateCronJobCreate: ValidateReplicationControllerName (NameIsDNSSubdomain) and at most 52 characters',
  },
  'scheduling.k8s.io/PriorityClass': {
    syntax: 'dns1123-subdomain',
    source: "scheduling ValidatePriorityClass: NameIsDNSSubdomain, and the 'system-' prefix is reserved",
  },
  'storage.k8s.io/CSIDriver': { syntax: 'dns1123-subdomain', source: 'storage ValidateCSIDriverName = NameIsDNSSubdomain' },
  'flowcontrol.apiserver.k8s.io/FlowSchema': {
    syntax: 'dns1123-subdomain',
    source: 'flowcontrol ValidateFlowSchemaName = NameIsDNSSubdomain',
  },
  'networking.k8s.io/IPAddress': { syntax: 'ip-address', source: 'networking ValidateIPAddressName = IsValidIP (canonical form)' },
};

export function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

export function nameSyntaxOf(apiVersion: string, kind: string): NameSyntax {
  return KIND_NAMES[`${groupOf(apiVersion)}/${kind}`]?.syntax ?? 'dns1123-subdomain';
}

/** The name syntax of a kind known only by its kind (`kubectl create role NAME`): the first group that serves it. */
export function nameSyntaxOfKind(kind: string): NameSyntax {
  for (const [key, entry] of Object.entries(KIND_NAMES)) if (key.endsWith(`/${kind}`)) return entry.syntax;
  return 'dns1123-subdomain';
}

/**
 * The reason a name is invalid for that syntax, or null. `prefix` is for metadata.generateName: a trailing '-' is
 * allowed there (ValidateNameFunc's prefix argument; path segments then skip the exact '.'/'..' check).
 */
export function checkName(syntax: NameSyntax, name: string, prefix = false): string | null {
  const masked = prefix ? maskTrailingDash(name) : name;
  switch (syntax) {
    case 'dns1123-label':
      return dns1123Label(masked);
    case 'dns1035-label':
      return dns1035Label(masked);
    case 'path-segment':
      return pathSegment(name, prefix);
    case 'ip-address':
      return prefix ? 'a full IP address (IPAddress names cannot be generated)' : ipAddress(name);
    default:
      return dns1123Subdomain(masked);
  }
}

/** maskTrailingDash (apimachinery): a generated name gets a suffix, so its prefix may end in '-'. */
function maskTrailingDash(name: string): string {
  return name.length > 1 && name.endsWith('-') ? `${name.slice(0, -1)}a` : name;
}

/** path.IsValidPathSegmentName: anything but '.' and '..', without '/' or '%' (so capitals and ':' are fine). */
function pathSegment(name: string, prefix: boolean): string | null {
  if (!prefix && (name === '.' || name === '..')) return `a path segment other than '${name}'`;
  if (name.includes('/')) return "a path segment: may not contain '/'";
  if (name.includes('%')) return "a path segment: may not contain '%'";
  return null;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** IsValidIP with the canonical-form check: IPv4 without leading zeros, IPv6 as RFC 5952 writes it. */
function ipAddress(name: string): string | null {
  if (IPV4.test(name)) return null;
  if (name.includes(':')) {
    // The WHATWG URL parser (in Node and every browser) prints an IPv6 host in RFC 5952 canonical form.
    let canonical: string | undefined;
    try {
      canonical = new URL(`http://[${name}]/`).hostname.slice(1, -1);
    } catch {
      canonical = undefined;
    }
    if (canonical === undefined) return 'a valid IP address';
    return canonical === name ? null : `a valid IP address in canonical form ("${canonical}")`;
  }
  return 'a valid IP address in canonical form';
}
