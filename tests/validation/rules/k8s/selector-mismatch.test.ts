import { at, change, DEPLOYMENT } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// API server rules (pkg/apis/core/validation, pkg/apis/apps/validation, apimachinery validation).

const mismatch = change(DEPLOYMENT, '    matchLabels:\n      app: web', '    matchLabels:\n      app: api');
const emptySelector = change(DEPLOYMENT, '    matchLabels:\n      app: web', '    matchLabels: {}');
const expressionMismatch = change(
  DEPLOYMENT,
  '    matchLabels:\n      app: web',
  '    matchExpressions:\n      - key: app\n        operator: NotIn\n        values: [web]',
);
testRule({
  rule: 'k8s/selector-mismatch',
  accept: [
    { code: DEPLOYMENT },
    {
      code: change(
        DEPLOYMENT,
        '    matchLabels:\n      app: web',
        '    matchExpressions:\n      - key: app\n        operator: In\n        values: [web, api]',
      ),
      description: 'matchExpressions that match',
    },
  ],
  reject: [
    { code: mismatch, ...at(mismatch, 'matchLabels'), message: 'app=api' },
    { code: emptySelector, ...at(emptySelector, 'selector'), messageId: 'k8s/selector-mismatch.empty' },
    { code: expressionMismatch, ...at(expressionMismatch, 'matchExpressions') },
  ],
});
