/**
 * Is `text` something kubectl's AGE column can print? It mirrors HumanDuration in
 * k8s.io/apimachinery/pkg/util/duration/duration.go: seconds below 2 minutes (`114s`), minutes+seconds below 10
 * minutes (`2m56s`), minutes below 3 hours (`15m`), hours+minutes below 8 hours, hours below 2 days (`30h`),
 * days+hours below 8 days (`3d4h`), days below 2 years (`12d`), years+days below 8 years, then years.
 */
export function isHumanDuration(text: string): boolean {
  if (text === '<invalid>' || text === '<unknown>') return true;
  for (const [pattern, inRange] of HUMAN_DURATIONS) {
    const m = pattern.exec(text);
    if (m) return inRange(Number(m[1]), Number(m[2]));
  }
  return false;
}

/** Each form kubectl prints, with the range in which it prints that form (a: first number, b: second). */
const HUMAN_DURATIONS: [RegExp, (a: number, b: number) => boolean][] = [
  [/^(\d+)s$/, (a) => a < 120],
  [/^(\d+)m(\d+)s$/, (a, b) => a >= 2 && a < 10 && b > 0 && b < 60],
  [/^(\d+)m$/, (a) => a >= 2 && a < 180],
  [/^(\d+)h(\d+)m$/, (a, b) => a >= 3 && a < 8 && b > 0 && b < 60],
  [/^(\d+)h$/, (a) => a >= 3 && a < 48],
  [/^(\d+)d(\d+)h$/, (a, b) => a >= 2 && a < 8 && b > 0 && b < 24],
  [/^(\d+)d$/, (a) => a >= 2 && a < 730],
  [/^(\d+)y(\d+)d$/, (a, b) => a >= 2 && a < 8 && b > 0 && b < 365],
  [/^(\d+)y$/, (a) => a >= 2],
];
