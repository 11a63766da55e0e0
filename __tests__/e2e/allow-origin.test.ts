// `npm run endpoint -- --allow-origin ...`: repeatable and comma-separated; only the origins named get in.
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { cleanEnv, distDir, nodeBinary, stopChild } from './helpers/processes';

const entry = join(distDir(), 'endpoint', 'index.js');
const children: ChildProcess[] = [];

afterAll(async () => {
  for (const child of children) await stopChild(child);
});

/** The endpoint's URL from its first line. */
function listening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (first) => {
      const match = /^listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(first);
      if (match) resolve(match[1]);
      else reject(new Error(`unexpected first line: ${first}`));
    });
    child.once('exit', (code) => reject(new Error(`endpoint exited with ${code}`)));
  });
}

const preflight = (url: string, origin: string) =>
  fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' } });

describe('--allow-origin', () => {
  it('lets in the origins it names, repeated or comma-separated, and no other', async () => {
    const child = spawn(nodeBinary, [entry, '--port', '0', '--allow-origin', 'http://localhost:3000,http://a.localhost', '--allow-origin', 'http://b.localhost:8080'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: cleanEnv(),
    });
    children.push(child);
    const url = await listening(child);
    for (const origin of ['http://localhost:3000', 'http://a.localhost', 'http://b.localhost:8080']) {
      const answer = await preflight(url, origin);
      expect([origin, answer.status, answer.headers.get('access-control-allow-origin')]).toEqual([origin, 204, origin]);
    }
    const other = await preflight(url, 'http://localhost:3001');
    expect(other.status).toBe(403);
  });

  it('refuses a value that is not an origin, saying what it takes', async () => {
    const failure = await promisify(execFile)(nodeBinary, [entry, '--port', '0', '--allow-origin', 'localhost:3000/path'], { env: cleanEnv() }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 2, stderr: expect.stringContaining("--allow-origin takes an origin such as http://localhost:3000") });
  });
});
