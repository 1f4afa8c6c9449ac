import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../../src/validation/format/github.ts';
import { CLEAN, REPORT } from './report.ts';

describe('formatGithub', () => {
  it('prints one workflow command per problem, in the documented form', () => {
    expect(formatGithub(REPORT).split('\n')).toEqual([
      '::error file=apps/web deploy.yaml,line=7,col=3,endLine=7,endColumn=10,title=k8s/unknown-field::unknown field "replicas" in ServiceSpec%0Aat: spec.replicas%0Afound: replicas',
      '::error file=apps/web deploy.yaml,line=12,endLine=14,title=k8s/type::expected string, found boolean: 100%25 <sure>, a:b & "c"%0Anext line%0Aat: data.ratio%0Aexpected: string%0Afound: boolean',
      '::warning file=net/10-bridge.conflist,line=1,col=1,title=cni/unknown-plugin-key::unknown key "mtu2"',
      '2 file(s), 3 resource(s): 2 error(s), 1 warning(s)',
      '',
    ]);
  });

  it('prints only the summary when there is nothing to annotate', () => {
    expect(formatGithub(CLEAN)).toBe('4 file(s), 5 resource(s): 0 error(s), 0 warning(s)\n');
  });

  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('50%\r\nok: a,b')).toBe('50%25%0D%0Aok: a,b');
    expect(escapeProperty('C:\\dir,x%\n')).toBe('C%3A\\dir%2Cx%25%0A');
  });
});
