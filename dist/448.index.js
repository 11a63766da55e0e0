export const id = 448;
export const ids = [448];
export const modules = {

/***/ 40692:
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
var dist_cjs = __webpack_require__(18476);
;// CONCATENATED MODULE: ./src/context.ts
/** A run name unique to this workflow run and attempt (Step Functions: at most 80 chars, [A-Za-z0-9-_]). */
function executionName(run, label, now) {
    const raw = `gh-${run.runId}-${run.runAttempt}-${label}-${now.toString(36)}`;
    return raw.replace(/[^A-Za-z0-9-_]/g, '-').slice(0, 80);
}

// EXTERNAL MODULE: ./src/wait.ts
var wait = __webpack_require__(40910);
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
    await (0,wait.waitFor)(async () => {
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
    await (0,wait.waitFor)(async () => {
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
    await (0,wait.waitFor)(async () => {
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


/***/ }),

/***/ 41448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ForeignStackError: () => (/* binding */ ForeignStackError),
/* harmony export */   destroy: () => (/* binding */ destroy)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _aws_stack__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74341);
/* harmony import */ var _aws_stack_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64737);
/* harmony import */ var _aws_stack_events__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30919);
/* harmony import */ var _aws_state_machine__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40692);
// destroy: stop the pump's runs, delete its state machine, then delete the stack this action created and wait.





/** Refusing someone else's stack: deleting it would take their data with it. */
class ForeignStackError extends Error {
    stackName;
    constructor(stackName) {
        super(`Stack '${stackName}' was not created by this action (it has no tag ${_aws_stack__WEBPACK_IMPORTED_MODULE_1__/* .CREATED_BY_TAG */ .Aw.Key}=${_aws_stack__WEBPACK_IMPORTED_MODULE_1__/* .CREATED_BY_TAG */ .Aw.Value}): ` +
            'refusing to delete it; set the input force: true to delete it anyway');
        this.stackName = stackName;
        this.name = 'ForeignStackError';
    }
}
function createdByThisAction(stack) {
    return (stack.Tags ?? []).some((tag) => tag.Key === _aws_stack__WEBPACK_IMPORTED_MODULE_1__/* .CREATED_BY_TAG */ .Aw.Key && tag.Value === _aws_stack__WEBPACK_IMPORTED_MODULE_1__/* .CREATED_BY_TAG */ .Aw.Value);
}
async function destroy(ctx) {
    const { stackName, stateMachineName, force } = ctx.inputs;
    const cfn = ctx.clients.cloudformation;
    // Decide about the stack before touching anything, so a refused stack leaves everything as it was.
    const stack = await (0,_aws_stack__WEBPACK_IMPORTED_MODULE_1__/* .describeStack */ .GO)(cfn, stackName);
    if (stack && !createdByThisAction(stack)) {
        if (!force)
            throw new ForeignStackError(stackName);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`Stack '${stackName}' was not created by this action; deleting it because force is set`, {
            title: 'Deleting a foreign stack',
        });
    }
    await removeStateMachine(ctx, stateMachineName);
    if (!stack) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.notice(`Stack '${stackName}' does not exist: already gone`, { title: 'Stack already gone' });
        ctx.checks.record({ name: 'stack deleted', passed: true, seconds: 0, detail: `${stackName} was already gone` });
        return { outputs: {} };
    }
    const started = ctx.now();
    const seconds = () => (ctx.now() - started) / 1000;
    try {
        await (0,_aws_stack__WEBPACK_IMPORTED_MODULE_1__/* .deleteStack */ .wm)(cfn, stack, {
            deadline: ctx.deadline,
            signal: ctx.signal,
            sleep: ctx.sleep,
            now: ctx.now,
            setActivity: (activity) => ctx.setActivity(activity),
        });
    }
    catch (err) {
        if (err instanceof Error && err.name === 'AbortError')
            throw err;
        if (err instanceof _aws_stack_errors__WEBPACK_IMPORTED_MODULE_2__/* .StackFailedError */ .o5)
            (0,_aws_stack_events__WEBPACK_IMPORTED_MODULE_3__/* .annotateFailures */ .o)(err.failures);
        ctx.checks.record({
            name: 'stack deleted',
            passed: false,
            seconds: seconds(),
            detail: err instanceof Error ? err.message : String(err),
        });
        throw err;
    }
    const took = seconds();
    ctx.checks.record({ name: 'stack deleted', passed: true, seconds: took, detail: `${stackName} DELETE_COMPLETE in ${took.toFixed(1)} s` });
    return { outputs: {}, timings: { 'stack delete': took } };
}
/**
 * Stops the machine's running runs, then deletes it, each a check. A failure here is recorded (it fails the
 * step) but does not stop the teardown: the stack's resources are still deleted.
 */
async function removeStateMachine(ctx, name) {
    const sfn = ctx.clients.sfn;
    const limits = { deadline: ctx.deadline, signal: ctx.signal, sleep: ctx.sleep, now: ctx.now };
    let arn;
    await ctx.checks.check('runs stopped before teardown', async () => {
        arn = await (0,_aws_state_machine__WEBPACK_IMPORTED_MODULE_4__.findStateMachine)(sfn, name);
        if (!arn)
            return `no state machine named ${name}`;
        ctx.setActivity(`stopping the runs of ${name}`);
        const runs = await (0,_aws_state_machine__WEBPACK_IMPORTED_MODULE_4__.stopRunningExecutions)(sfn, arn, { ...limits, cause: `Stopped by ${ctx.run.runUrl} (destroy)` });
        return runs.length === 0 ? 'none was running' : `${runs.length} run(s) stopped, none RUNNING`;
    });
    await ctx.checks.check('state machine deleted', async () => {
        // Looked up again only when the first check failed before finding it.
        arn ??= await (0,_aws_state_machine__WEBPACK_IMPORTED_MODULE_4__.findStateMachine)(sfn, name);
        if (!arn)
            return `${name} was already gone`;
        ctx.setActivity(`deleting state machine ${name}`);
        await (0,_aws_state_machine__WEBPACK_IMPORTED_MODULE_4__.deleteStateMachine)(sfn, arn, limits);
        return `${name} deleted`;
    });
}


/***/ })

};
