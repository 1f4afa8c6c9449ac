/**
 * Name syntax checks, mirroring k8s.io/apimachinery/pkg/util/validation/validation.go. Each returns null when the
 * value is valid, or the reason it is not (an English phrase also used as the `expected` of a problem).
 */

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const IANA_SVC_NAME = /^[-a-z0-9]+$/;

/** IsDNS1123Label: at most 63 characters, lower-case alphanumerics and '-', starting and ending alphanumeric. */
export function dns1123Label(value: string): string | null {
  if (value.length > 63) return 'at most 63 characters';
  return DNS1123_LABEL.test(value)
    ? null
    : "an RFC 1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit";
}

/** IsDNS1123Subdomain: at most 253 characters, dot-separated RFC 1123 labels. */
export function dns1123Subdomain(value: string): string | null {
  if (value.length > 253) return 'at most 253 characters';
  return DNS1123_SUBDOMAIN.test(value)
    ? null
    : "an RFC 1123 subdomain: lower-case letters, digits, '-' and '.', starting and ending with a letter or digit";
}

/** IsDNS1035Label: at most 63 characters, starting with a letter (Service names). */
export function dns1035Label(value: string): string | null {
  if (value.length > 63) return 'at most 63 characters';
  return DNS1035_LABEL.test(value)
    ? null
    : "an RFC 1035 label: lower-case letters, digits and '-', starting with a letter and ending with a letter or digit";
}

/** IsQualifiedName: label and annotation keys, `[prefix/]name`. */
export function qualifiedName(value: string): string | null {
  const parts = value.split('/');
  let name = value;
  if (parts.length === 2) {
    const [prefix, rest] = parts as [string, string];
    if (prefix.length === 0) return 'a non-empty prefix before "/"';
    const prefixProblem = dns1123Subdomain(prefix);
    if (prefixProblem) return `a prefix that is ${prefixProblem}`;
    name = rest;
  } else if (parts.length > 2) {
    return 'at most one "/" (an optional DNS subdomain prefix and a name)';
  }
  if (name.length === 0) return 'a non-empty name';
  if (name.length > 63) return 'a name part of at most 63 characters';
  return QUALIFIED_NAME_PART.test(name) ? null : "a name part of alphanumerics, '-', '_' or '.', starting and ending with an alphanumeric";
}

/** IsValidLabelValue: empty, or at most 63 characters of alphanumerics, '-', '_', '.', starting and ending alphanumeric. */
export function labelValue(value: string): string | null {
  if (value.length > 63) return 'at most 63 characters';
  return LABEL_VALUE.test(value) ? null : "alphanumerics, '-', '_' or '.', starting and ending with an alphanumeric (or empty)";
}

/** IsValidPortName (IANA_SVC_NAME, RFC 6335): at most 15 characters, a-z 0-9 '-', at least one letter, no '--'. */
export function ianaServiceName(value: string): string | null {
  if (value.length === 0 || value.length > 15) return 'an IANA service name of 1 to 15 characters';
  if (!IANA_SVC_NAME.test(value)) return "an IANA service name: lower-case letters, digits and '-'";
  if (!/[a-z]/.test(value)) return 'an IANA service name with at least one letter';
  if (value.includes('--')) return "an IANA service name without '--'";
  if (value.startsWith('-') || value.endsWith('-')) return "an IANA service name that does not start or end with '-'";
  return null;
}

/** IsValidPortNum. */
export function isPortNumber(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 65535;
}

/** Namespaces every cluster has. */
export const WELL_KNOWN_NAMESPACES = ['default', 'kube-system', 'kube-public', 'kube-node-lease'];
