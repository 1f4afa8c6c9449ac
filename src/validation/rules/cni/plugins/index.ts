import type { CniRule } from '../../rule.ts';
import { schemaRule } from '../shared.ts';

export const cniPlugins: CniRule = schemaRule(
  'cni/plugins',
  'plugins is required in a .conflist and holds at least one plugin configuration.',
);
