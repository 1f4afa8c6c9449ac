/** IPv4 helpers for ClusterIP checks (IPv6 Service CIDRs are out of scope for these examples). */
export function parseIPv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255)) return null;
  return parts.reduce((acc, p) => acc * 256 + Number(p), 0);
}

export function inCidr(ip: string, cidr: string): boolean {
  const [base, bits] = cidr.split('/');
  const address = parseIPv4(ip);
  const network = parseIPv4(base ?? '');
  if (address === null || network === null) return false;
  const size = 2 ** (32 - Number(bits));
  return Math.floor(address / size) === Math.floor(network / size);
}

/** The first usable address of a CIDR: what the `kubernetes` Service gets (10.43.0.1 for 10.43.0.0/16). */
export function firstAddress(cidr: string): string {
  const network = parseIPv4(cidr.split('/')[0] ?? '') ?? 0;
  const n = network + 1;
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');
}
