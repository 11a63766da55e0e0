export const id = 147;
export const ids = [147];
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

/***/ 42122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ CheckRecorder),
/* harmony export */   j: () => (/* binding */ CheckFailure)
/* harmony export */ });
/* harmony import */ var _wait__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40910);
// Named checks: every "show" of the reference becomes a check that passes or fails, with its duration and detail.

/** Thrown by a check body to fail the check with a specific detail. */
class CheckFailure extends Error {
    constructor(detail) {
        super(detail);
        this.name = 'CheckFailure';
    }
}
class CheckRecorder {
    now;
    results = [];
    constructor(now = Date.now) {
        this.now = now;
    }
    /**
     * Runs `body` as the check `name`. The body returns the detail of a pass; it fails the check by throwing
     * (CheckFailure for an expected mismatch, WaitTimeoutError when its condition never came, any other error).
     * Returns whether the check passed. Never throws, except when the run was cancelled (AbortError passes through).
     */
    async check(name, body) {
        const started = this.now();
        try {
            const detail = await body();
            this.record({ name, passed: true, seconds: (this.now() - started) / 1000, detail });
            return true;
        }
        catch (err) {
            if (err instanceof Error && err.name === 'AbortError')
                throw err;
            const detail = err instanceof CheckFailure || err instanceof _wait__WEBPACK_IMPORTED_MODULE_0__.WaitTimeoutError
                ? err.message
                : `${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`;
            this.record({ name, passed: false, seconds: (this.now() - started) / 1000, detail });
            return false;
        }
    }
    record(result) {
        this.results.push({ ...result, seconds: Math.round(result.seconds * 100) / 100 });
    }
    list() {
        return [...this.results];
    }
    get failed() {
        return this.results.filter((r) => !r.passed);
    }
}


/***/ }),

/***/ 11397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _H: () => (/* binding */ buildDefinition),
/* harmony export */   pk: () => (/* binding */ STATE_NAMES)
/* harmony export */ });
/* unused harmony export LOOP_PAUSE_SECONDS */
// The pump's Amazon States Language definition, built from the stack outputs, with or without the SQS `Send` state.
const STATE_NAMES = {
    scan: 'Scan DynamoDB For Messages',
    map: 'Send Messages',
    send: 'Send',
    recordSent: 'Record Sent',
    pause: 'Pause Then Loop',
};
/** Seconds the loop waits between two scans of the table. */
const LOOP_PAUSE_SECONDS = 10;
/** The stack output a definition needs; throws naming every missing key and the keys there are. */
function requireOutputs(outputs, keys) {
    const missing = keys.filter((key) => !outputs[key]);
    if (missing.length > 0) {
        const known = Object.keys(outputs);
        throw new Error(`The stack outputs lack ${missing.join(', ')} (needed by the state machine definition); outputs present: ${known.length ? known.join(', ') : 'none'}`);
    }
}
/**
 * The message pump: scan the table for unsent messages (Lambda), for each one optionally send it to the queue,
 * then mark it sent (DynamoDB service integration); wait, and scan again. It never ends by itself.
 */
function buildDefinition(outputs, includeSqs) {
    requireOutputs(outputs, ['ScanFunctionArn', 'MessageTableName', ...(includeSqs ? ['SendQueueUrl'] : [])]);
    const recordSent = {
        Type: 'Task',
        Resource: 'arn:aws:states:::dynamodb:updateItem',
        Parameters: {
            TableName: outputs.MessageTableName,
            Key: {
                user_name: { 'S.$': '$.user_name' },
                message_id: { 'S.$': '$.message_id' },
            },
            UpdateExpression: 'SET sent=:s',
            ExpressionAttributeValues: { ':s': { BOOL: true } },
        },
        End: true,
    };
    const send = {
        Type: 'Task',
        Resource: 'arn:aws:states:::sqs:sendMessage',
        Parameters: {
            QueueUrl: outputs.SendQueueUrl,
            'MessageBody.$': '$.message',
            MessageAttributes: {
                user: { DataType: 'String', 'StringValue.$': '$.user_name' },
                message_id: { DataType: 'String', 'StringValue.$': '$.message_id' },
            },
        },
        // The SendMessage result is dropped so that `Record Sent` still sees the item itself.
        ResultPath: null,
        Next: STATE_NAMES.recordSent,
    };
    const iterator = includeSqs
        ? { StartAt: STATE_NAMES.send, States: { [STATE_NAMES.send]: send, [STATE_NAMES.recordSent]: recordSent } }
        : { StartAt: STATE_NAMES.recordSent, States: { [STATE_NAMES.recordSent]: recordSent } };
    return {
        Comment: 'Read messages from DynamoDB in a loop.',
        StartAt: STATE_NAMES.scan,
        TimeoutSeconds: 3600,
        States: {
            [STATE_NAMES.scan]: {
                Type: 'Task',
                Resource: outputs.ScanFunctionArn,
                ResultPath: '$.List',
                Next: STATE_NAMES.map,
            },
            [STATE_NAMES.map]: {
                Type: 'Map',
                ItemsPath: '$.List',
                Iterator: iterator,
                // The per-item results are not needed: the loop only carries the next scan's list.
                ResultPath: null,
                Next: STATE_NAMES.pause,
            },
            [STATE_NAMES.pause]: {
                Type: 'Wait',
                Seconds: LOOP_PAUSE_SECONDS,
                // Input path null: the next pass starts from an empty document, so the state never grows from pass to pass.
                InputPath: null,
                Next: STATE_NAMES.scan,
            },
        },
    };
}


