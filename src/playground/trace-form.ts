import type { TraceRequest } from './simulation.ts';

/**
 * The connection the reader asked to trace, from the trace form's fields: none unless both ends are given; the
 * proxy mode is iptables unless nftables is chosen.
 */
export function traceRequestOf(data: Pick<FormData, 'get'>): TraceRequest | undefined {
  const from = String(data.get('from') ?? '').trim();
  const to = String(data.get('to') ?? '').trim();
  return from && to ? { from, to, mode: data.get('mode') === 'nftables' ? 'nftables' : 'iptables' } : undefined;
}
