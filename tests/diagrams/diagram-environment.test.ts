import { expect, it } from 'vitest';
import { renderEnvironment } from '../../scripts/diagram-environment.ts';
import { installedMermaidVersion } from '../../src/diagrams/settings.ts';

// What a failed cache check prints about this machine (tests/diagrams/cache-fresh.test.ts, npm run diagrams -- --check).

it("names this machine's Chromium, Mermaid and fonts", () => {
  const described = renderEnvironment();
  expect(described).toMatch(/^Chromium: .+; Mermaid: .+; fonts: .+$/);
  expect(described).toContain(`Mermaid: ${installedMermaidVersion()};`);
});

it('says when it cannot ask Chromium for its version, instead of failing the check it explains', () => {
  expect(renderEnvironment('/nonexistent/chromium')).toMatch(
    /^Chromium: unknown \(\/nonexistent\/chromium --version failed: .+\); Mermaid: /,
  );
});
