import type { CniRule } from '../../rule.ts';
import { schemaRule } from '../shared.ts';

export const cniName: CniRule = schemaRule('cni/name', 'name is required and matches ^[a-zA-Z0-9][a-zA-Z0-9_.\\-]*$.');
