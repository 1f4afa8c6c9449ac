// Expressive Code settings that cannot live in astro.config.mjs: plugins are functions, and the <Code> component
// (used by src/components/Example.astro) only sees options from this file.
import { defineEcConfig } from '@astrojs/starlight/expressive-code';
import { codeSearchPlugin } from './src/integrations/code-search.ts';
import { focusableWideCodePlugin } from './src/integrations/focusable-code.ts';
import { transcriptCopyPlugin } from './src/integrations/transcript-copy.ts';

export default defineEcConfig({
  plugins: [transcriptCopyPlugin(), codeSearchPlugin(), focusableWideCodePlugin()],
});
