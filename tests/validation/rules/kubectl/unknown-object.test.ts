import { sh, webApp } from '../../support/command-files.ts';
import { testRule } from '../../support/test-rule.ts';

testRule({
  rule: 'kubectl/unknown-object',
  accept: [
    {
      code: 'kubectl port-forward -n demo service/web 8080\nkubectl get service kubernetes -n default\nkubectl expose deployment web -n demo --name web2 --port 8080\nkubectl get svc web2 -n demo\n',
      ...sh,
      with: webApp,
    },
    {
      code: 'kubectl create namespace scratch\nkubectl get namespace scratch\nkubectl delete namespace gone\n',
      ...sh,
      description: 'created by a command; deleting is fine',
    },
    {
      code: 'kubectl get endpoints web -n demo\nkubectl get endpoints kubernetes -n default\n',
      ...sh,
      with: webApp,
      description: 'the Endpoints object the control plane keeps beside a Service',
    },
  ],
  reject: [
    { code: 'kubectl port-forward -n demo service/api 8080\n', ...sh, with: webApp, line: 1, column: 30, message: 'Service "api"' },
    { code: 'kubectl get endpoints api -n demo\n', ...sh, with: webApp, line: 1, column: 23, message: 'Endpoints "api"' },
    {
      code: 'kubectl get svc web\n',
      ...sh,
      with: webApp,
      line: 1,
      column: 17,
      message: 'namespace default',
      description: 'the object is in another namespace',
    },
  ],
});
