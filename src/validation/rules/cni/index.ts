import type { RuleModule } from '../rule.ts';
import { cniVersion } from './cni-version/index.ts';
import { messages as cniVersionMessages } from './cni-version/messages.ts';
import { cniName } from './name/index.ts';
import { messages as nameMessages } from './name/messages.ts';
import { cniPluginOption } from './plugin-option/index.ts';
import { messages as pluginOptionMessages } from './plugin-option/messages.ts';
import { cniPluginType } from './plugin-type/index.ts';
import { messages as pluginTypeMessages } from './plugin-type/messages.ts';
import { cniPlugins } from './plugins/index.ts';
import { messages as pluginsMessages } from './plugins/messages.ts';
import { cniReservedKey } from './reserved-key/index.ts';
import { messages as reservedKeyMessages } from './reserved-key/messages.ts';
import { cniSchema } from './schema/index.ts';
import { messages as schemaMessages } from './schema/messages.ts';
import { cniUnknownKey } from './unknown-key/index.ts';
import { messages as unknownKeyMessages } from './unknown-key/messages.ts';
import { cniUnknownPluginKey } from './unknown-plugin-key/index.ts';
import { messages as unknownPluginKeyMessages } from './unknown-plugin-key/messages.ts';

/**
 * The cni/* rules that check a parsed configuration, one folder each, in registry order. `cni/syntax` (./syntax/) is
 * reported while parsing, so it is listed with the other reading stages in `rules/stage-rules.ts`.
 */
export const cniRules: RuleModule[] = [
  { rule: cniVersion, messages: cniVersionMessages },
  { rule: cniName, messages: nameMessages },
  { rule: cniPlugins, messages: pluginsMessages },
  { rule: cniPluginType, messages: pluginTypeMessages },
  { rule: cniSchema, messages: schemaMessages },
  { rule: cniReservedKey, messages: reservedKeyMessages },
  { rule: cniUnknownKey, messages: unknownKeyMessages },
  { rule: cniPluginOption, messages: pluginOptionMessages },
  { rule: cniUnknownPluginKey, messages: unknownPluginKeyMessages },
];
