// Bundles the action and its companions with @vercel/ncc into dist/ (committed; CI fails when it is stale).
//   node scripts/bundle.mjs [--out DIR]
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = resolve(outIndex >= 0 ? args[outIndex + 1] : 'dist');

// entry source -> output folder below `out`
const entries = [
  ['src/index.ts', '.'], // the action (runs.main)
  ['src/cleanup/index.ts', 'cleanup'], // the post step (runs.post)
  ['src/endpoint/cli.ts', 'endpoint'], // `npm run endpoint`
  ['src/endpoint/services/lambda/worker.ts', 'lambda-worker'], // one worker thread per emulated Lambda function
];

rmSync(out, { recursive: true, force: true });
const ncc = resolve('node_modules/@vercel/ncc/dist/ncc/cli.js');
for (const [source, folder] of entries) {
  if (!existsSync(source)) throw new Error(`bundle: missing entry ${source}`);
  execFileSync(process.execPath, [ncc, 'build', source, '-o', join(out, folder), '--license', 'licenses.txt', '-q'], {
    stdio: 'inherit',
  });
}
console.log(`bundled ${entries.length} entries into ${out}`);
