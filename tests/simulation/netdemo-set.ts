/**
 * The Services page's cluster: the netdemo files it was written with. examples/netdemo/ also holds the later
 * chapters' policies and echo Services, which these cases do not assume.
 */
export const SERVICES_PAGE_NETDEMO = [
  'namespace',
  'frontend-deployment',
  'frontend-service',
  'frontend-service-nodeport',
  'database-deployment',
  'database-service',
  'database-networkpolicy',
  'client-pod',
].map((n) => `examples/netdemo/${n}.yaml`);
