export const id = 152;
export const ids = [152];
export const modules = {

/***/ 4152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CREATED_BY_TAG: () => (/* binding */ CREATED_BY_TAG),
  createStateMachine: () => (/* binding */ createStateMachine),
  deleteStateMachine: () => (/* binding */ deleteStateMachine),
  describeExecution: () => (/* binding */ describeExecution),
  describeFailure: () => (/* binding */ describeFailure),
  diagnoseFailure: () => (/* binding */ diagnoseFailure),
  findStateMachine: () => (/* binding */ findStateMachine),
  isUnexpectedEnd: () => (/* binding */ isUnexpectedEnd),
  listRunningExecutions: () => (/* binding */ listRunningExecutions),
  readDefinition: () => (/* binding */ readDefinition),
  runTags: () => (/* binding */ runTags),
  sameDefinition: () => (/* binding */ sameDefinition),
  startExecution: () => (/* binding */ startExecution),
  stopExecutions: () => (/* binding */ stopExecutions),
  stopRunningExecutions: () => (/* binding */ stopRunningExecutions),
  updateStateMachine: () => (/* binding */ updateStateMachine)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sfn/dist-cjs/index.js
var dist_cjs = __webpack_require__(8476);
;// CONCATENATED MODULE: ./src/context.ts
/** A run name unique to this workflow run and attempt (Step Functions: at most 80 chars, [A-Za-z0-9-_]). */
function executionName(run, label, now) {
    const raw = `gh-${run.runId}-${run.runAttempt}-${label}-${now.toString(36)}`;
    return raw.replace(/[^A-Za-z0-9-_]/g, '-').slice(0, 80);
}

;// CONCATENATED MODULE: ./src/wait.ts
// Waiting on a condition with a deadline: poll with full-jitter exponential back-off, never a fixed sleep.
const sleep = (ms, signal) => new Promise((resolve, reject) => {
    if (signal?.aborted)
        return reject(signal.reason ?? new Error('aborted'));
    const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
    }, ms);
    const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason ?? new Error('aborted'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
});
/** Raised when a wait reaches its deadline; the message says what was being waited for. */
class WaitTimeoutError extends Error {
    what;
    seconds;
    last;
    constructor(what, seconds, last) {
        super(`Timed out after ${seconds.toFixed(1)} s waiting for ${what}${last ? ` (last seen: ${last})` : ''}`);
        this.what = what;
        this.seconds = seconds;
        this.last = last;
        this.name = 'WaitTimeoutError';
    }
}
/**
 * Calls `poll` until it reports done, sleeping with full-jitter exponential back-off between calls
 * (never past the deadline). Throws WaitTimeoutError naming `what` and the last state seen.
 */
async function waitFor(poll, options) {
    const now = options.now ?? Date.now;
    const doSleep = options.sleep ?? sleep;
    const started = now();
    let base = options.initialDelayMs ?? 250;
    const max = options.maxDelayMs ?? 5000;
    let last;
    for (;;) {
        const result = await poll();
        if (result.done)
            return result.value;
        last = result.seen ?? last;
        const remaining = options.deadline - now();
        if (remaining <= 0)
            throw new WaitTimeoutError(options.what, (now() - started) / 1000, last);
        const delay = Math.min(remaining, Math.max(50, Math.random() * base));
        await doSleep(delay, options.signal);
        base = Math.min(max, base * 2);
    }
}

;// CONCATENATED MODULE: ./src/aws/state-machine.ts
// The pump's state machine: find, create, update and delete it; start, stop and list its runs; explain a failed run.



