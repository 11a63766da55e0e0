export const id = 201;
export const ids = [201,505];
export const modules = {

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
/* unused harmony exports LOOP_PAUSE_SECONDS, TRANSIENT_ERRORS, retryFor */
/* harmony import */ var _aws_partition__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72947);
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
/**
 * Errors a task reports for a transient fault of the service it calls. Step Functions names them
 * `<Service>.<exception>`: Lambda's four are AWS's own list ("Handle Lambda service exceptions",
 * https://docs.aws.amazon.com/step-functions/latest/dg/bp-lambda-serviceexception.html) plus its throttling error;
 * for DynamoDB and SQS, the throttling and 5xx errors as AWS's SDK names them (…Exception) and as endpoints that echo
 * the wire error code name them (the local endpoint, LocalStack: `DynamoDB.<Code>`).
 */
const TRANSIENT_ERRORS = {
    lambda: [
        'Lambda.ClientExecutionTimeoutException',
        'Lambda.ServiceException',
        'Lambda.AWSLambdaException',
        'Lambda.SdkClientException',
        'Lambda.TooManyRequestsException',
    ],
    dynamodb: [
        'DynamoDB.ProvisionedThroughputExceededException',
        'DynamoDB.ThrottlingException',
        'DynamoDB.RequestLimitExceeded',
        'DynamoDB.InternalServerErrorException',
        'DynamoDB.InternalServerError',
        'DynamoDB.SdkClientException',
    ],
    sqs: [
        'SQS.SdkClientException',
        'SQS.AmazonSQSException',
        'SQS.RequestThrottled',
        'SQS.ThrottlingException',
        'SQS.InternalFailure',
        'SQS.ServiceUnavailable',
    ],
};
/**
 * The pump's Retry for one task. First the service's transient errors, with exponential back-off and full jitter
 * (many map iterations fail together when a service throttles; jitter spreads their retries): 1, 2, 4, 8, 16,
 * 16 s at most, about a minute in all. Then any other task error (`States.TaskFailed` is Step Functions' wildcard
 * for every error but States.Timeout), a few times over about 50 s: AccessDenied while the role's policy is still
 * propagating after a deploy has no single error name (it surfaces as the service's generic exception, or
 * States.TaskFailed), and 50 s covers IAM's usual propagation while a permanent error still fails the run soon,
 * with its error, for the demo to report. Retriers are matched in order and never fall through, so a transient
 * error uses only the first one's attempts.
 */
function retryFor(transient) {
    return [
        { ErrorEquals: [...transient], IntervalSeconds: 1, BackoffRate: 2, MaxAttempts: 6, MaxDelaySeconds: 16, JitterStrategy: 'FULL' },
        // No jitter: this one waits out a propagation window, not a crowd.
        { ErrorEquals: ['States.TaskFailed'], IntervalSeconds: 2, BackoffRate: 2, MaxAttempts: 5, MaxDelaySeconds: 20, JitterStrategy: 'NONE' },
    ];
}
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
 * then mark it sent (DynamoDB service integration); wait, and scan again. It never ends by itself. The run's input
 * is handed to every scan, so `{"scope": prefix}` limits a run to the messages whose message_id starts with prefix.
 */
function buildDefinition(outputs, includeSqs) {
    requireOutputs(outputs, ['ScanFunctionArn', 'MessageTableName', ...(includeSqs ? ['SendQueueUrl'] : [])]);
    // Service integrations live in the stack's partition (arn:aws-cn:states:::… in China): the function's ARN says which.
    const states = `arn:${(0,_aws_partition__WEBPACK_IMPORTED_MODULE_0__/* .partitionOfArn */ .F)(outputs.ScanFunctionArn) ?? 'aws'}:states:::`;
    const recordSent = {
        Type: 'Task',
        Resource: `${states}dynamodb:updateItem`,
        Parameters: {
            TableName: outputs.MessageTableName,
            Key: {
                user_name: { 'S.$': '$.user_name' },
                message_id: { 'S.$': '$.message_id' },
            },
            UpdateExpression: 'SET sent=:s',
            ExpressionAttributeValues: { ':s': { BOOL: true } },
        },
        Retry: retryFor(TRANSIENT_ERRORS.dynamodb),
        End: true,
    };
    const send = {
        Type: 'Task',
        Resource: `${states}sqs:sendMessage`,
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
        Retry: retryFor(TRANSIENT_ERRORS.sqs),
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
                // No Parameters: the function gets the state itself, the run's input on the first pass. A run started with
                // {"scope": "<message-id prefix>"} processes only the messages whose id starts with it (the demo's runs touch
                // only their own); a run started without one processes every unsent message, as the pump does.
                // (Parameters with "scope.$" would fail a run started without it.)
                ResultPath: '$.List',
                Retry: retryFor(TRANSIENT_ERRORS.lambda),
                Next: STATE_NAMES.map,
            },
            [STATE_NAMES.map]: {
                Type: 'Map',
                ItemsPath: '$.List',
                Iterator: iterator,
                // The per-item results are not needed: only their count replaces the list, so the state never grows from pass
                // to pass, while the rest of the run's input (its `scope`) is carried to the next scan.
                ResultSelector: { 'sent.$': 'States.ArrayLength($)' },
                ResultPath: '$.List',
                Next: STATE_NAMES.pause,
            },
            [STATE_NAMES.pause]: {
                Type: 'Wait',
                Seconds: LOOP_PAUSE_SECONDS,
                Next: STATE_NAMES.scan,
            },
        },
    };
}


