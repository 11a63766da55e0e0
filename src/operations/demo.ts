// demo: the reference's nine steps, every "show" turned into a named check. Touches only this run's data
// (message ids unique to the run), starts each run on the version of the definition it means, sets others'
// queue messages aside while it runs and hands them back at its end, and always stops the runs it started.
import * as core from '@actions/core';
import type { SFNClient } from '@aws-sdk/client-sfn';
import type { Clients } from '../aws/clients';
import { cleanEarlierAttempts } from '../aws/leftovers';
import { messageScope, newMessages, putMessages, resetMessages, SentFlags, type StoredMessage } from '../aws/messages';
import { ForeignMessages, leftoverOfEarlierAttempt, receiveExpected, type ReceiveResult } from '../aws/queue';
import { readStackOutputs } from '../aws/stack';
import {
  describeExecution,
  describeFailure,
  diagnoseFailure,
  ensureDefinition,
  isUnexpectedEnd,
  startExecution,
  stopExecutions,
  stopRunningExecutions,
  type WaitLimits,
} from '../aws/state-machine';
import { CheckFailure } from '../checks';
import type { OperationOutcome, RunContext } from '../context';
import { buildDefinition, STATE_NAMES, type AslDefinition } from '../definition/build';
import { diffStates } from '../definition/validate';
import { DEFAULTS } from '../inputs';
import { atMostEvery, waitFor } from '../wait';

export const CHECKS = {
  sent: 'messages marked sent',
  stopped: 'run stopped and none running',
  updated: 'definition updated with the SQS state',
  received: 'messages received from the queue',
  late: 'late message received',
  allStopped: 'runs stopped',
} as const;

/**
 * How often a wait checks that the run it waits on is still RUNNING (DescribeExecution): a failed run is noticed
 * within a few seconds without a call after every poll.
 */
export const RUN_STATUS_EVERY_MS = 3000;

/** The short name of a run, from its ARN (…:execution:machine:name). */
const runName = (executionArn: string): string => executionArn.slice(executionArn.lastIndexOf(':') + 1);
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
/** The version number of a version ARN (…:stateMachine:name:3). */
const versionLabel = (versionArn: string): string => versionArn.slice(versionArn.lastIndexOf(':') + 1);

/**
 * Counts the AWS calls made through the clients while the demo runs (one per command; the SDK's own retries are
 * counted apart, by the clients' RetryLog), so the report can show what batching saves. Removed again at the end: the clients are shared.
 */
function countAwsCalls(clients: Clients): { counts: Record<string, number>; stop: () => void } {
  const counts: Record<string, number> = { sfn: 0, dynamodb: 0, sqs: 0, cloudformation: 0 };
  const name = 'message-pump-demo-call-count';
  const options = { step: 'initialize' as const, name };
  const counter =
    (service: string) =>
    <Args, Result>(next: (args: Args) => Promise<Result>) =>
    (args: Args): Promise<Result> => {
      counts[service] += 1;
      return next(args);
    };
  // One line per client: their middleware stacks are typed per service.
  clients.sfn.middlewareStack.add(counter('sfn'), options);
  clients.dynamodb.middlewareStack.add(counter('dynamodb'), options);
  clients.sqs.middlewareStack.add(counter('sqs'), options);
  clients.cloudformation.middlewareStack.add(counter('cloudformation'), options);
  return {
    counts,
    stop: () => {
      for (const client of [clients.sfn, clients.dynamodb, clients.sqs, clients.cloudformation]) client.middlewareStack.remove(name);
    },
  };
}

/** When the run ended although the pump never ends by itself: diagnose it, annotate it, fail the check. */
async function failIfRunEnded(sfn: SFNClient, executionArn: string): Promise<string> {
  const { status } = await describeExecution(sfn, executionArn);
  if (status === 'SUCCEEDED') {
    throw new CheckFailure(`run ${runName(executionArn)} ended SUCCEEDED, but the pump loops until it is stopped`);
  }
  if (!isUnexpectedEnd(status)) return status ?? 'UNKNOWN';
  const diagnosis = await diagnoseFailure(sfn, executionArn);
  const explanation = describeFailure(diagnosis);
  core.error(`Run ${runName(executionArn)} ended ${status}: ${explanation}`, {
    title: `Run failed in state ${diagnosis.state ?? '(unknown)'}`,
  });
  throw new CheckFailure(`run ${runName(executionArn)} ended ${status}: ${explanation}`);
}

