import type { RuleMessages } from '../../rule.ts';

/** The messages of kubectl/inner-unchecked, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'kubectl/inner-unchecked':
      'not checked: the arguments of "{program}", run by kubectl {verb} in {where} (the checker reads the program name, and the names and URLs of curl, wget, nslookup and dig, also inside sh -c)',
    'kubectl/inner-unchecked.entrypoint':
      'not checked: the words after "--" are arguments for the image\'s entrypoint (kubectl run without --command)',
  },
  ja: {
    'kubectl/inner-unchecked':
      '未チェック: kubectl {verb} が {where} で実行する "{program}" の引数は検証していません（検証するのはプログラム名と、curl、wget、nslookup、dig の名前と URL です。sh -c の中も読みます）',
    'kubectl/inner-unchecked.entrypoint':
      '未チェック: "--" の後の語はイメージのエントリーポイントへの引数です（--command のない kubectl run）',
  },
};