/***/ }),

/***/ 34505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkDefinitionFile: () => (/* binding */ checkDefinitionFile),
/* harmony export */   yQ: () => (/* binding */ loadDefinition)
/* harmony export */ });
/* unused harmony exports placeholdersIn, fillPlaceholders */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _inputs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29081);
/* harmony import */ var _validate__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73787);
// An ASL file given by the user (JSON or YAML) with ${OutputKey} placeholders filled from the stack outputs.




const PLACEHOLDER = /\$\{([A-Za-z0-9_]+)\}/g;
/**
 * Reads and parses the file: a .json file must be JSON, anything else is read as YAML (which also reads JSON).
 * Synchronous on purpose: a small local file, read while the inputs are checked, before anything else runs.
 */
function readDefinitionFile(path) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (err) {
        throw new _inputs__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('definition', `cannot read ${path}: ${err.message}`);
    }
    let parsed;
    try {
        parsed = path.toLowerCase().endsWith('.json') ? JSON.parse(text) : (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
    }
    catch (err) {
        throw new _inputs__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('definition', `${path} is neither valid JSON nor YAML: ${err.message}`);
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new _inputs__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('definition', `${path} must hold an ASL object (with StartAt and States)`);
    }
    return parsed;
}
/** Every placeholder name used in the document (in keys or string values). */
function placeholdersIn(value) {
    const found = new Set();
    const visit = (node) => {
        if (typeof node === 'string')
            for (const match of node.matchAll(PLACEHOLDER))
                found.add(match[1]);
        else if (Array.isArray(node))
            node.forEach(visit);
        else if (node && typeof node === 'object') {
            for (const [key, child] of Object.entries(node)) {
                visit(key);
                visit(child);
            }
        }
    };
    visit(value);
    return found;
}
/** Replaces ${Key} in every key and string value; an unknown key is an error naming it and the known keys. */
function fillPlaceholders(value, outputs) {
    const unknown = [...placeholdersIn(value)].filter((key) => !(key in outputs));
    if (unknown.length > 0) {
        const known = Object.keys(outputs);
        throw new _inputs__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('definition', `unknown placeholder ${unknown.map((key) => `\${${key}}`).join(', ')}; the stack outputs are ${known.length ? known.join(', ') : '(none)'}`);
    }
    const fill = (node) => {
        if (typeof node === 'string')
            return node.replace(PLACEHOLDER, (_, key) => outputs[key]);
        if (Array.isArray(node))
            return node.map(fill);
        if (node && typeof node === 'object') {
            return Object.fromEntries(Object.entries(node).map(([key, child]) => [fill(key), fill(child)]));
        }
        return node;
    };
    return fill(value);
}
/** The file's definition with placeholders filled from the stack outputs. */
function loadDefinition(path, outputs) {
    return fillPlaceholders(readDefinitionFile(path), outputs);
}
/** A value of the right shape for a placeholder, so the offline validator can judge the rest of the file. */
function dummyValue(key) {
    if (/arn$/i.test(key))
        return `arn:aws:lambda:us-east-1:000000000000:function:${key}`;
    if (/url$/i.test(key))
        return `https://sqs.us-east-1.amazonaws.com/000000000000/${key}`;
    return key;
}
/**
 * Checks the file before any AWS call: readable, JSON or YAML, and valid ASL once its placeholders hold
 * stand-in values. Throws InputError('definition', …) otherwise.
 */
function checkDefinitionFile(path) {
    const raw = readDefinitionFile(path);
    const standIns = Object.fromEntries([...placeholdersIn(raw)].map((key) => [key, dummyValue(key)]));
    const problems = (0,_validate__WEBPACK_IMPORTED_MODULE_3__/* .validateOffline */ .EC)(fillPlaceholders(raw, standIns));
    if (problems.length > 0)
        throw new _inputs__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('definition', `${path} is not a valid state machine definition: ${problems.join('; ')}`);
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


/***/ }),

