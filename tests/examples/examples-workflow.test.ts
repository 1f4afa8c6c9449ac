import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// The kind job cannot run here; this checks the structure it relies on.
const path = '.github/workflows/examples.yml';
const text = readFileSync(path, 'utf8');
/** The fields of a workflow step these checks read. */
interface WorkflowStep {
  uses?: string;
  if?: string;
  run?: string;
  with?: Record<string, unknown>;
}
const workflow = parse(text) as {
  on: Record<string, { paths?: string[] } | null>;
  permissions: Record<string, string>;
  jobs: Record<string, { permissions?: unknown; 'timeout-minutes'?: number; steps: WorkflowStep[] }>;
};
const steps = workflow.jobs.walkthrough!.steps;

describe(path, () => {
  it('runs when examples change, on pull requests and on main', () => {
    expect(workflow.on.pull_request?.paths).toContain('examples/**');
    expect(workflow.on.push?.paths).toContain('examples/**');
  });

  it('asks only to read the repository, and no job asks for more', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(workflow.jobs)) expect(job.permissions).toBeUndefined();
  });

  it('pins every action to a full commit SHA with its version in a comment', () => {
    const uses = text.split('\n').filter((line) => /^\s*(-\s+)?uses:/.test(line));
    expect(uses.length).toBeGreaterThanOrEqual(2);
    for (const line of uses) expect(line).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    const checkout = steps.find((step) => String(step.uses).startsWith('actions/checkout@'));
    expect(checkout?.with?.['persist-credentials']).toBe(false);
  });

  it('creates the kind cluster from the example config, named as the example commands expect', () => {
    const kind = steps.find((step) => String(step.uses).startsWith('helm/kind-action@'));
    expect(kind?.with?.config).toBe('examples/kind/cluster.yaml');
    expect(kind?.with?.cluster_name).toBe('kind'); // commands/cni-kind-ls.sh uses the node kind-control-plane
    expect(readFileSync('examples/kind/cluster.yaml', 'utf8')).toMatch(/containerPort: 30080\n\s+hostPort: 30080/);
  });

  it('runs the walkthrough with the NodePort variant after the cluster exists, then always cleans up', () => {
    const index = (run: string) => steps.findIndex((step) => step.run === run);
    const kind = steps.findIndex((step) => String(step.uses).startsWith('helm/kind-action@'));
    const walkthrough = index('examples/walkthrough.sh --variant nodeport');
    const cleanup = index('examples/walkthrough.sh --cleanup');
    expect(kind).toBeGreaterThanOrEqual(0);
    expect(walkthrough).toBeGreaterThan(kind);
    expect(cleanup).toBeGreaterThan(walkthrough);
    expect(steps[cleanup]!.if).toBe('always()');
    expect(workflow.jobs.walkthrough!['timeout-minutes']).toBeGreaterThan(0);
  });
});
