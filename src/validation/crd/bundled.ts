import type { CrdDefinition } from './types.ts';

/**
 * CRDs bundled with the validator, loaded only when a run has an object of their API group (a browser bundle fetches
 * the snapshot as a separate chunk, only then).
 */
export const GATEWAY_API_GROUP = 'gateway.networking.k8s.io';

export function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

let gatewayApi: Promise<CrdDefinition[]> | undefined;

export function loadGatewayApi(): Promise<CrdDefinition[]> {
  gatewayApi ??= import('./gateway-api-snapshot.json', { with: { type: 'json' } }).then(({ default: snapshot }) =>
    snapshot.crds.map((crd) => ({
      ...(crd as Omit<CrdDefinition, 'source'>),
      source: `Gateway API ${snapshot.release} (${snapshot.channel})`,
    })),
  );
  return gatewayApi;
}