export async function demo(ctx: RunContext): Promise<OperationOutcome> {
  const { sfn, documents, sqs } = ctx.clients;
  const limits: WaitLimits = { deadline: ctx.deadline, signal: ctx.signal, sleep: ctx.sleep, now: ctx.now };
  const batch = { sleep: ctx.sleep, signal: ctx.signal };
  // Shown in each stopped run's history, so whoever reads it finds the workflow run that stopped it.
  const stopCause = (why: string): string => `Stopped by ${ctx.run.runUrl} (demo: ${why})`;
  const timings: Record<string, number> = {};
  const calls = countAwsCalls(ctx.clients);
  // The SDK's own retries while the demo runs (each also logged as a warning as it happens).
  const retriesBefore = ctx.clients.retries.total;
  const retries = (): number => ctx.clients.retries.total - retriesBefore;
  const started: string[] = [];
  /** Runs this demo started that DescribeExecution has shown out of RUNNING. */
  const over = new Set<string>();
  let runsStopped = false;
  let stateMachineArn: string | undefined;
  /** The version the last run was started on. */
  let versionInUse: string | undefined;
  let definitionInUse: AslDefinition | undefined;
  let foreign: ForeignMessages | undefined;
  const outputs = (): Record<string, string> => ({
    ...(stateMachineArn ? { 'state-machine-arn': stateMachineArn } : {}),
    ...(versionInUse ? { 'state-machine-version-arn': versionInUse } : {}),
    ...(started.length > 0 ? { 'execution-arn': started[started.length - 1] } : {}),
    'aws-calls': JSON.stringify({ ...calls.counts, total: Object.values(calls.counts).reduce((a, b) => a + b, 0), retries: retries() }),
  });
  const phase = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const began = ctx.now();
    try {
      return await work();
    } finally {
      timings[name] = (ctx.now() - began) / 1000;
    }
  };

  try {
    const stackOutputs = await readStackOutputs(ctx.clients.cloudformation, ctx.inputs.stackName);
    const table = stackOutputs.MessageTableName;
    const queueUrl = stackOutputs.SendQueueUrl;
    const plain = buildDefinition(stackOutputs, false);
    const withSqs = buildDefinition(stackOutputs, true);

    // 1. The machine, starting from the definition without the SQS state, so that every demo behaves the same; the
    // definition is published as a version and the first run starts on that version, whatever happens to the
    // machine meanwhile ("executions started immediately after UpdateStateMachine may use the previous definition").
    const first = await phase('prepare state machine', async () => {
      ctx.setActivity(`preparing state machine ${ctx.inputs.stateMachineName}`);
      const placed = await ensureDefinition(
        sfn,
        { name: ctx.inputs.stateMachineName, definition: plain, roleArn: stackOutputs.StepRoleArn, run: ctx.run },
        {
          ...limits,
          // A run of the old definition would send our messages to the queue before the check expects them.
          beforeUpdate: async (machine) => {
            ctx.setActivity(`resetting state machine ${ctx.inputs.stateMachineName} to the definition without SQS`);
            await stopRunningExecutions(sfn, machine.stateMachineArn, { ...limits, cause: stopCause('resetting the definition') });
          },
        },
      );
      const said = { created: 'Created', updated: 'Reset', unchanged: 'Using' }[placed.change];
      core.info(`${said} ${placed.stateMachineArn} without the SQS state${placed.versionArn ? `, version ${versionLabel(placed.versionArn)}` : ''}`);
      return placed;
    });
    const machineArn = first.stateMachineArn;
    stateMachineArn = machineArn;
    definitionInUse = plain;

    // The demo's runs process only this attempt's messages (their ids start with the scope): others' unsent items in
    // the table are neither marked sent nor sent to the queue.
    const runInput = { scope: messageScope(ctx.run) };

    // Unsent items an earlier attempt of this run left (a cancelled demo): no scoped run would ever take them.
    const cleaned = await cleanEarlierAttempts(documents, table, ctx.run, batch);
    if (cleaned.length > 0) core.info(`Deleted ${cleaned.length} unsent message(s) left in ${table} by an earlier attempt of this run: ${cleaned.join(', ')}`);

    // 2. This run's messages, not sent yet.
    const items = newMessages(ctx.run, ctx.inputs.messages);
    await phase('put messages', async () => {
      ctx.setActivity(`putting ${items.length} message(s) into ${table}`);
      await putMessages(documents, table, items, batch);
    });
    core.info(`Put ${items.length} message(s) into ${table}: ${items.map((m) => m.message_id).join(', ')}`);

    // 3. A run marks them sent.
    versionInUse = first.versionArn;
    const firstRun = await startExecution(ctx, first.versionArn ?? machineArn, 'demo-dynamodb', runInput);
    started.push(firstRun);
    const sentOk = await ctx.checks.check(CHECKS.sent, () =>
      phase('run marks messages sent', async () => {
        ctx.setActivity(`waiting for run ${runName(firstRun)} to mark ${items.length} message(s) sent`);
        const began = ctx.now();
        const flags = new SentFlags(documents, table, items, batch);
        const runStatus = atMostEvery(RUN_STATUS_EVERY_MS, ctx.now, () => failIfRunEnded(sfn, firstRun), 'RUNNING');
        await waitFor(
          async () => {
            const turned = await flags.check();
            if (flags.done) return { done: true, value: undefined };
            const status = await runStatus();
            // Flags turning: the pump is in a pass, look again soon; between passes the wait backs off.
            return { done: false, seen: `${flags.sent}/${items.length} sent=true, run ${status}`, progressed: turned > 0 };
          },
          { ...limits, what: `this run's ${items.length} message(s) to be marked sent`, initialDelayMs: 500, maxDelayMs: 2000, progressDelayMs: 500 },
        );
        return `${items.length}/${items.length} messages sent=true after ${seconds(ctx.now() - began)} (run ${runName(firstRun)})`;
      }),
    );
    if (!sentOk) return skipRest(CHECKS.sent);

    // 4. Stop it; no run may be left RUNNING before the definition changes.
    const stoppedOk = await ctx.checks.check(CHECKS.stopped, () =>
      phase('stop first run', async () => {
        ctx.setActivity(`stopping run ${runName(firstRun)}`);
        // Waits until DescribeExecution shows the run out of RUNNING, not only until the list stops showing it.
        // The wait reads each run's status until it is out of RUNNING: its last reading of the first run is its status.
        let status: string | undefined;
        const stopped = await stopRunningExecutions(sfn, machineArn, {
          ...limits,
          cause: stopCause('first run done'),
          known: [firstRun],
          onStatus: (arn, seen) => {
            if (arn !== firstRun) return;
            status = seen;
            if (seen !== 'RUNNING' && seen !== 'UNKNOWN') over.add(arn);
          },
        });
        if (status === undefined || status === 'RUNNING') throw new CheckFailure(`run ${runName(firstRun)} is still RUNNING after StopExecution`);
        const others = stopped.filter((arn) => arn !== firstRun).length;
        return `run ${runName(firstRun)} ${status}; no run RUNNING${others ? ` (also stopped ${others} other run(s))` : ''}`;
      }),
    );
    if (!stoppedOk) return skipRest(CHECKS.stopped);

    // 5. The definition with the SQS state. (Not run through asl-validator: it is built here and unit-tested,
    // and the validator compiles its schemas on every call, over a second of CPU.)
    let second: Awaited<ReturnType<typeof ensureDefinition>> | undefined;
    const updatedOk = await ctx.checks.check(CHECKS.updated, () =>
      phase('update definition', async () => {
        ctx.setActivity(`updating state machine ${ctx.inputs.stateMachineName} with the SQS state`);
        // Returns once the published version reads back with exactly this definition; the first run's version is
        // kept whatever the pruning.
        second = await ensureDefinition(
          sfn,
          { name: ctx.inputs.stateMachineName, definition: withSqs, roleArn: stackOutputs.StepRoleArn, run: ctx.run },
          { ...limits, protect: [first.versionArn] },
        );
        definitionInUse = withSqs;
        const { added, removed } = diffStates(plain, withSqs);
        const version = second.versionArn ? `version ${versionLabel(second.versionArn)}` : 'definition';
        return `${version} read back with state '${STATE_NAMES.send}'; added: ${added.join(', ') || 'none'}; removed: ${removed.join(', ') || 'none'}`;
      }),
    );
    if (!updatedOk) return skipRest(CHECKS.updated);

    // 6. This run's messages back to not sent, so the next run sends them again (others' items untouched).
    const reset = await resetMessages(documents, table, items, batch);
    core.info(`Reset ${reset}/${items.length} message(s) to sent=false`);

    // 7. A new run sends them to the queue.
    versionInUse = second?.versionArn;
    const secondRun = await startExecution(ctx, second?.versionArn ?? machineArn, 'demo-sqs', runInput);
    started.push(secondRun);
    // Others' messages on the queue are set aside (kept invisible) until the demo ends, so that each comes to this
    // demo at most once and none crowds out ours; leftovers of an earlier attempt of this run are deleted.
    foreign = new ForeignMessages(sqs, queueUrl, limits);
    const whileWaiting = atMostEvery(RUN_STATUS_EVERY_MS, ctx.now, () => failIfRunEnded(sfn, secondRun), 'RUNNING');
    const receiving = { ...limits, foreign, isLeftover: leftoverOfEarlierAttempt(ctx.run), whileWaiting };
    const receivedOk = await ctx.checks.check(CHECKS.received, () =>
      phase('run sends messages to the queue', async () => {
        ctx.setActivity(`receiving ${items.length} message(s) from ${queueUrl}`);
        const result = await receiveExpected(sqs, queueUrl, items, receiving);
        return describeReceived(result, items);
      }),
    );
    if (!receivedOk) return skipRest(CHECKS.received);

    // 8. A late message goes out on the loop's next pass.
    const late = newMessages(ctx.run, [DEFAULTS.lateMessage], items.length);
    await putMessages(documents, table, late, batch);
    core.info(`Put the late message ${late[0].message_id}`);
    const lateOk = await ctx.checks.check(CHECKS.late, () =>
      phase('late message', async () => {
        ctx.setActivity(`receiving the late message from ${queueUrl}`);
        const began = ctx.now();
        const result = await receiveExpected(sqs, queueUrl, late, receiving);
        return `${describeReceived(result, late)} ${seconds(ctx.now() - began)} after it was put`;
      }),
    );
    if (!lateOk) return skipRest(CHECKS.late);

    // 9. Stop the run.
    await ctx.checks.check(CHECKS.allStopped, () =>
      phase('stop runs', async () => {
        ctx.setActivity('stopping the demo runs');
        // A run already seen stopped need not be read again; the listing would show it if it ran again.
        const known = started.filter((arn) => !over.has(arn));
        const stopped = await stopRunningExecutions(sfn, machineArn, { ...limits, cause: stopCause('done'), known });
        runsStopped = true;
        return `stopped ${stopped.length} run(s); none RUNNING`;
      }),
    );
    return finish();
  } finally {
    if (!runsStopped && started.length > 0) {
      // A failed check or an error: the runs this demo started must not loop on after it.
      const stopped = await stopExecutions(sfn, started, stopCause('ended early'));
      if (stopped.length > 0) core.info(`Stopped ${stopped.map(runName).join(', ')}`);
    }
    if (foreign && foreign.received > 0) {
      // Handed back whatever happened: someone else may be waiting for them.
      const { released, failed } = await foreign.release();
      core.info(
        `Released ${released} message(s) of others set aside during the demo` +
          (failed > 0 ? `; ${failed} could not be released and become visible again by themselves at the deadline` : ''),
      );
    }
    calls.stop();
    core.info(`AWS calls made by the demo: ${Object.entries(calls.counts).map(([s, n]) => `${s} ${n}`).join(', ')}; ${retries()} SDK retries`);
  }

  function finish(): OperationOutcome {
    return { outputs: outputs(), ...(definitionInUse ? { definition: definitionInUse } : {}), timings };
  }

  function skipRest(failed: string): OperationOutcome {
    const rest = Object.values(CHECKS).filter((name) => !ctx.checks.list().some((c) => c.name === name));
    core.info(`'${failed}' failed: skipped the checks that depend on it (${rest.join(', ')})`);
    return finish();
  }
}

/** "3/3 received with matching user and message_id (2 polls)", and each message logged as the seed prints it. */
function describeReceived(result: ReceiveResult, expected: StoredMessage[]): string {
  for (const m of result.received) core.info(`received ${m.message_id} from ${m.user ?? '?'}: ${m.body ?? ''}`);
  if (result.mismatches.length > 0) throw new CheckFailure(`received with different content: ${result.mismatches.join('; ')}`);
  const aside = result.setAside > 0 ? `; set aside ${result.setAside} message(s) of others until the demo ends` : '';
  const cleaned = result.cleaned > 0 ? `; deleted ${result.cleaned} left by an earlier attempt of this run` : '';
  return `${result.received.length}/${expected.length} received with matching body, user and message_id in ${result.polls} poll(s)${aside}${cleaned}`;
}
