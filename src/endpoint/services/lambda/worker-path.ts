// Where the worker thread's script is. Bundled, the services live in dist/index.js (and its chunks) or
// dist/endpoint/index.js while the worker is dist/lambda-worker/index.js; under jest it is worker.ts
// next to this file (Node 24 runs it, stripping the types).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Built from parts so that the bundler's asset scanner leaves these paths alone.
const BUNDLED = ['lambda-worker', 'index.js'];
const SOURCE = ['worker', 'ts'].join('.');

let found: string | undefined;

export function workerScript(): string {
  if (found) return found;
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, ...BUNDLED), join(here, '..', ...BUNDLED), join(here, SOURCE)];
  found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`The Lambda worker script is missing; looked for ${candidates.join(', ')}`);
  return found;
}
