import { describe, expect, it } from 'vitest';
import { type EditorKind, type UpgradeSteps, upgradeOnce } from '../../src/playground/editor-upgrade.ts';

// The order of the CodeMirror upgrade, with its DOM steps faked: the browser tests (playground.test.ts) run the real
// ones (hover, focus, IME composition, a touch keyboard, a failed chunk).

interface Fake {
  steps: UpgradeSteps<string, string>;
  /** Each step as it ran: `editor:<kind>`, `load`, `idle`, `start:<module>`, `swap:<full>:<hadFocus>`. */
  log: string[];
}

function fake(overrides: Partial<UpgradeSteps<string, string>> = {}, focused = false): Fake {
  const log: string[] = [];
  const steps: UpgradeSteps<string, string> = {
    setEditor: (kind: EditorKind) => log.push(`editor:${kind}`),
    load: async () => {
      log.push('load');
      return 'codemirror';
    },
    idle: async () => {
      log.push('idle');
    },
    focused: () => focused,
    start: (module) => {
      log.push(`start:${module}`);
      return 'full';
    },
    swap: (full, hadFocus) => log.push(`swap:${full}:${hadFocus}`),
    ...overrides,
  };
  return { steps, log };
}

describe('upgradeOnce', () => {
  it('loads CodeMirror, waits until the reader is idle, starts it and swaps it in, then says full', async () => {
    const { steps, log } = fake({}, true);
    await upgradeOnce(steps)();
    expect(log).toEqual(['editor:loading', 'load', 'editor:waiting', 'idle', 'start:codemirror', 'swap:full:true', 'editor:full']);
  });

  it('runs once however often the reader points at the editor', async () => {
    const { steps, log } = fake();
    const upgrade = upgradeOnce(steps);
    await Promise.all([upgrade(), upgrade()]);
    await upgrade();
    expect(log.filter((step) => step === 'load')).toHaveLength(1);
  });

  it('keeps the text area when the chunk cannot load (offline, a stale deployment), and does not retry', async () => {
    const { steps, log } = fake({
      load: async () => {
        throw new Error('Failed to fetch dynamically imported module');
      },
    });
    const upgrade = upgradeOnce(steps);
    await upgrade();
    await upgrade();
    expect(log).toEqual(['editor:loading', 'editor:plain']);
  });

  it('keeps the text area when CodeMirror fails to start', async () => {
    const { steps, log } = fake({
      start: () => {
        throw new Error('no shadow root');
      },
    });
    await upgradeOnce(steps)();
    expect(log).toEqual(['editor:loading', 'load', 'editor:waiting', 'idle', 'editor:plain']);
  });

  it('asks for the focus after the wait: a touch keyboard closed meanwhile took the focus with it', async () => {
    let focused = true;
    const { steps, log } = fake({
      idle: async () => {
        focused = false;
      },
      focused: () => focused,
    });
    await upgradeOnce(steps)();
    expect(log).toContain('swap:full:false');
  });
});
