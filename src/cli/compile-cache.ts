/**
 * Preloaded by `npm run validate` (`node --import`): Node strips TypeScript types and compiles every module on each
 * start, about 0.6 s of the validator's start-up. The compile cache keeps that work between runs (in the OS temp
 * folder, or NODE_COMPILE_CACHE), so only the first run pays it.
 */
import { enableCompileCache } from 'node:module';

enableCompileCache?.();
