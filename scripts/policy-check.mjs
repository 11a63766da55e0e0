// `npm run policy:check`: proves that every action of the committed IAM policies is needed. For each policy
// (the caller policy, and the smaller caller policy used with a CloudFormation service role), it first runs
// deploy, deploy again (no changes), deploy of a changed template (every resource updated in place), update,
// demo and destroy on the strict local endpoint under the whole policy (they must pass), then once more for
// each action with that action removed, and prints what failed without it. An action whose removal breaks
// nothing must be explained in policies/policy-check-explained.json (why AWS needs it although the endpoint
// does not show it), or the check fails.
//   node scripts/policy-check.mjs [--only caller|service-role] [--time-scale 0.05] [--jobs 2] [--action a,b]
// Reads the bundle from env DIST_DIR (default dist/).
import { CloudFormationClient, CreateStackCommand, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { runActionStep, startEndpointProcess } from './lib/processes.mjs';

const { values: options } = parseArgs({
  options: {
    only: { type: 'string' },
    'time-scale': { type: 'string', default: '0.05' },
    jobs: { type: 'string', default: '2' },
    action: { type: 'string' },
  },
});
const DIST = resolve(process.env.DIST_DIR ?? 'dist');
const REGION = 'us-east-1';
const SERVICE_ROLE_STACK = 'policy-check-cfn-role';
const credentials = { accessKeyId: 'policycheck', secretAccessKey: 'policycheck' };
const timeScale = options['time-scale'];
const jobs = Math.max(1, Number(options.jobs) || 1);

const read = (path) => JSON.parse(readFileSync(resolve(path), 'utf8'));

/** setup.yaml with every resource's `stack` tag changed: a deploy of it updates each resource in place. */
const CHANGED_TEMPLATE = readFileSync(resolve('setup.yaml'), 'utf8').replace(/(- Key: stack\n\s+Value: )!Ref AWS::StackName/g, "$1!Sub '${AWS::StackName}-changed'");
if (!CHANGED_TEMPLATE.includes('-changed')) throw new Error("setup.yaml has no 'stack' tags to change: the update scenario would update nothing");
const explained = (() => {
  try {
    return read('policies/policy-check-explained.json');
  } catch {
    return {};
  }
})();

const MODES = [
  { name: 'caller', policyFile: 'policies/caller-policy.json', serviceRole: false },
  { name: 'service-role', policyFile: 'policies/caller-policy-with-service-role.json', serviceRole: true },
].filter((mode) => !options.only || mode.name === options.only);

/** Every action an Allow statement names, once each, in the order they appear. */
function actionsOf(policy) {
  const seen = new Set();
  for (const statement of [policy.Statement].flat()) {
    if (statement.Effect !== 'Allow') continue;
    for (const action of [statement.Action ?? []].flat()) seen.add(action);
  }
  return [...seen];
}

/** The policy without `action` in any Allow statement; statements left with no action are dropped. */
function without(policy, action) {
  const statements = [];
  for (const statement of [policy.Statement].flat()) {
    if (statement.Effect !== 'Allow' || statement.Action === undefined) {
      statements.push(statement);
      continue;
    }
    const kept = [statement.Action].flat().filter((a) => a !== action);
    if (kept.length > 0) statements.push({ ...statement, Action: kept });
  }
  return { ...policy, Statement: statements };
}

/** The service role stack, created by an unrestricted caller before the restricted one runs; its role ARN. */
async function createServiceRole(stateDir) {
  const endpoint = await startEndpointProcess(DIST, ['--state-dir', stateDir, '--time-scale', timeScale]);
  const cloudformation = new CloudFormationClient({ region: REGION, endpoint: endpoint.url, credentials });
  try {
    const template = readFileSync(resolve('policies/cloudformation-service-role.yaml'), 'utf8');
    await cloudformation.send(new CreateStackCommand({ StackName: SERVICE_ROLE_STACK, TemplateBody: template, Capabilities: ['CAPABILITY_NAMED_IAM'] }));
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { Stacks } = await cloudformation.send(new DescribeStacksCommand({ StackName: SERVICE_ROLE_STACK }));
      const stack = Stacks?.[0];
      if (stack?.StackStatus === 'CREATE_COMPLETE') {
        const output = stack.Outputs?.find((o) => /RoleArn$/.test(o.OutputKey ?? ''));
        if (!output?.OutputValue) throw new Error(`${SERVICE_ROLE_STACK} has no output ending in RoleArn`);
        return output.OutputValue;
      }
      if (!/IN_PROGRESS$/.test(stack?.StackStatus ?? '')) throw new Error(`${SERVICE_ROLE_STACK} ended ${stack?.StackStatus}: ${stack?.StackStatusReason ?? ''}`);
      if (Date.now() > deadline) throw new Error(`${SERVICE_ROLE_STACK} was not created within 60 s`);
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    cloudformation.destroy();
    await endpoint.stop();
  }
}

const clean = (text) => text.replace(/%0A/g, ' ').replace(/%25/g, '%').replace(/\s+/g, ' ').slice(0, 220);

/** The first error annotation a step printed, else the last line of its output. */
function firstError(output) {
  const line = output.split('\n').find((l) => l.startsWith('::error'));
  return clean(line ? line.replace(/^::error[^:]*::/, '') : output.trim().split('\n').pop() ?? '');
}

/**
 * A warning about a denied call in a step that passed: work the action does on the side (pruning old versions,
 * say) that reports its failure rather than failing the step. It still needed the permission.
 */
function deniedWarning(output) {
  const line = output.split('\n').find((l) => l.startsWith('::warning') && /not authorized to perform/.test(l));
  return line ? clean(`warning: ${line.replace(/^::warning[^:]*::/, '')}`) : undefined;
}

/**
 * deploy, deploy again, deploy of the changed template, update (without SQS), demo, destroy on a fresh strict endpoint under
 * `policy`; resolves with the first step that failed and its error, or undefined when all passed.
 */
async function runScenario(mode, policy) {
  const work = mkdtempSync(join(tmpdir(), 'G-policy-check-'));
  const stateDir = join(work, 'state');
  const policyFile = join(work, 'policy.json');
  writeFileSync(policyFile, JSON.stringify(policy));
  let endpoint;
  try {
    const roleArn = mode.serviceRole ? await createServiceRole(stateDir) : undefined;
    endpoint = await startEndpointProcess(DIST, ['--state-dir', stateDir, '--time-scale', timeScale, '--strict', '--caller-policy', policyFile]);
    const common = { 'endpoint-url': endpoint.url, 'timeout-seconds': '120', ...(roleArn ? { 'role-arn': roleArn } : {}) };
    const env = { AWS_ACCESS_KEY_ID: credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey, AWS_REGION: REGION };
    const steps = [
      ['deploy', {}],
      ['deploy (no changes)', {}],
      ['deploy (changed template)', { template: 'changed.yaml' }],
      ['update', { 'include-sqs': 'false' }],
      ['demo', {}],
      ['destroy', {}],
    ];
    for (const [label, inputs] of steps) {
      const operation = label.split(' ')[0];
      const run = await runActionStep(DIST, { operation, ...common, ...inputs }, env, { timeoutMs: 300_000, files: { 'changed.yaml': CHANGED_TEMPLATE } });
      if (run.code !== 0) return `${label}: ${firstError(run.output)}`;
      const warning = deniedWarning(run.output);
      if (warning) return `${label}: ${warning}`;
    }
    return undefined;
  } finally {
    await endpoint?.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

/** Runs `tasks` (functions returning promises) with at most `limit` at once, keeping their order in the result. */
async function pooled(tasks, limit) {
  const results = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

let failed = false;
const began = performance.now();
console.log(`policy check: bundle ${DIST}, strict endpoint at time scale ${timeScale}, ${jobs} at a time`);
for (const mode of MODES) {
  const policy = read(mode.policyFile);
  const actions = actionsOf(policy).filter((a) => !options.action || options.action.split(',').includes(a));
  console.log(`\n${mode.policyFile}: ${actionsOf(policy).length} actions`);
  const whole = await runScenario(mode, policy);
  if (whole) {
    console.log(`  the whole policy does not pass: ${whole}`);
    failed = true;
    continue;
  }
  console.log('  the whole policy: deploy, deploy again, deploy of a changed template, update, demo, destroy all pass');
  const started = performance.now();
  const outcomes = await pooled(actions.map((action) => () => runScenario(mode, without(policy, action))), jobs);
  console.log(`\n  | action | what failed without it |\n  |---|---|`);
  for (const [i, action] of actions.entries()) {
    const outcome = outcomes[i];
    if (outcome) console.log(`  | ${action} | ${outcome.replace(/\|/g, '\\|')} |`);
    else if (explained[action]) console.log(`  | ${action} | nothing on the endpoint; needed on AWS: ${explained[action]} |`);
    else {
      console.log(`  | ${action} | NOTHING FAILED, and policies/policy-check-explained.json does not say why it is needed |`);
      failed = true;
    }
  }
  console.log(`  ${actions.length} removals in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
console.log(`\npolicy check ${failed ? 'FAILED' : 'passed'} in ${((performance.now() - began) / 1000).toFixed(1)} s`);
process.exitCode = failed ? 1 : 0;
