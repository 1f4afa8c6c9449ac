/**
 * The version of the kubectl whose help the committed snapshot was read from, apart from the snapshot itself so that a
 * rule's description can name it without loading the snapshot (written by `npm run gen:kubectl`, with the snapshot;
 * tests/validation/generated.test.ts checks that the two agree).
 */
export const KUBECTL_VERSION = 'v1.32.4-dispatcher';
