import { fixture } from './manifests.ts';

/**
 * CNI configurations: the fixtures that the tests of several cni/* rules change one line at a time, and the file names
 * that make a case a list (`list`) or a single configuration (`conf`).
 */
export const LIST = fixture('cni/flannel-k3s.conflist');
export const CONF = fixture('cni/bridge.conf');
/** Shaped like the SPEC's own example list (bridge, tuning, portmap; cniVersions; dns; plugin-specific keys). */
export const SPEC_STYLE = fixture('cni/spec-style.conflist');
/** What libcni accepts although a stricter reading would not: no cniVersion, ipam: {}, a plugin name, runtimeConfig. */
export const RUNTIME_INPUTS = fixture('cni/runtime-inputs.conflist');
export const list = { file: 'test.conflist' };
export const conf = { file: 'test.conf' };