/***/ }),

/***/ 73787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BM: () => (/* binding */ InvalidDefinitionError),
/* harmony export */   EC: () => (/* binding */ validateOffline),
/* harmony export */   Gt: () => (/* binding */ validateDefinition),
/* harmony export */   U0: () => (/* binding */ stateNames),
/* harmony export */   oD: () => (/* binding */ diffStates)
/* harmony export */ });
/* unused harmony export validateWithService */
/* harmony import */ var asl_validator__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87307);
/* harmony import */ var asl_validator__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(asl_validator__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_sdk_client_sfn__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18476);
// Is a definition valid? asl-validator offline, and Step Functions' own ValidateStateMachineDefinition where the
// endpoint has it. Also: which states a new definition adds or removes.


/** A definition that failed validation; the message lists every problem. */
class InvalidDefinitionError extends Error {
    problems;
    source;
    constructor(problems, source) {
        super(`The state machine definition is invalid (${source}): ${problems.join('; ')}`);
        this.problems = problems;
        this.source = source;
        this.name = 'InvalidDefinitionError';
    }
}
const statesOf = (container) => (container?.States ?? {});
/** Whether a set of states has a terminal one (End, Succeed or Fail). */
const hasTerminal = (states) => Object.values(states).some((state) => state.End === true || state.Type === 'Succeed' || state.Type === 'Fail');
/** Findings by definition text (a few: an action run validates one or two definitions). */
const judged = new Map();
const MAX_JUDGED = 16;
/**
 * Problems asl-validator finds, as "CODE: message". The pump loops forever, so its top level has no terminal
 * state: AWS accepts that, asl-validator does not; that one finding (and only for the top level) is dropped.
 */
function validateOffline(definition) {
    // asl-validator builds its JSON-schema validator anew on every call (over a second of CPU on a small runner):
    // a definition already judged is not judged again.
    const key = JSON.stringify(definition);
    const known = judged.get(key);
    if (known)
        return [...known];
    // asl-validator writes QueryLanguage into every state: give it a copy.
    const result = asl_validator__WEBPACK_IMPORTED_MODULE_0___default()(structuredClone(definition));
    const topLevelLoops = !hasTerminal(statesOf(definition));
    const problems = result.errors
        .filter((error) => !(topLevelLoops && error['Error code'] === 'MISSING_TERMINAL_STATE' && /\bfsm1\b/.test(error.Message)))
        .map((error) => `${error['Error code']}: ${error.Message}`);
    if (judged.size >= MAX_JUDGED)
        judged.delete(judged.keys().next().value);
    judged.set(key, problems);
    return [...problems];
}
/** Error names an endpoint answers with when it does not have an operation (LocalStack, the local endpoint). */
const NOT_AVAILABLE = new Set(['UnknownOperationException', 'UnknownOperation', 'NotImplemented', 'NotImplementedException', 'InvalidAction']);
function isNotAvailable(err) {
    if (!(err instanceof Error))
        return false;
    const status = err.$metadata?.httpStatusCode;
    return NOT_AVAILABLE.has(err.name) || status === 501 || /not (yet )?implemented|unknown operation/i.test(err.message);
}
/** Step Functions' own validation; skipped (not failed) when the endpoint does not implement it. */
async function validateWithService(sfn, definition) {
    try {
        const answer = await sfn.send(new _aws_sdk_client_sfn__WEBPACK_IMPORTED_MODULE_1__/* .ValidateStateMachineDefinitionCommand */ .jDM({ definition: JSON.stringify(definition), type: 'STANDARD' }));
        const describe = (d) => `${d.code ?? 'ERROR'}: ${d.message ?? ''}${d.location ? ` (at ${d.location})` : ''}`;
        const diagnostics = answer.diagnostics ?? [];
        const errors = diagnostics.filter((d) => d.severity !== 'WARNING').map(describe);
        if (answer.result === 'FAIL' && errors.length === 0)
            errors.push('FAIL: no diagnostic given');
        return { skipped: false, errors: answer.result === 'OK' ? [] : errors, warnings: diagnostics.filter((d) => d.severity === 'WARNING').map(describe) };
    }
    catch (err) {
        if (isNotAvailable(err))
            return { skipped: true, errors: [], warnings: [] };
        throw err;
    }
}
/** Validates offline, then with the service when one is given; throws InvalidDefinitionError on the first failure. */
async function validateDefinition(definition, sfn) {
    const offline = validateOffline(definition);
    if (offline.length > 0)
        throw new InvalidDefinitionError(offline, 'asl-validator');
    if (!sfn)
        return undefined;
    const remote = await validateWithService(sfn, definition);
    if (remote.errors.length > 0)
        throw new InvalidDefinitionError(remote.errors, 'ValidateStateMachineDefinition');
    return remote;
}
/** Every state name in the definition, those inside Map iterators and Parallel branches included. */
function stateNames(definition) {
    const names = [];
    const visit = (container) => {
        for (const [name, state] of Object.entries(statesOf(container))) {
            names.push(name);
            visit(state.ItemProcessor ?? state.Iterator);
            for (const branch of state.Branches ?? [])
                visit(branch);
        }
    };
    visit(definition);
    return names;
}
/** States the new definition adds and those it removes (nested ones included). */
function diffStates(before, after) {
    const old = new Set(stateNames(before));
    const next = new Set(stateNames(after));
    return {
        added: [...next].filter((name) => !old.has(name)),
        removed: [...old].filter((name) => !next.has(name)),
    };
}


/***/ })

};
