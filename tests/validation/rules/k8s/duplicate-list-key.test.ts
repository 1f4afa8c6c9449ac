import { change, POD } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// API server rules (pkg/apis/core/validation, pkg/apis/apps/validation, apimachinery validation).

const twoEnv = change(POD, '          value: fast\n', '          value: fast\n        - name: MODE\n          value: slow\n');
const samePorts = change(
  POD,
  '          containerPort: 8080\n',
  '          containerPort: 8080\n        - containerPort: 8080\n          protocol: TCP\n',
);
const twoSpread = change(
  POD,
  '  volumes:\n',
  '  topologySpreadConstraints:\n    - maxSkew: 1\n      topologyKey: zone\n      whenUnsatisfiable: DoNotSchedule\n    - maxSkew: 2\n      topologyKey: zone\n      whenUnsatisfiable: DoNotSchedule\n  volumes:\n',
);
testRule({
  rule: 'k8s/duplicate-list-key',
  accept: [
    { code: POD },
    {
      code: change(
        samePorts,
        '        - containerPort: 8080\n          protocol: TCP',
        '        - containerPort: 8080\n          protocol: UDP',
      ),
      description: 'the same port for TCP and UDP',
    },
    {
      code: change(
        twoSpread,
        '      topologyKey: zone\n      whenUnsatisfiable: DoNotSchedule\n  volumes',
        '      topologyKey: zone\n      whenUnsatisfiable: ScheduleAnyway\n  volumes',
      ),
      description: 'the same topology key with another whenUnsatisfiable',
    },
  ],
  reject: [
    { code: twoEnv, line: 12, column: 17, severity: 'warning', message: 'env has two entries with name MODE' },
    {
      code: samePorts,
      line: 15,
      column: 26,
      severity: 'warning',
      message: 'containerPort+protocol 8080/TCP',
      description: 'a port repeated with its default protocol spelt out',
    },
    { code: twoSpread, line: 23, column: 20, message: 'topologyKey+whenUnsatisfiable zone/DoNotSchedule' },
    {
      code: change(
        POD,
        '  volumes:\n',
        '    - name: sidecar\n      image: busybox:1.37\n      ports:\n        - containerPort: 8080\n  volumes:\n',
      ),
      line: 21,
      column: 26,
      messageId: 'k8s/duplicate-list-key.pod-port',
      message: 'spec.containers[0].ports[0]',
      description: 'the same port in two containers of one Pod',
    },
  ],
});
