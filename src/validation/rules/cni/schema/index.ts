import type { CniRule } from '../../rule.ts';
import { schemaRule } from '../shared.ts';

/** The SPEC's constraints that no other cni/* rule reports. */
export const cniSchema: CniRule = schemaRule(
  'cni/schema',
  'Other SPEC constraints: capabilities is an object of booleans, disableCheck/disableGC booleans, ipam (may be `{}`: no IPAM) with a string type, dns fields.',
);
