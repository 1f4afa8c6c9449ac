import ipaddr from 'ipaddr.js';

/** IPv4 arithmetic for address plans (the simulation is single-stack IPv4, like the example clusters). */

export interface Cidr {
  text: string;
  base: number;
  prefix: number;
}

export function parseCidr(text: string): Cidr | undefined {
  const trimmed = text.trim();
  let address: ipaddr.IPv4;
  let prefix: number;
  try {
    // IPv4 only: the generic parser tries IPv6 first, which is slow and not needed.
    [address, prefix] = ipaddr.IPv4.parseCIDR(trimmed);
  } catch {
    return undefined;
  }
  if (!ipaddr.IPv4.isValidFourPartDecimal(trimmed.split('/')[0] ?? '')) return undefined;
  const mask = prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0;
  return { text: trimmed, base: (toNumber(address.toString()) & mask) >>> 0, prefix };
}

export function isIPv4(text: string): boolean {
  return ipaddr.IPv4.isValidFourPartDecimal(text);
}

export function toNumber(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0) >>> 0;
}

export function toIp(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

export function cidrSize(cidr: Cidr): number {
  return 2 ** (32 - cidr.prefix);
}

/** The n-th address of a CIDR (0 is the network address). */
export function nthAddress(cidr: Cidr, n: number): string {
  return toIp((cidr.base + n) >>> 0);
}

export function cidrContains(cidr: Cidr | string, ip: string): boolean {
  const parsed = typeof cidr === 'string' ? parseCidr(cidr) : cidr;
  if (!parsed || !isIPv4(ip)) return false;
  const mask = parsed.prefix === 0 ? 0 : (~0 << (32 - parsed.prefix)) >>> 0;
  return (toNumber(ip) & mask) >>> 0 === parsed.base;
}
