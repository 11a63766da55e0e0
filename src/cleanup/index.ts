// The post step's entry (runs.post, bundled to dist/cleanup/index.js).
import { runCleanup } from './run-cleanup';

await runCleanup();
