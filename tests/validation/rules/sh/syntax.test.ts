import { sh } from '../../support/command-files.ts';
import { testRule } from '../../support/test-rule.ts';

testRule({
  rule: 'sh/syntax',
  accept: [
    {
      code: '#!/usr/bin/env bash\nset -euo pipefail\n# a comment\nkubectl get pods -n demo \\\n  -o wide\n',
      ...sh,
      description: 'comments and a line continuation',
    },
    {
      code: 'while read -r line; do echo "$line"; done < <(kubectl get pods -o name)\nread -r a b <<<"x y"\ncase "$1" in\n  exit=*) echo ok ;;\nesac\n',
      ...sh,
      description: 'bash process substitution, here-strings, case patterns',
    },
  ],
  reject: [
    { code: 'echo "unterminated\n', ...sh, line: 1, column: 6 },
    { code: 'kubectl get pods &&\n', ...sh, line: 1, column: 18 },
  ],
});
