// The action's main step: parse the inputs, start the local endpoint when asked, run the operation(s), report.
// Only the input parser is loaded up front: @actions/core, the AWS SDK, the operations, @actions/github and
// the endpoint are imported after the inputs are valid, so a bad input is rejected without loading any of them.
import type * as Core from '@actions/core';
import { InputError, parseInputs, type ActionInputs, type Operation } from './inputs';
import { failStep, readInput } from './runner-io';
import type { OperationOutcome, RunContext, RunInfo } from './context';
import type { Clients } from './aws/clients';

/** @actions/core, loaded once the inputs are valid (see runner-io.ts for why not before). */
let core: typeof Core;

type SingleOperation = Exclude<Operation, 'lifecycle'>;
type OperationFn = (ctx: RunContext) => Promise<OperationOutcome>;

/** Each operation is its own chunk in the bundle: a run loads only what it dispatches to. */
const OPERATION_MODULES: Record<SingleOperation, () => Promise<OperationFn>> = {
  deploy: async () => (await import('./operations/deploy')).deploy,
  demo: async () => (await import('./operations/demo')).demo,
  update: async () => (await import('./operations/update')).update,
  destroy: async () => (await import('./operations/destroy')).destroy,
};

/** `lifecycle` stands up, proves and tears down in one step; its last operation runs whatever happened before. */
const LIFECYCLE: readonly SingleOperation[] = ['deploy', 'demo', 'destroy'];

export async function run(): Promise<void> {
  const startedAt = Date.now();
  let inputs: ActionInputs;
  try {
    inputs = parseInputs((name) => readInput(name));
    if (inputs.definitionPath) {
      const { checkDefinitionFile } = await import('./definition/load');
      checkDefinitionFile(inputs.definitionPath);
    }
  } catch (err) {
    failStep(err instanceof InputError ? err.message : `Could not read the inputs: ${String(err)}`);
    return;
  }
  core = await import('@actions/core');
  try {
    await execute(inputs, startedAt);
  } catch (err) {
    // Reached only after the inputs were valid, so loading the reporting module here costs nothing extra.
    debugStack(err);
    const { describeError } = await import('./report');
    core.setFailed(describeError(err));
  }
}

async function execute(inputs: ActionInputs, startedAt: number): Promise<void> {
  const endpoint = inputs.endpointUrl === 'local' ? await startLocalEndpoint() : undefined;
  try {
    const steps = inputs.operation === 'lifecycle' ? LIFECYCLE : [inputs.operation];
    // Everything the run needs is loaded at once, before the first AWS call.
    const [{ createClients }, { LoggingCheckRecorder, report, describeError }, signals, { sleep }, run, operations] =
      await Promise.all([
        import('./aws/clients'),
        import('./report'),
        import('./signals'),
        import('./wait'),
        readRunInfo(),
        Promise.all(steps.map((step) => OPERATION_MODULES[step]())),
      ]);
    const { RunTracker, installSignalHandlers } = signals;
    const clients = createClients({ region: inputs.region, endpoint: endpoint?.url ?? inputs.endpointUrl });
    const tracker = new RunTracker();
    const controller = new AbortController();
    const checks = new LoggingCheckRecorder();
    const guard = installSignalHandlers({
      tracker,
      controller,
      stop: async (arns, cause) => (await import('./aws/state-machine')).stopExecutions(clients.sfn, arns, cause),
      ...(inputs.operation === 'demo' || inputs.operation === 'update'
        ? {}
        : { describe: () => describeStack(clients, inputs.stackName) }),
      ...(endpoint ? { beforeExit: endpoint.close } : {}),
    });

    const timings: Record<string, number> = {};
    const outcome: OperationOutcome & { timings: Record<string, number> } = { outputs: {}, timings };
    const errors: string[] = [];
    for (const [index, step] of steps.entries()) {
      if (controller.signal.aborted) break;
      // In a lifecycle, a failed deploy skips the demo, but the teardown always runs.
      if (errors.length > 0 && step !== 'destroy') continue;
      if (steps.length > 1) core.info(`── ${step} ──`);
      const ctx: RunContext = {
        inputs,
        clients,
        checks,
        run,
        signal: controller.signal,
        deadline: Date.now() + inputs.timeoutSeconds * 1000,
        sleep,
        now: Date.now,
        trackExecution: (arn) => tracker.trackExecution(arn),
        setActivity: (activity) => tracker.setActivity(activity),
      };
      tracker.setActivity(`running ${step}`);
      const began = Date.now();
      try {
        merge(outcome, await operations[index](ctx), steps.length > 1 ? step : undefined);
      } catch (err) {
        if (controller.signal.aborted) break;
        debugStack(err);
        errors.push(`${step} failed: ${describeError(err)}`);
      }
      timings[step] = (Date.now() - began) / 1000;
    }

    if (guard.received) {
      // The signal handler stops the runs, fails the step and exits; nothing to report over it.
      await guard.done;
      guard.dispose();
      return;
    }
    guard.dispose();
    await report({
      operation: inputs.operation,
      checks: checks.list(),
      outcome,
      errors,
      seconds: (Date.now() - startedAt) / 1000,
    });
  } finally {
    await endpoint?.close();
  }
}