/** The tag that marks what this action made, and the tags that trace it back to the workflow run. */
const CREATED_BY_TAG = { key: 'created-by', value: 'stepfunctions-message-pump-action' };
function runTags(run) {
    return [
        { ...CREATED_BY_TAG },
        { key: 'github:repository', value: run.repository },
        { key: 'github:run-url', value: run.runUrl },
    ];
}
const errorName = (err) => (err instanceof Error ? err.name : undefined);
/** The machine's ARN when a machine of that name exists (the list is paginated). */
async function findStateMachine(sfn, name) {
    for await (const page of (0,dist_cjs/* paginateListStateMachines */.tfX)({ client: sfn, pageSize: 1000 }, {})) {
        const found = page.stateMachines?.find((machine) => machine.name === name);
        if (found?.stateMachineArn)
            return found.stateMachineArn;
    }
    return undefined;
}
/** Creates the machine, tagged so it traces back to this workflow run; returns its ARN. */
async function createStateMachine(sfn, options) {
    const created = await sfn.send(new dist_cjs/* CreateStateMachineCommand */.OMl({
        name: options.name,
        definition: JSON.stringify(options.definition),
        roleArn: options.roleArn,
        type: 'STANDARD',
        tags: runTags(options.run),
    }));
    if (!created.stateMachineArn)
        throw new Error(`CreateStateMachine returned no ARN for ${options.name}`);
    return created.stateMachineArn;
}
/** The machine's current definition, parsed. */
async function readDefinition(sfn, stateMachineArn) {
    const described = await sfn.send(new dist_cjs/* DescribeStateMachineCommand */.LyQ({ stateMachineArn }));
    return JSON.parse(described.definition ?? '{}');
}
/** Same JSON document, whatever the key order (AWS may hand the definition back re-serialised). */
function sameDefinition(a, b) {
    const canonical = (value) => {
        if (Array.isArray(value))
            return value.map(canonical);
        if (value && typeof value === 'object') {
            return Object.fromEntries(Object.keys(value)
                .sort()
                .map((key) => [key, canonical(value[key])]));
        }
        return value;
    };
    return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}
/**
 * Replaces the machine's definition and waits until DescribeStateMachine returns it (updates are eventually
 * consistent: a run started right after UpdateStateMachine may otherwise still use the old one).
 */
async function updateStateMachine(sfn, stateMachineArn, definition, limits) {
    await sfn.send(new dist_cjs/* UpdateStateMachineCommand */.RnG({ stateMachineArn, definition: JSON.stringify(definition) }));
    await waitFor(async () => {
        const current = await readDefinition(sfn, stateMachineArn);
        return sameDefinition(current, definition) ? { done: true, value: undefined } : { done: false, seen: 'the old definition' };
    }, { ...limits, what: `state machine ${stateMachineArn} to return the new definition` });
}
/** Starts a run named after this workflow run and records it so a signal or the post step can stop it. */
async function startExecution(ctx, stateMachineArn, label, input = {}) {
    const started = await ctx.clients.sfn.send(new dist_cjs/* StartExecutionCommand */.MX_({
        stateMachineArn,
        name: executionName(ctx.run, label, ctx.now()),
        input: JSON.stringify(input),
    }));
    if (!started.executionArn)
        throw new Error(`StartExecution returned no ARN for ${stateMachineArn}`);
    ctx.trackExecution(started.executionArn);
    return started.executionArn;
}
async function describeExecution(sfn, executionArn) {
    return sfn.send(new dist_cjs/* DescribeExecutionCommand */.tVP({ executionArn }));
}
/** ARNs of the machine's runs that are RUNNING now (all pages). */
async function listRunningExecutions(sfn, stateMachineArn) {
    const arns = [];
    const pages = (0,dist_cjs/* paginateListExecutions */.Xib)({ client: sfn, pageSize: 1000 }, { stateMachineArn, statusFilter: dist_cjs/* ExecutionStatus */.rIt.RUNNING });
    for await (const page of pages) {
        for (const execution of page.executions ?? [])
            if (execution.executionArn)
                arns.push(execution.executionArn);
    }
    return arns;
}
/** Stops one run; a run that already finished or no longer exists is not an error (returns false). */
async function stopOne(sfn, executionArn, cause) {
    try {
        await sfn.send(new dist_cjs/* StopExecutionCommand */.WP$({ executionArn, cause }));
        return true;
    }
    catch (err) {
        // A run that ended between the listing and the stop: nothing to stop.
        if (['ExecutionDoesNotExist', 'ValidationException', 'ExecutionNotRedrivable'].includes(errorName(err) ?? ''))
            return false;
        throw err;
    }
}
/**
 * Stops every RUNNING run of the machine and waits until ListExecutions(RUNNING) is empty; runs that appear
 * meanwhile are stopped too. Returns the ARNs it stopped.
 */
async function stopRunningExecutions(sfn, stateMachineArn, opts) {
    const stopped = new Set();
    await waitFor(async () => {
        const running = await listRunningExecutions(sfn, stateMachineArn);
        if (running.length === 0)
            return { done: true, value: undefined };
        const fresh = running.filter((arn) => !stopped.has(arn));
        const results = await Promise.all(fresh.map(async (arn) => [arn, await stopOne(sfn, arn, opts.cause)]));
        for (const [arn, didStop] of results)
            if (didStop)
                stopped.add(arn);
        return { done: false, seen: `${running.length} run(s) still RUNNING` };
    }, { ...opts, what: `no run of ${stateMachineArn} to be RUNNING` });
    return [...stopped];
}
/**
 * Stops those of the given runs that are still RUNNING (signal handling, post step). Never throws for a run
 * that already finished or cannot be read; returns the ARNs it stopped.
 */
