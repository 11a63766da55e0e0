import { describe, expect, it } from '@jest/globals';
import { hideHostPaths } from '../../../src/endpoint/services/lambda/host-paths';

describe('hideHostPaths', () => {
  it.each([
    ['    at callHandler (/home/runner/work/repo/dist/lambda-worker/index.js:120:14)', '    at callHandler (/var/runtime/index.js:120:14)'],
    ['    at file:///home/me/action/dist/lambda-worker/index.js:9:3', '    at /var/runtime/index.js:9:3'],
    [
      '    at de_ScanCommand (/work/main/node_modules/@aws-sdk/client-dynamodb/dist-cjs/index.js:2000:21)',
      '    at de_ScanCommand (/var/runtime/node_modules/@aws-sdk/client-dynamodb/dist-cjs/index.js:2000:21)',
    ],
    ['    at exports.handler (/var/task/index.js:12:5)', '    at exports.handler (/var/task/index.js:12:5)'],
    ['    at async Promise.all (index 0)', '    at async Promise.all (index 0)'],
    ['    at node:internal/process/task_queues:105:5', '    at node:internal/process/task_queues:105:5'],
    ["Cannot find module '/srv/secret/checkout/x.js'", "Cannot find module '/var/runtime/x.js'"],
    ['connect ECONNREFUSED http://127.0.0.1:4566/ while writing /tmp/out.json', 'connect ECONNREFUSED http://127.0.0.1:4566/ while writing /tmp/out.json'],
  ])('%s', (line, shown) => {
    expect(hideHostPaths(line)).toBe(shown);
  });

  it("rewrites the host's own folders even under a sandbox root (a checkout in /tmp), and leaves the function's /tmp files", () => {
    const roots = ['/tmp/ci-clone'];
    expect(hideHostPaths('    at invoke (/tmp/ci-clone/dist/lambda-worker/index.js:264:20)', roots)).toBe('    at invoke (/var/runtime/index.js:264:20)');
    expect(hideHostPaths('    at /tmp/ci-clone/node_modules/@smithy/core/index.js:1:1', roots)).toBe('    at /var/runtime/node_modules/@smithy/core/index.js:1:1');
    expect(hideHostPaths('ENOENT: open /tmp/scratch.json', roots)).toBe('ENOENT: open /tmp/scratch.json');
  });
});
