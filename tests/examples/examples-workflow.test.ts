import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PLATFORMS } from '../../scripts/examples/compare-outputs.ts';

// The k3s and kind jobs cannot run here (no cluster, no GitHub runner); this checks the structure they rely on.
const path = '.github/workflows/examples.yml';
const text = readFileSync(path, 'utf8');
// biome-ignore lint/suspicious/noExplicitAny: a step of the parsed workflow YAML; each assertion reads the field it checks.
type Step = Record<string, any>;
const workflow = parse(text) as {
  on: Record<string, { paths?: string[] } | Array<{ cron: string }> | null>;
  permissions: Record<string, string>;
  jobs: Record<string, { permissions?: unknown; 'timeout-minutes'?: number; env?: Record<string, string>; steps: Step[] }>;
};
const index = (steps: Step[], test: (step: Step) => boolean) => steps.findIndex(test);

describe(path, () => {
  it('runs when examples or their tooling change, on pull requests, on main and weekly', () => {
    // biome-ignore lint/suspicious/noExplicitAny: the parsed `on:` block, read field by field below.
    const on = workflow.on as Record<string, any>;
    expect(on.pull_request?.paths).toEqual(expect.arrayContaining(['examples/**', 'scripts/examples/**']));
    expect(on.push?.paths).toEqual(expect.arrayContaining(['examples/**', 'scripts/examples/**']));
    expect(on.schedule).toHaveLength(1);
    expect(on.schedule[0].cron).toMatch(/^\S+ \S+ \* \* [0-6]$/); // once a week
  });

  it('asks only to read the repository, and no job asks for more', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(workflow.jobs)) expect(job.permissions).toBeUndefined();
  });

  it('pins every action to a full commit SHA with its version in a comment', () => {
    const uses = text.split('\n').filter((line) => /^\s*(-\s+)?uses:/.test(line));
    expect(uses.length).toBeGreaterThanOrEqual(6);
    for (const line of uses) expect(line).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    for (const job of Object.values(workflow.jobs)) {
      const checkout = job.steps.find((step) => String(step.uses).startsWith('actions/checkout@'));
      expect(checkout?.with?.['persist-credentials']).toBe(false);
    }
  });

  it('has one job per platform the comparison knows', () => {
    expect(Object.keys(workflow.jobs).sort()).toEqual([...PLATFORMS].sort());
  });

  it('k3s: installs a pinned release with the install script at a fixed commit', () => {
    const env = workflow.jobs.k3s!.env!;
    expect(env.K3S_VERSION).toMatch(/^v1\.36\.\d+\+k3s\d+$/);
    expect(env.K3S_INSTALL_SCRIPT).toMatch(/^https:\/\/raw\.githubusercontent\.com\/k3s-io\/k3s\/[0-9a-f]{40}\/install\.sh$/);
    const install = workflow.jobs.k3s!.steps.find((step) => String(step.run).includes('$K3S_INSTALL_SCRIPT'));
    expect(install?.run).toContain('INSTALL_K3S_VERSION="$K3S_VERSION"');
  });

  it('kind: creates the cluster from the example config, named as the example commands expect', () => {
    const kind = workflow.jobs.kind!.steps.find((step) => String(step.uses).startsWith('helm/kind-action@'));
    expect(kind?.with?.config).toBe('examples/kind/cluster.yaml');
    expect(kind?.with?.cluster_name).toBe('kind'); // commands/cni-kind-ls.sh uses the node kind-control-plane
    expect(readFileSync('examples/kind/cluster.yaml', 'utf8')).toMatch(/containerPort: 30080\n\s+hostPort: 30080/);
  });

  for (const [platform, walkthrough] of [
    ['k3s', 'WALKTHROUGH_OUTPUT_DIR="$OUTPUTS" examples/walkthrough.sh'],
    ['kind', 'WALKTHROUGH_OUTPUT_DIR="$OUTPUTS" examples/walkthrough.sh --variant nodeport'],
  ] as const) {
    it(`${platform}: captures the walkthrough, compares it, uploads the real outputs on failure, always cleans up`, () => {
      const job = workflow.jobs[platform]!;
      const steps = job.steps;
      expect(job.env?.OUTPUTS).toBe(`\${{ github.workspace }}/outputs/${platform}`);
      const cluster = index(steps, (s) => String(s.uses).startsWith('helm/kind-action@') || String(s.run).includes('$K3S_INSTALL_SCRIPT'));
      const run = index(steps, (s) => s.run === walkthrough);
      const compare = index(steps, (s) => s.run === `node scripts/examples/compare-outputs.ts --platform ${platform} "$OUTPUTS"`);
      const node = index(steps, (s) => String(s.uses).startsWith('actions/setup-node@'));
      const upload = index(steps, (s) => String(s.uses).startsWith('actions/upload-artifact@'));
      const cleanup = index(steps, (s) => s.run === 'examples/walkthrough.sh --cleanup');
      expect(cluster).toBeGreaterThanOrEqual(0);
      expect(run).toBeGreaterThan(cluster);
      expect(node).toBeLessThan(compare);
      expect(compare).toBeGreaterThan(run);
      expect(upload).toBeGreaterThan(compare);
      expect(steps[upload]!.if).toBe('failure()');
      expect(steps[upload]!.with?.path).toBe(`outputs/${platform}`);
      expect(Number(steps[node]!.with?.['node-version'])).toBeGreaterThanOrEqual(22); // runs the .ts as is
      expect(cleanup).toBeGreaterThan(upload);
      expect(steps[cleanup]!.if).toBe('always()');
      expect(job['timeout-minutes']).toBeGreaterThan(0);
    });
  }
});
