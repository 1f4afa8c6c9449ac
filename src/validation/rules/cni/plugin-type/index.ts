import type { CniRule } from '../../rule.ts';
import { schemaRule } from '../shared.ts';

export const cniPluginType: CniRule = schemaRule(
  'cni/plugin-type',
  'Every plugin configuration has a non-empty string `type` (the plugin binary).',
);
