/**
 * Which command file an expected output belongs to. `commands/<name>.out` is the output of `commands/<name>.sh` on
 * the platform the pages show (k3s); `commands/<name>.<variant>.out` is the same command's output on another
 * platform, for a step whose output differs there (a NetworkPolicy rejects on k3s but drops on kind).
 */
export const OUTPUT_VARIANTS = ['kind'] as const;
export type OutputVariant = (typeof OUTPUT_VARIANTS)[number];

const OUTPUT = new RegExp(`(?:\\.(${OUTPUT_VARIANTS.join('|')}))?\\.out$`);

/** `commands/x.out` and `commands/x.kind.out` → `commands/x.sh`; undefined for a name that is not an output. */
export function commandFileOf(output: string): string | undefined {
  return OUTPUT.test(output) ? output.replace(OUTPUT, '.sh') : undefined;
}

/** `commands/x.sh` → `commands/x.out`, or `commands/x.kind.out` for the variant `kind`. */
export function outputFileOf(commandFile: string, variant?: OutputVariant): string {
  return `${commandFile.replace(/\.sh$/, '')}${variant ? `.${variant}` : ''}.out`;
}

export function isOutputVariant(value: string): value is OutputVariant {
  return (OUTPUT_VARIANTS as readonly string[]).includes(value);
}