/** Adds one operation's outcome to the step's: outputs by name (later wins), the last definition, timings. */
function merge(into: OperationOutcome & { timings: Record<string, number> }, from: OperationOutcome, step: string | undefined): void {
  Object.assign(into.outputs, from.outputs);
  if (from.definition) into.definition = from.definition;
  for (const [name, seconds] of Object.entries(from.timings ?? {})) into.timings[step ? `${step}: ${name}` : name] = seconds;
}

interface LocalEndpoint {
  url: string;
  close: () => Promise<void>;
}

/**
 * Starts the local AWS endpoint in this process. Its state lives in the runner's temp folder, so the steps of
 * one job (deploy, then demo, then destroy) see the same stack. Without credentials in the environment, the
 * SDK gets dummy ones for this process only (the endpoint does not check signatures).
 */
async function startLocalEndpoint(env: NodeJS.ProcessEnv = process.env): Promise<LocalEndpoint> {
  const [{ startEndpoint }, { BEHAVIOUR_ENV, parseBehaviour }, { tmpdir }, { join }, { mkdirSync }] = await Promise.all([
    import('./endpoint/server'),
    import('./endpoint/behaviour'),
    import('node:os'),
    import('node:path'),
    import('node:fs'),
  ]);
  const stateDir = join(env.RUNNER_TEMP || tmpdir(), 'message-pump-local-endpoint');
  mkdirSync(stateDir, { recursive: true });
  const timeScale = readTimeScale(env.LOCAL_ENDPOINT_TIME_SCALE);
  // With step debug on, every request the SDK makes shows in the log as "<service> <operation>".
  // LOCAL_ENDPOINT_STRICT, _FAULT_RATE, _CALLER_POLICY, ...: the CLI's --strict, --fault-rate, --caller-policy.
  const behaviour = parseBehaviour(
    Object.fromEntries(Object.entries(BEHAVIOUR_ENV).map(([key, name]) => [key, env[name]])),
    (key) => BEHAVIOUR_ENV[key],
  );
  const options = { port: 0, stateDir, timeScale, ...behaviour, log: (line: string) => core.debug(line), logRequests: core.isDebug() };
  const endpoint = await startEndpoint(options).catch(
    (err: unknown) => {
      throw new Error(`Could not start the local AWS endpoint: ${err instanceof Error ? err.message : String(err)}`);
    },
  );
  const strict = behaviour.strict ? `, strict${behaviour.faultRate ? `, fault rate ${behaviour.faultRate}` : ''}` : '';
  const policy = behaviour.callerPolicy ? `, caller policy ${env[BEHAVIOUR_ENV.callerPolicy]}` : '';
  core.info(`Local AWS endpoint listening on ${endpoint.url} (state in ${stateDir}, time scale ${timeScale}${strict}${policy})`);
  if (!env.AWS_ACCESS_KEY_ID) {
    env.AWS_ACCESS_KEY_ID = 'AKIALOCALENDPOINT000';
    env.AWS_SECRET_ACCESS_KEY = 'dummy-secret-for-the-local-endpoint';
    delete env.AWS_SESSION_TOKEN;
  }
  let closing: Promise<void> | undefined;
  // Closed by the normal end and by the signal handler, whichever comes first.
  return { url: endpoint.url, close: () => (closing ??= endpoint.close()) };
}

function readTimeScale(value: string | undefined): number {
  if (!value) return 1;
  const scale = Number(value);
  if (Number.isFinite(scale) && scale > 0) return scale;
  core.warning(`LOCAL_ENDPOINT_TIME_SCALE '${value}' is not a positive number; using 1 (real time)`);
  return 1;
}

/** Where this run comes from, from @actions/github's context, with stand-ins that work outside Actions. */
async function readRunInfo(): Promise<RunInfo> {
  const { context } = await import('@actions/github');
  let repository = 'local/message-pump';
  try {
    repository = `${context.repo.owner}/${context.repo.repo}`;
  } catch {
    // Not in Actions (local run): context.repo throws without GITHUB_REPOSITORY.
  }
  const runId = Number.isSafeInteger(context.runId) ? context.runId : Math.floor(Date.now() / 1000);
  const runAttempt = Number.isSafeInteger(context.runAttempt) && context.runAttempt > 0 ? context.runAttempt : 1;
  return {
    repository,
    runId,
    runAttempt,
    runUrl: `${context.serverUrl}/${repository}/actions/runs/${runId}`,
    workflow: context.workflow || 'local',
  };
}

/** For the signal handler: the stack's status right now, so a cancelled deploy says what it left behind. */
async function describeStack(clients: Clients, stackName: string): Promise<string | undefined> {
  const { DescribeStacksCommand } = await import('@aws-sdk/client-cloudformation');
  try {
    const { Stacks } = await clients.cloudformation.send(new DescribeStacksCommand({ StackName: stackName }));
    const stack = Stacks?.[0];
    return stack ? `Stack '${stackName}' is ${stack.StackStatus}${stack.StackStatusReason ? ` (${stack.StackStatusReason})` : ''}` : undefined;
  } catch (err) {
    if (err instanceof Error && /does not exist/.test(err.message)) return `Stack '${stackName}' does not exist`;
    throw err;
  }
}

/** Stack traces only in debug logs (ACTIONS_STEP_DEBUG): the step's own message stays one line. */
function debugStack(err: unknown): void {
  if (err instanceof Error && err.stack) core.debug(err.stack);
}
