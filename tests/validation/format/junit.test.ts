import { describe, expect, it } from 'vitest';
import { formatJunit } from '../../../src/validation/format/junit.ts';
import { CLEAN, REPORT } from './report.ts';

describe('formatJunit', () => {
  it('writes a test suite per file and a test case per problem; errors fail, warnings pass with output', () => {
    expect(formatJunit(REPORT)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="validate" tests="3" failures="2" errors="0">',
        '  <testsuite name="apps/web deploy.yaml" tests="2" failures="2" errors="0" skipped="0">',
        '    <testcase name="k8s/unknown-field at 7:3" classname="apps/web deploy.yaml">',
        '      <failure type="k8s/unknown-field" message="unknown field &quot;replicas&quot; in ServiceSpec">apps/web deploy.yaml:7:3: error k8s/unknown-field: unknown field "replicas" in ServiceSpec',
        'at: spec.replicas',
        'found: replicas</failure>',
        '    </testcase>',
        '    <testcase name="k8s/type at 12:9" classname="apps/web deploy.yaml">',
        '      <failure type="k8s/type" message="expected string, found boolean: 100% &lt;sure&gt;, a:b &amp; &quot;c&quot;&#10;next line">apps/web deploy.yaml:12:9: error k8s/type: expected string, found boolean: 100% &lt;sure&gt;, a:b &amp; "c"',
        'next line',
        'at: data.ratio',
        'expected: string',
        'found: boolean</failure>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="net/10-bridge.conflist" tests="1" failures="0" errors="0" skipped="0">',
        '    <testcase name="cni/unknown-plugin-key at 1:1" classname="net/10-bridge.conflist">',
        '      <system-out>net/10-bridge.conflist:1:1: warning cni/unknown-plugin-key: unknown key "mtu2"</system-out>',
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('writes one passing case for a clean report', () => {
    expect(formatJunit(CLEAN)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="validate" tests="1" failures="0" errors="0">',
        '  <testsuite name="validate" tests="1" failures="0" errors="0" skipped="0">',
        '    <testcase name="4 file(s), 5 resource(s)" classname="validate"/>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('replaces characters XML cannot hold', () => {
    const report = { ...CLEAN, problems: [{ ...REPORT.problems[2]!, message: 'bad \u0001 byte' }] };
    expect(formatJunit(report)).toContain(
      '<system-out>net/10-bridge.conflist:1:1: warning cni/unknown-plugin-key: bad \ufffd byte</system-out>',
    );
  });
});
