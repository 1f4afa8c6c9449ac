import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string>; id?: string };
type Job = { permissions?: Record<string, string>; needs?: string; steps: Step[]; environment?: unknown; env?: Record<string, string> };
type Workflow = {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency?: { group: string };
  jobs: Record<string, Job>;
};

const load = (name: string): { text: string; workflow: Workflow } => {
  const text = readFileSync(`.github/workflows/${name}`, 'utf8');
  return { text, workflow: parse(text) as Workflow };
};

/** Every `uses:` must name a full 40-hex commit SHA followed by a `# vX.Y.Z` comment (tags can be moved). */
function expectPinned(text: string) {
  const uses = [...text.matchAll(/^\s*(?:-\s*)?uses:\s*(\S+)(.*)$/gm)];
  expect(uses.length).toBeGreaterThan(0);
  for (const [, ref, rest] of uses) {
    expect(ref, ref).toMatch(/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/);
    expect(rest, `${ref} needs a version comment`).toMatch(/#\s*v\d+\.\d+\.\d+/);
  }
}

describe('deploy.yml', () => {
  const { text, workflow } = load('deploy.yml');

  it('builds on pushes to main and deploys through the Pages artifact actions', () => {
    expect(workflow.on.push).toEqual({ branches: ['main'] });
    const build = workflow.jobs.build.steps;
    expect(build.some((s) => s.run === 'npm ci')).toBe(true);
    expect(build.some((s) => s.run === 'npm run build')).toBe(true);
    const upload = build.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with?.path).toBe('dist');
    expect(workflow.jobs.deploy.needs).toBe('build');
    expect(workflow.jobs.deploy.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });

  it('grants least privilege: read-only by default, Pages and OIDC only to the deploy job', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(workflow.jobs.build.permissions).toBeUndefined();
    expect(workflow.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it('serialises deployments with a concurrency group', () => {
    expect(workflow.concurrency?.group).toBeTruthy();
  });

  it('derives BASE_PATH from the repository name and exports SITE_URL before building', () => {
    const derive = workflow.jobs.build.steps.find((s) => s.run?.includes('BASE_PATH='));
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, checked as the workflow file spells it.
    expect(derive?.env?.REPO).toBe('${{ github.event.repository.name }}');
    expect(derive?.run).toContain('base="/$REPO/"');
    expect(derive?.run).toContain('>> "$GITHUB_ENV"');
    const order = workflow.jobs.build.steps.map((s) => s.run ?? s.uses ?? '');
    expect(order.findIndex((s) => s.includes('BASE_PATH='))).toBeLessThan(order.indexOf('npm run build'));
  });

  it('pins every action to a commit SHA with its version in a comment', () => expectPinned(text));
});

describe('ci.yml', () => {
  const { text, workflow } = load('ci.yml');

  it('runs the README test command on pull requests with read-only permissions', () => {
    expect(workflow.on).toHaveProperty('pull_request');
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const steps = workflow.jobs.test.steps;
    expect(steps.some((s) => s.run === 'npm ci')).toBe(true);
    expect(steps.at(-1)?.run).toBe('npm test');
    expect(workflow.jobs.test.env?.CHROMIUM_PATH).toBeTruthy();
  });

  it('pins every action to a commit SHA with its version in a comment', () => expectPinned(text));
});

describe('README quick start', () => {
  it('is exactly two commands: install + serve, and the tests', () => {
    const readme = readFileSync('README.md', 'utf8');
    const quickStart = readme.split(/^## /m).find((s) => /^Quick start/i.test(s));
    expect(quickStart, 'README has a "## Quick start" section').toBeDefined();
    const commands = [...quickStart!.matchAll(/^```(?:sh|bash|shell)\n([\s\S]*?)```/gm)]
      .flatMap((m) => m[1].split('\n'))
      .filter((line) => line.trim() && !line.trim().startsWith('#'));
    expect(commands).toEqual(['npm install && npm start', 'npm test']);
    const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts;
    expect(scripts.start).toMatch(/astro build && astro preview/);
    expect(scripts.test).toBeTruthy();
  });
});
