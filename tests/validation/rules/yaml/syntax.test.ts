import { SERVICE } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// A problem of the reading and parsing stages.

testRule({
  rule: 'yaml/syntax',
  accept: [
    { code: SERVICE },
    { code: SERVICE.replace(/\n/g, '\r\n'), description: 'CRLF line endings' },
    { code: '{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "x"}}', file: 'ns.json', description: 'JSON' },
  ],
  reject: [
    { code: 'apiVersion: v1\nkind: Service\nmetadata:\n\tname: web\n', line: 4, column: 1, description: 'a tab used for indentation' },
    { code: 'apiVersion: v1\nkind: [Service\n', line: 3, column: 1 },
    { code: '{"apiVersion": "v1",, "kind": "Namespace"}', file: 'bad.json', line: 1, column: 21 },
  ],
});
