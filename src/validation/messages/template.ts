/**
 * The one `{name}` template of the project: validator messages, the playground's UI strings and the components' text.
 * A placeholder without a parameter of its own stays as written (Object.hasOwn: `{constructor}` is not a parameter),
 * so a missing value shows rather than vanishing.
 */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}