async function stopExecutions(sfn, executionArns, cause) {
    const outcomes = await Promise.all([...new Set(executionArns)].map(async (executionArn) => {
        try {
            const { status } = await describeExecution(sfn, executionArn);
            if (status !== dist_cjs/* ExecutionStatus */.rIt.RUNNING)
                return undefined;
            return (await stopOne(sfn, executionArn, cause)) ? executionArn : undefined;
        }
        catch {
            // Best effort: the caller is already cleaning up and reports what it stopped.
            return undefined;
        }
    }));
    return outcomes.filter((arn) => arn !== undefined);
}
/** Deletes the machine and waits until DescribeStateMachine no longer finds it. Already gone: returns. */
async function deleteStateMachine(sfn, stateMachineArn, limits) {
    try {
        await sfn.send(new dist_cjs/* DeleteStateMachineCommand */.vxA({ stateMachineArn }));
    }
    catch (err) {
        if (errorName(err) === 'StateMachineDoesNotExist')
            return;
        throw err;
    }
    await waitFor(async () => {
        try {
            const described = await sfn.send(new dist_cjs/* DescribeStateMachineCommand */.LyQ({ stateMachineArn }));
            return { done: false, seen: described.status ?? 'still there' };
        }
        catch (err) {
            if (errorName(err) === 'StateMachineDoesNotExist')
                return { done: true, value: undefined };
            throw err;
        }
    }, { ...limits, what: `state machine ${stateMachineArn} to be deleted` });
}
/** Event types that report a failure: TaskFailed, LambdaFunctionScheduleFailed, ExecutionTimedOut, MapIterationFailed… */
const FAILURE_EVENT = /(Failed|TimedOut|Aborted)$/;
/** The error/cause carried by a failure event (from its `<x>EventDetails`), or undefined when it is not one. */
function failureDetails(event) {
    if (!event.type || !FAILURE_EVENT.test(event.type))
        return undefined;
    const details = Object.entries(event).find(([key, value]) => key.endsWith('EventDetails') && value)?.[1];
    return { error: details?.error, cause: details?.cause };
}
/** History events read at most while looking for the failing state (a long-running pump has a long history). */
const MAX_EVENTS_SCANNED = 5000;
/**
 * Reads the run's history newest first and returns the failing state (the last state entered before the
 * failure), the error and the cause, for an annotation.
 */
async function diagnoseFailure(sfn, executionArn) {
    const diagnosis = {};
    let failureSeen = false;
    let scanned = 0;
    const pages = (0,dist_cjs/* paginateGetExecutionHistory */.QGB)({ client: sfn, pageSize: 1000 }, { executionArn, reverseOrder: true });
    for await (const page of pages) {
        for (const event of page.events ?? []) {
            scanned += 1;
            const details = failureDetails(event);
            if (details) {
                failureSeen = true;
                diagnosis.status ??= event.type;
                // The innermost event (a task's) is read last in reverse order and says most precisely what failed.
                if (details.error)
                    diagnosis.error = details.error;
                if (details.cause)
                    diagnosis.cause = details.cause;
            }
            else if (failureSeen && event.stateEnteredEventDetails?.name) {
                diagnosis.state = event.stateEnteredEventDetails.name;
                return diagnosis;
            }
            if (scanned >= MAX_EVENTS_SCANNED)
                return diagnosis;
        }
    }
    return diagnosis;
}
/** One line for logs and annotations: "state 'X' failed: Error: cause". */
function describeFailure(diagnosis) {
    const where = diagnosis.state ? `state '${diagnosis.state}'` : 'the run';
    const what = [diagnosis.error, diagnosis.cause].filter(Boolean).join(': ') || diagnosis.status || 'no error recorded';
    return `${where} failed: ${what}`;
}
/** Whether a run status means the run ended badly (the pump never ends by itself, so SUCCEEDED is unexpected too). */
function isUnexpectedEnd(status) {
    return status === dist_cjs/* ExecutionStatus */.rIt.FAILED || status === dist_cjs/* ExecutionStatus */.rIt.TIMED_OUT || status === dist_cjs/* ExecutionStatus */.rIt.ABORTED;
}


/***/ })

};
