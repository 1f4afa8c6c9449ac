import { fill } from '../validation/messages/template.ts';
import type { SimulationView } from './simulation.ts';
import type { PlaygroundStrings } from './strings.ts';

/**
 * Shows the worker's simulation under the problem list: one titled, keyboard-scrollable block per view
 * (EndpointSlices, iptables, nftables, NetworkPolicy, trace), each a <pre> with text only (never HTML from the
 * worker). Views with nothing to show are left out and a line says why.
 */
const VIEWS = [
  ['slices', 'playground.sim.slices'],
  ['iptables', 'playground.sim.iptables'],
  ['nftables', 'playground.sim.nftables'],
  ['policy', 'playground.sim.policy'],
  ['trace', 'playground.sim.trace'],
] as const;

export function renderSimulation(container: HTMLElement, view: SimulationView | undefined, strings: PlaygroundStrings): void {
  container.replaceChildren();
  const say = (text: string) => {
    const p = document.createElement('p');
    p.className = 'k8s-sim-note';
    p.textContent = text;
    container.append(p);
  };
  if (!view) {
    say(strings['playground.sim.skipped']);
    return;
  }
  let shown = 0;
  for (const [key, label] of VIEWS) {
    const text = view[key];
    if (!text) continue;
    shown++;
    const id = `k8s-sim-${key}`;
    const heading = document.createElement('h3');
    heading.id = id;
    heading.className = 'k8s-sim-heading';
    heading.textContent = strings[label];
    const pre = document.createElement('pre');
    pre.className = 'k8s-sim-output';
    pre.dataset.view = key;
    // Focusable so a keyboard can scroll a wide block; named by its heading for screen readers.
    pre.tabIndex = 0;
    pre.setAttribute('role', 'region');
    pre.setAttribute('aria-labelledby', id);
    pre.textContent = text.trimEnd();
    container.append(heading, pre);
  }
  if (view.traceError) say(fill(strings['playground.sim.traceError'], { detail: view.traceError }));
  for (const note of view.notes) say(note);
  if (shown === 0) say(strings['playground.sim.none']);
}
