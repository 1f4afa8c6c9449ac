/** English messages by message id. `{name}` is replaced by the problem's parameter of that name. */
export const en: Record<string, string> = {
  'report.header': 'Kubernetes {version} (strict schema + API rules)',
  'report.summary': '{files} file(s), {resources} resource(s): {errors} error(s), {warnings} warning(s)',
  'rule.failed': '{rule} could not check this file: {detail}',
  'cni/required': 'missing required field "{field}"',
};
