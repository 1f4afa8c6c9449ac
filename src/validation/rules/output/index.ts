import type { RuleModule } from '../rule.ts';
import { age } from './age/index.ts';
import { messages as ageMessages } from './age/messages.ts';
import { clusterIp } from './cluster-ip/index.ts';
import { messages as clusterIpMessages } from './cluster-ip/messages.ts';
import { columns } from './columns/index.ts';
import { messages as columnsMessages } from './columns/messages.ts';
import { listing } from './listing/index.ts';
import { messages as listingMessages } from './listing/messages.ts';
import { nodePort } from './node-port/index.ts';
import { messages as nodePortMessages } from './node-port/messages.ts';
import { orphan } from './orphan/index.ts';
import { messages as orphanMessages } from './orphan/messages.ts';
import { service } from './service/index.ts';
import { messages as serviceMessages } from './service/messages.ts';
import { tableRow } from './table/index.ts';
import { messages as tableMessages } from './table/messages.ts';

/**
 * The output/* rules, one folder each, in registry order. Expected outputs (`<name>.out` beside `<name>.sh`):
 * `kubectl get service(s)/svc` tables are parsed and compared with the example set; `tree` listings are checked for
 * shape; other outputs only need their command file.
 */
export const outputRules: RuleModule[] = [
  { rule: orphan, messages: orphanMessages },
  { rule: columns, messages: columnsMessages },
  { rule: tableRow, messages: tableMessages },
  { rule: service, messages: serviceMessages },
  { rule: clusterIp, messages: clusterIpMessages },
  { rule: nodePort, messages: nodePortMessages },
  { rule: age, messages: ageMessages },
  { rule: listing, messages: listingMessages },
];
