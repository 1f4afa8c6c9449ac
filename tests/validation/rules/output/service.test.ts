import { at } from '../../support/manifests.ts';
import { KUBE, KUBE_TABLE, output, TABLE, WIDE, WIDE_TABLE } from '../../support/output-fixtures.ts';
import { testRule } from '../../support/test-rule.ts';

// Expected outputs (<name>.out beside <name>.sh), compared with the example set.

testRule({
  rule: 'output/service',
  accept: [
    output(TABLE),
    output(KUBE_TABLE, KUBE, { description: 'the built-in kubernetes Service' }),
    output(WIDE_TABLE, WIDE),
    output(
      TABLE.replace(
        'web           ClusterIP   10.43.216.139   <none>        8080/TCP ',
        'web           LoadBalancer 10.43.216.139 192.168.205.2 8080:31073/TCP',
      ),
      'kubectl patch svc web -n demo -p \'{"spec":{"type":"LoadBalancer"}}\'\nkubectl get svc -n demo\n',
      { description: 'a type changed by kubectl patch' },
    ),
  ],
  reject: [
    {
      ...output(TABLE.replace('web           ClusterIP', 'api           ClusterIP')),
      line: 2,
      column: 1,
      messageId: 'output/service.unknown',
    },
    {
      ...output(KUBE_TABLE, 'kubectl get service kubernetes -n demo\n'),
      line: 2,
      column: 1,
      messageId: 'output/service.unknown',
      description: 'kubernetes lives in default',
    },
    {
      ...output(TABLE.replace('web           ClusterIP  ', 'web           NodePort   ')),
      line: 2,
      column: 15,
      messageId: 'output/service.type',
      message: 'ClusterIP',
    },
    {
      ...output(TABLE.replace('8080/TCP         114s', '8081/TCP         114s')),
      ...at(TABLE, '8080/TCP         114s'),
      messageId: 'output/service.ports',
    },
    {
      ...output(TABLE.replace('8080:30080/TCP', '8080/TCP      ')),
      ...at(TABLE, '8080:30080/TCP'),
      messageId: 'output/service.ports',
      description: 'a NodePort Service without its node port',
    },
    { ...output(WIDE_TABLE.replace('app=web', 'app=api'), WIDE), ...at(WIDE_TABLE, 'app=web'), messageId: 'output/service.selector' },
    {
      ...output(TABLE.replace('<none>        8080/TCP ', '<pending>     8080/TCP ')),
      ...at(TABLE, '<none>        8080/TCP '),
      messageId: 'output/service.external-ip',
    },
  ],
});
