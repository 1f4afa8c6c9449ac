import { sha256 } from '@noble/hashes/sha2.js';
import { base32 } from '@scure/base';

/**
 * The hashes kube-proxy puts in chain names: base32 (RFC 4648, upper case, padded) of the SHA-256 of a string,
 * cut to a prefix. `crypto.subtle` would do SHA-256 in a browser too, but only asynchronously; rule generation is
 * synchronous and runs at build time, in Node and in a Web Worker, so a pure implementation is used.
 */
const encoder = new TextEncoder();

export function base32Sha256(text: string): string {
  return base32.encode(sha256(encoder.encode(text)));
}

/** A stable pseudo-random string over `alphabet`, for placeholder names (never shown as real cluster values). */
export function stableString(seed: string, length: number, alphabet: string): string {
  const bytes = sha256(encoder.encode(seed));
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[(bytes[i] ?? 0) % alphabet.length];
  return out;
}

/** A stable number in [0, modulo), for placeholder ClusterIPs and NodePorts. */
export function stableNumber(seed: string, modulo: number): number {
  const bytes = sha256(encoder.encode(seed));
  const value = ((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0);
  return (value >>> 0) % modulo;
}
