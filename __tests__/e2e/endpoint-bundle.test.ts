// dist/endpoint/index.js is both the `npm run endpoint` command and a module exporting startEndpoint (the
// benchmark imports it to run the endpoint in its clients' process). Run, it listens; imported, it starts nothing.
import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { cleanEnv, distDir, nodeBinary } from './helpers/processes';

const run = promisify(execFile);
const bundle = join(distDir(), 'endpoint', 'index.js');

describe('the endpoint bundle', () => {
  it('imported, starts nothing, and its startEndpoint serves and closes', async () => {
    // The child must exit by itself: a port left listening (a CLI that started anyway) would keep it alive.
    const script = `
      const { startEndpoint } = await import(${JSON.stringify(pathToFileURL(bundle).href)});
      console.log('exports', typeof startEndpoint);
      const endpoint = await startEndpoint({ port: 0 });
      const answer = await fetch(endpoint.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: 'AWS4-HMAC-SHA256 Credential=t/20250101/us-east-1/sts/aws4_request, SignedHeaders=host;x-amz-date, Signature=0',
          'x-amz-date': '20250101T000000Z',
        },
        body: 'Action=GetCallerIdentity&Version=2011-06-15',
      });
      console.log('status', answer.status, /<Account>\\d{12}<\\/Account>/.test(await answer.text()));
      await endpoint.close();`;
    const { stdout, stderr } = await run(nodeBinary, ['--input-type=module', '-e', script], { env: cleanEnv(), timeout: 30_000 });
    expect(stdout.trim().split('\n')).toEqual(['exports function', 'status 200 true']);
    expect(stdout + stderr).not.toMatch(/listening on|Usage:/);
  });

  it('run by its folder (node dist/endpoint), listens like the file itself', async () => {
    const child = execFile(nodeBinary, [join(distDir(), 'endpoint'), '--port', '0'], { env: cleanEnv() });
    try {
      const firstLine = await new Promise<string>((resolve, reject) => {
        let text = '';
        child.stdout?.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes('\n')) resolve(text.split('\n')[0]);
        });
        child.once('exit', (code) => reject(new Error(`exited (${code}) before printing a line`)));
        setTimeout(() => reject(new Error('no line within 20 s')), 20_000).unref();
      });
      expect(firstLine).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+$/);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