/***/ 82201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CHECKS: () => (/* binding */ CHECKS),
/* harmony export */   update: () => (/* binding */ update)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _aws_stack__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74341);
/* harmony import */ var _aws_state_machine__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81500);
/* harmony import */ var _checks__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42122);
/* harmony import */ var _definition_build__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(11397);
/* harmony import */ var _definition_load__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(34505);
/* harmony import */ var _definition_validate__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73787);
// update: validate the new definition, put it on the machine (creating the machine when missing) and publish it as a
// version, say which states were added or removed, and prove the version holds it.







const CHECKS = {
    valid: 'definition valid',
    updated: 'definition updated',
};
const list = (names) => (names.length > 0 ? names.join(', ') : 'none');
async function update(ctx) {
    const { sfn } = ctx.clients;
    const { stateMachineName, definitionPath, includeSqs } = ctx.inputs;
    const limits = { deadline: ctx.deadline, signal: ctx.signal, sleep: ctx.sleep, now: ctx.now };
    ctx.setActivity(`reading the outputs of stack ${ctx.inputs.stackName}`);
    const outputs = await (0,_aws_stack__WEBPACK_IMPORTED_MODULE_1__/* .readStackOutputs */ .Fx)(ctx.clients.cloudformation, ctx.inputs.stackName);
    const definition = definitionPath ? (0,_definition_load__WEBPACK_IMPORTED_MODULE_5__/* .loadDefinition */ .yQ)(definitionPath, outputs) : (0,_definition_build__WEBPACK_IMPORTED_MODULE_4__/* .buildDefinition */ ._H)(outputs, includeSqs);
    const source = definitionPath ?? `the built-in pump definition ${includeSqs ? 'with' : 'without'} the SQS state`;
    // Nothing is changed unless both validators accept the definition.
    const valid = await ctx.checks.check(CHECKS.valid, async () => {
        ctx.setActivity('validating the definition');
        try {
            const remote = await (0,_definition_validate__WEBPACK_IMPORTED_MODULE_6__/* .validateDefinition */ .Gt)(definition, sfn);
            for (const warning of remote?.warnings ?? [])
                _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(warning, { title: 'State machine definition warning' });
            const service = remote?.skipped ? 'ValidateStateMachineDefinition not offered by this endpoint (skipped)' : 'ValidateStateMachineDefinition OK';
            return `${source}: asl-validator OK; ${service}`;
        }
        catch (err) {
            if (err instanceof _definition_validate__WEBPACK_IMPORTED_MODULE_6__/* .InvalidDefinitionError */ .BM)
                throw new _checks__WEBPACK_IMPORTED_MODULE_3__/* .CheckFailure */ .j(`${source}: ${err.message}`);
            throw err;
        }
    });
    if (!valid)
        return { outputs: {}, definition };
    let stateMachineArn = '';
    let versionArn;
    await ctx.checks.check(CHECKS.updated, async () => {
        ctx.setActivity(`putting the definition on state machine ${stateMachineName}`);
        // Creates, updates or leaves the machine, publishes the result as a version and returns once the version reads
        // back with exactly this definition (retrying while a new role propagates or the machine is still settling).
        const placed = await (0,_aws_state_machine__WEBPACK_IMPORTED_MODULE_2__.ensureDefinition)(sfn, { name: stateMachineName, definition, roleArn: outputs.StepRoleArn, run: ctx.run }, limits);
        stateMachineArn = placed.stateMachineArn;
        versionArn = placed.versionArn;
        const version = placed.versionArn ? `version ${placed.versionArn.slice(placed.versionArn.lastIndexOf(':') + 1)}` : 'no version (not offered by this endpoint)';
        const pruned = placed.pruned.deleted.length > 0 ? `; deleted ${placed.pruned.deleted.length} old version(s)` : '';
        if (placed.change === 'created') {
            const change = `created ${stateMachineName} with states: ${list((0,_definition_validate__WEBPACK_IMPORTED_MODULE_6__/* .stateNames */ .U0)(definition))}`;
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.notice(change, { title: 'State machine created' });
            return `${change}; ${version} reads back with it${pruned}`;
        }
        if (placed.change === 'unchanged') {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.notice(`${stateMachineName} already has this definition: nothing to change`, { title: 'No changes' });
            return `${stateMachineName} already had this definition; ${version}${pruned}`;
        }
        const { added, removed } = (0,_definition_validate__WEBPACK_IMPORTED_MODULE_6__/* .diffStates */ .oD)(placed.previous ?? {}, definition);
        const change = `states added: ${list(added)}; removed: ${list(removed)}`;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.notice(`Updated ${stateMachineName}: ${change}`, { title: 'State machine updated' });
        return `${version} reads back with the new definition; ${change}${pruned}`;
    });
    return {
        outputs: {
            ...(stateMachineArn ? { 'state-machine-arn': stateMachineArn } : {}),
            ...(versionArn ? { 'state-machine-version-arn': versionArn } : {}),
        },
        definition,
    };
}


/***/ })

};
