import { describe, expect, it } from 'vitest';
import { traceRequestOf } from '../../src/playground/trace-form.ts';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe('traceRequestOf', () => {
  it('traces between the two ends given, trimmed, in the chosen proxy mode', () => {
    expect(traceRequestOf(form({ from: ' client ', to: 'frontend:8080 ', mode: 'nftables' }))).toEqual({
      from: 'client',
      to: 'frontend:8080',
      mode: 'nftables',
    });
  });
  it('uses iptables for any other mode, or none', () => {
    expect(traceRequestOf(form({ from: 'a', to: 'b', mode: 'ipvs' }))?.mode).toBe('iptables');
    expect(traceRequestOf(form({ from: 'a', to: 'b' }))?.mode).toBe('iptables');
  });
  it('traces nothing while an end is missing or blank', () => {
    expect(traceRequestOf(form({ from: 'a', to: '  ' }))).toBeUndefined();
    expect(traceRequestOf(form({ to: 'b' }))).toBeUndefined();
  });
});
