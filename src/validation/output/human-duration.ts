/**
 * Is `text` something kubectl's AGE column can print? It mirrors HumanDuration in
 * k8s.io/apimachinery/pkg/util/duration/duration.go: seconds below 2 minutes (`114s`), minutes+seconds below 10
 * minutes (`2m56s`), minutes below 3 hours (`15m`), hours+minutes below 8 hours, hours below 2 days (`30h`),
 * days+hours below 8 days (`3d4h`), days below 2 years (`12d`), years+days below 8 years, then years.
 */
export function isHumanDuration(text: string): boolean {
  if (text === '<invalid>' || text === '<unknown>') return true;
  let m: RegExpExecArray | null;
  if ((m = /^(\d+)s$/.exec(text))) return Number(m[1]) < 120;
  if ((m = /^(\d+)m(\d+)s$/.exec(text))) return Number(m[1]) >= 2 && Number(m[1]) < 10 && Number(m[2]) > 0 && Number(m[2]) < 60;
  if ((m = /^(\d+)m$/.exec(text))) return Number(m[1]) >= 2 && Number(m[1]) < 180;
  if ((m = /^(\d+)h(\d+)m$/.exec(text))) return Number(m[1]) >= 3 && Number(m[1]) < 8 && Number(m[2]) > 0 && Number(m[2]) < 60;
  if ((m = /^(\d+)h$/.exec(text))) return Number(m[1]) >= 3 && Number(m[1]) < 48;
  if ((m = /^(\d+)d(\d+)h$/.exec(text))) return Number(m[1]) >= 2 && Number(m[1]) < 8 && Number(m[2]) > 0 && Number(m[2]) < 24;
  if ((m = /^(\d+)d$/.exec(text))) return Number(m[1]) >= 2 && Number(m[1]) < 730;
  if ((m = /^(\d+)y(\d+)d$/.exec(text))) return Number(m[1]) >= 2 && Number(m[1]) < 8 && Number(m[2]) > 0 && Number(m[2]) < 365;
  if ((m = /^(\d+)y$/.exec(text))) return Number(m[1]) >= 2;
  return false;
}
