import { cpSync, existsSync, readFileSync, statSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { EXAMPLES_DIR } from '../examples/example-files.ts';

/**
 * Publishes examples/ as static files under `<base>examples/…`, byte for byte, so that
 * `kubectl apply -f https://<site>/<base>/examples/netdemo/frontend-deployment.yaml` works on the deployed site.
 * The build copies the folder into the output; `astro dev` serves it from disk. (Not `public/`: the examples
 * stay in one top-level tree that tests, the validator and the pages all read.)
 */
export function publishExamples(): AstroIntegration {
  let examplesDir = '';
  let base = '/';
  return {
    name: 'k8s-notes:publish-examples',
    hooks: {
      'astro:config:setup': ({ config }) => {
        examplesDir = fileURLToPath(new URL(`${EXAMPLES_DIR}/`, config.root));
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${base}${EXAMPLES_DIR}/`;
        server.middlewares.use((req, res, next) => {
          const pathname = decodeURIComponent((req.url ?? '').split(/[?#]/)[0] ?? '');
          if (!pathname.startsWith(prefix)) return next();
          const file = posix.normalize(pathname.slice(prefix.length));
          const path = `${examplesDir}${file}`;
          if (file.startsWith('..') || !existsSync(path) || !statSync(path).isFile()) return next();
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end(readFileSync(path));
        });
      },
      'astro:build:done': ({ dir }) => {
        cpSync(examplesDir, fileURLToPath(new URL(`${EXAMPLES_DIR}/`, dir)), { recursive: true });
      },
    },
  };
}
