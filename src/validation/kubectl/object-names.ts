import { checkName, nameSyntaxOf, nameSyntaxOfKind } from '../k8s/kind-names.ts';

/** The kind an object name on a kubectl line is for: a resource type, or a kind `kubectl create <kind>` makes. */
export interface ObjectKind {
  apiVersion?: string;
  kind: string;
}

/**
 * What is wrong with a name as the API server validates it for that kind (path segments for RBAC kinds, DNS-1035 for
 * Services, …; a DNS-1123 subdomain when the kind is not known, as for a Pod), or null for a valid name.
 */
export function objectNameProblem(name: string, kind: ObjectKind | undefined): string | null {
  if (name === '') return 'a name after "/"';
  const syntax = kind ? (kind.apiVersion ? nameSyntaxOf(kind.apiVersion, kind.kind) : nameSyntaxOfKind(kind.kind)) : 'dns1123-subdomain';
  return checkName(syntax, name);
}
