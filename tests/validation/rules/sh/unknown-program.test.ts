import { sh } from '../../support/command-files.ts';
import { testRule } from '../../support/test-rule.ts';

testRule({
  rule: 'sh/unknown-program',
  accept: [
    { code: 'alias k=kubectl\nk get pods\ncurl -s http://localhost:8080/ | head -n 5\nrdctl shell ls -R /etc/cni\n', ...sh },
    { code: 'show() { echo "$1"; }\nshow hello\nFOO=1 kubectl get pods\n', ...sh, description: 'functions of the file and assignments' },
    {
      code: 'az aks show --resource-group rg --name aks --query networkProfile.networkDataplane --output tsv\n',
      ...sh,
      description: 'the Azure CLI',
    },
  ],
  reject: [
    { code: 'kubeclt get pods\n', ...sh, line: 1, column: 1, message: '"kubeclt"' },
    { code: 'echo "$(opnessl rand -base64 24)"\n', ...sh, line: 1, column: 9, description: 'inside $(…)' },
  ],
});
