export const id = 611;
export const ids = [611];
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

/***/ 14611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHECKS: () => (/* binding */ CHECKS),
  RUN_STATUS_EVERY_MS: () => (/* binding */ RUN_STATUS_EVERY_MS),
  demo: () => (/* binding */ demo)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/lib-dynamodb/dist-cjs/index.js
var dist_cjs = __webpack_require__(58907);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sqs/dist-cjs/index.js
var client_sqs_dist_cjs = __webpack_require__(8868);
// EXTERNAL MODULE: ./src/wait.ts
var wait = __webpack_require__(40910);
;// CONCATENATED MODULE: ./src/aws/queue.ts
// The send queue, as this run sees it: receive with long polling, keep and delete this run's messages, set every
// other message aside until the demo ends (then hand it back), and clean up what an earlier attempt left behind.


/** SQS's longest long poll. */
const MAX_WAIT_SECONDS = 20;
/** SQS's longest visibility timeout: 12 hours. */
const MAX_VISIBILITY_SECONDS = 43_200;
/** Entries per ChangeMessageVisibilityBatch / DeleteMessageBatch call. */
const BATCH = 10;
const attribute = (message, name) => message.MessageAttributes?.[name]?.StringValue;
function chunks(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}
function batchFailures(what, failed) {
    if (failed && failed.length > 0) {
        throw new Error(`${what} failed for ${failed.length} message(s): ${failed.map((f) => `${f.Code ?? '?'} ${f.Message ?? ''}`.trim()).join('; ')}`);
    }
}
/**
 * Messages of others (other runs, other users of the queue) that this demo received: kept invisible while the demo
 * runs, so that each comes back to this demo's receives at most once and never crowds out its own messages, then
 * released (visibility 0) at the demo's end for whoever is waiting for them. Nothing else about them is changed:
 * they are never deleted. Their invisibility never outlasts the demo's deadline (nor SQS's 12-hour maximum), so a
 * demo killed before its end hands them back by itself.
 */
class ForeignMessages {
    sqs;
    queueUrl;
    limits;
    /** Receipt handle of each message set aside, by MessageId. */
    handles = new Map();
    seen = new Set();
    constructor(sqs, queueUrl, limits) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.limits = limits;
    }
    /** Distinct foreign messages received so far. */
    get received() {
        return this.seen.size;
    }
    /** Seconds until the deadline, at least 1 and at most SQS's 12 hours. */
    visibilitySeconds() {
        const now = (this.limits.now ?? Date.now)();
        return Math.max(1, Math.min(MAX_VISIBILITY_SECONDS, Math.ceil((this.limits.deadline - now) / 1000)));
    }
    /** Makes the messages invisible until the deadline; returns how many were new to this demo. */
    async setAside(messages) {
        let fresh = 0;
        for (const message of messages) {
            const id = message.MessageId ?? message.ReceiptHandle ?? '';
            if (!this.seen.has(id))
                fresh += 1;
            this.seen.add(id);
        }
        const visibility = this.visibilitySeconds();
        for (const batch of chunks(messages, BATCH)) {
            const answer = await this.sqs.send(new client_sqs_dist_cjs/* ChangeMessageVisibilityBatchCommand */.Zi({
                QueueUrl: this.queueUrl,
                Entries: batch.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle, VisibilityTimeout: visibility })),
            }));
            const failed = new Set((answer.Failed ?? []).map((f) => f.Id));
            // A message whose change failed (deleted by its owner meanwhile) is simply not held.
            batch.forEach((m, i) => {
                if (!failed.has(String(i)) && m.ReceiptHandle)
                    this.handles.set(m.MessageId ?? m.ReceiptHandle, m.ReceiptHandle);
            });
        }
        return fresh;
    }
    /** Makes every message set aside visible again at once; returns how many were released and how many could not be. */
    async release() {
        const entries = [...this.handles.values()];
        this.handles.clear();
        let failed = 0;
        for (const batch of chunks(entries, BATCH)) {
            try {
                const answer = await this.sqs.send(new client_sqs_dist_cjs/* ChangeMessageVisibilityBatchCommand */.Zi({
                    QueueUrl: this.queueUrl,
                    Entries: batch.map((ReceiptHandle, i) => ({ Id: String(i), ReceiptHandle, VisibilityTimeout: 0 })),
                }));
                failed += answer.Failed?.length ?? 0;
            }
            catch {
                // They come back by themselves at the deadline.
                failed += batch.length;
            }
        }
        return { released: entries.length - failed, failed };
    }
}
/**
 * Whether a message_id is a leftover of an earlier attempt of this workflow run: ids are
 * `<runId>-<attempt>-<index>-<8 hex>` (messageIdFor). An earlier attempt has ended before a re-run starts, so its
 * messages are this action's and nobody waits for them; the same attempt is not matched (a parallel job of the same
 * run shares it).
 */
function leftoverOfEarlierAttempt(run) {
    return (messageId) => {
        const match = /^(\d+)-(\d+)-\d+-[0-9a-f]{8}$/.exec(messageId);
        return match !== null && Number(match[1]) === run.runId && Number(match[2]) < run.runAttempt;
    };
}
/**
 * Receives until every expected message has arrived or the deadline passes (WaitTimeoutError saying how many
 * came). Ours are deleted in one DeleteMessageBatch per receive (a duplicate delivery too, counted once); leftovers
 * of an earlier attempt of this run are deleted; every other message is set aside in `foreign` (released by the
 * caller at its end; without `foreign`, before this returns). Receives follow each other at once while messages
 * come, so a queue full of others' messages is worked through before the next pause.
 */
async function receiveExpected(sqs, queueUrl, expected, limits) {
    const now = limits.now ?? Date.now;
    const wanted = new Map(expected.map((m) => [m.message_id, m]));
    const result = { received: [], mismatches: [], setAside: 0, cleaned: 0, polls: 0 };
    const seen = new Set();
    const foreign = limits.foreign ?? new ForeignMessages(sqs, queueUrl, limits);
    const receiveOnce = async () => {
        // Long poll, but never past the deadline.
        const waitSeconds = Math.max(0, Math.min(MAX_WAIT_SECONDS, Math.floor((limits.deadline - now()) / 1000)));
        const answer = await sqs.send(new client_sqs_dist_cjs/* ReceiveMessageCommand */.ON({
            QueueUrl: queueUrl,
            MaxNumberOfMessages: 10,
            WaitTimeSeconds: waitSeconds,
            MessageAttributeNames: ['All'],
        }), { abortSignal: limits.signal });
        result.polls += 1;
        const ours = [];
        const leftovers = [];
        const others = [];
        for (const message of answer.Messages ?? []) {
            const id = attribute(message, 'message_id');
            if (id !== undefined && wanted.has(id))
                ours.push(message);
            else if (id !== undefined && limits.isLeftover?.(id))
                leftovers.push(message);
            else
                others.push(message);
        }
        for (const message of ours) {
            const id = attribute(message, 'message_id');
            if (seen.has(id))
                continue;
            seen.add(id);
            const want = wanted.get(id);
            const got = { message_id: id, user: attribute(message, 'user'), body: message.Body };
            result.received.push(got);
            if (got.body !== want.message || got.user !== want.user_name) {
                result.mismatches.push(`${id}: expected user '${want.user_name}' body '${want.message}', got user '${got.user ?? '(none)'}' body '${got.body ?? '(none)'}'`);
            }
        }
        const toDelete = [...ours, ...leftovers];
        await Promise.all([
            toDelete.length > 0 &&
                sqs
                    .send(new client_sqs_dist_cjs/* DeleteMessageBatchCommand */.QB({
                    QueueUrl: queueUrl,
                    Entries: toDelete.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle })),
                }))
                    .then((deleted) => batchFailures('DeleteMessageBatch', deleted.Failed)),
            others.length > 0 &&
                foreign.setAside(others).then((fresh) => {
                    result.setAside += fresh;
                }),
        ]);
        result.cleaned += leftovers.length;
        return answer.Messages?.length ?? 0;
    };
    try {
        await (0,wait.waitFor)(async () => {
            // Drain: receive again at once while messages keep coming (others' are set aside, so each comes once).
            let came = 0;
            for (let got = await receiveOnce(); got > 0; got = await receiveOnce()) {
                came += got;
                if (seen.size >= wanted.size || now() >= limits.deadline)
                    break;
            }
            if (seen.size >= wanted.size)
                return { done: true, value: undefined };
            await limits.whileWaiting?.();
            // Messages came: the queue is moving, receive again at once; an empty long poll is the idle case.
            return { done: false, seen: `${seen.size}/${wanted.size} of this run's messages received`, progressed: came > 0 };
        }, {
            ...limits,
            what: `${wanted.size} message(s) of this run on ${queueUrl}`,
            // Long polling does the waiting; the short pause only spares an endpoint that answers empty polls at once.
            initialDelayMs: 100,
            maxDelayMs: 1000,
            progressDelayMs: 0,
        });
    }
    finally {
        if (!limits.foreign)
            await foreign.release();
    }
    return result;
}

;// CONCATENATED MODULE: ./src/aws/leftovers.ts
// What an earlier attempt of this workflow run left in the message table: its items that were never sent (a
// cancelled or failed demo). The demo's runs are scoped to their own attempt's ids, so nothing would ever process
// these; they are this action's own data and nobody waits for them, so a re-run deletes them. Only a re-run looks
// (attempt > 1), and only at ids of this run: others' items are never read back or written.


/** BatchWriteItem takes 25 requests; unprocessed ones are sent again this many times at most. */
const WRITE_BATCH = 25;
const MAX_BATCH_ATTEMPTS = 8;
/** This run's earlier attempts' unsent items in the table (one Scan, filtered on this run's id prefix). */
async function findEarlierAttemptItems(docs, tableName, run) {
    if (run.runAttempt <= 1)
        return [];
    const isLeftover = leftoverOfEarlierAttempt(run);
    const found = [];
    const pages = (0,dist_cjs/* paginateScan */.TB)({ client: docs }, {
        TableName: tableName,
        FilterExpression: '#sent = :unsent AND begins_with(#id, :run)',
        ProjectionExpression: '#user, #id',
        ExpressionAttributeNames: { '#sent': 'sent', '#user': 'user_name', '#id': 'message_id' },
        ExpressionAttributeValues: { ':unsent': false, ':run': `${run.runId}-` },
    });
    for await (const page of pages) {
        for (const item of (page.Items ?? []))
            if (isLeftover(item.message_id))
                found.push({ user_name: item.user_name, message_id: item.message_id });
    }
    return found;
}
/** Deletes the keys with BatchWriteItem (25 a call), sending unprocessed ones again with back-off. */
async function deleteKeys(docs, tableName, keys, options) {
    for (let first = 0; first < keys.length; first += WRITE_BATCH) {
        let requests = keys.slice(first, first + WRITE_BATCH).map((Key) => ({ DeleteRequest: { Key: { ...Key } } }));
        for (let attempt = 0; requests.length > 0; attempt += 1) {
            if (attempt >= MAX_BATCH_ATTEMPTS)
                throw new Error(`DynamoDB left ${requests.length} leftover message(s) undeleted in ${tableName} after ${MAX_BATCH_ATTEMPTS} attempts`);
            if (attempt > 0)
                await options.sleep(Math.random() * Math.min(5000, 100 * 2 ** attempt), options.signal);
            const answer = await docs.send(new dist_cjs/* BatchWriteCommand */.Zp({ RequestItems: { [tableName]: requests } }));
            requests = (answer.UnprocessedItems?.[tableName] ?? []);
        }
    }
}
/** Deletes the unsent items earlier attempts of this run left in the table; returns their ids. */
async function cleanEarlierAttempts(docs, tableName, run, options) {
    const leftovers = await findEarlierAttemptItems(docs, tableName, run);
    await deleteKeys(docs, tableName, leftovers, options);
    return leftovers.map((key) => key.message_id);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/aws/messages.ts
// The message table, as this run sees it: put this run's messages, read them back, reset them. Other items are
// never read or written: every call names this run's keys (message ids unique to the run).


/** AWS limits: BatchWriteItem takes 25 requests, BatchGetItem 100 keys, TransactWriteItems 100 actions (4 MB in all). */
const messages_WRITE_BATCH = 25;
const READ_BATCH = 100;
const TRANSACT_BATCH = 100;
/** How many times unprocessed items are sent again before giving up (DynamoDB asks callers to back off and retry). */
const messages_MAX_BATCH_ATTEMPTS = 8;
/** UpdateItem calls in flight at once when resetting one by one (endpoints without transactions). */
const RESET_CONCURRENCY = 10;
/** A message id unique to this workflow run and attempt: `<runId>-<attempt>-<index>-<random>`. */
function messageIdFor(run, index) {
    return `${run.runId}-${run.runAttempt}-${index}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
}
/**
 * The prefix every message_id of this workflow run's attempt starts with (messageIdFor): handed to the pump's runs as
 * their `scope`, so the demo's runs process only this attempt's messages and never another's unsent items.
 */
function messageScope(run) {
    return `${run.runId}-${run.runAttempt}-`;
}
function messages_chunks(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}
/** Full-jitter exponential back-off before retrying unprocessed items. */
function backOff(attempt, options) {
    return options.sleep(Math.random() * Math.min(5000, 100 * 2 ** attempt), options.signal);
}
/** The messages as items of this run (sent=false), ids numbered from `firstIndex`. */
function newMessages(run, messages, firstIndex = 0) {
    return messages.map((m, i) => ({
        user_name: m.user_name,
        message: m.message,
        message_id: messageIdFor(run, firstIndex + i),
        sent: false,
    }));
}
/**
 * Writes the items, 100 per TransactWriteItems call (a quarter of the calls BatchWriteItem's 25 would take), within
 * the transaction's 4 MB; where the endpoint has no transactions, with BatchWriteItem. Items are new (ids unique to
 * the run), so a transaction cancelled by a conflict or throttling is simply sent again after a back-off.
 */
async function putMessages(docs, tableName, items, options) {
    const transactions = bySize(items, TRANSACT_BATCH, TRANSACT_BYTES);
    for (let index = 0; index < transactions.length; index += 1) {
        const outcome = await putInTransaction(docs, tableName, transactions[index], options);
        if (outcome === 'unsupported')
            return putInBatches(docs, tableName, transactions.slice(index).flat(), options);
    }
}
/** DynamoDB's cap on a transaction's total size is 4 MB; items are measured generously to stay well inside it. */
const TRANSACT_BYTES = 3 * 1024 * 1024;
/** An item's size as DynamoDB counts it (attribute names and values in UTF-8), rounded up with room to spare. */
function itemBytes(item) {
    return Object.entries(item).reduce((sum, [name, value]) => sum + Buffer.byteLength(name) + Buffer.byteLength(String(value)) + 8, 100);
}
/** Consecutive groups of at most `count` items and `bytes` bytes (an item larger than `bytes` goes alone). */
function bySize(items, count, bytes) {
    const groups = [];
    let group = [];
    let size = 0;
    for (const item of items) {
        const itemSize = itemBytes(item);
        if (group.length > 0 && (group.length >= count || size + itemSize > bytes)) {
            groups.push(group);
            group = [];
            size = 0;
        }
        group.push(item);
        size += itemSize;
    }
    if (group.length > 0)
        groups.push(group);
    return groups;
}
async function putInTransaction(docs, tableName, items, options) {
    for (let attempt = 0;; attempt += 1) {
        try {
            await docs.send(new dist_cjs/* TransactWriteCommand */.D_({ TransactItems: items.map((item) => ({ Put: { TableName: tableName, Item: { ...item } } })) }));
            return 'done';
        }
        catch (err) {
            if (attempt === 0 && isUnsupported(err))
                return 'unsupported';
            if (errorName(err) !== 'TransactionCanceledException')
                throw err;
            if (attempt + 1 >= messages_MAX_BATCH_ATTEMPTS) {
                throw new Error(`DynamoDB did not write ${items.length} message(s) into ${tableName} after ${messages_MAX_BATCH_ATTEMPTS} attempts`, { cause: err });
            }
            // A conflict or throttling (the items are new: no condition can fail): wait a little before trying again.
            await backOff(attempt + 1, options);
        }
    }
}
/** Writes the items with BatchWriteItem (25 a call), sending unprocessed ones again with back-off. */
async function putInBatches(docs, tableName, items, options) {
    for (const batch of messages_chunks(items, messages_WRITE_BATCH)) {
        let requests = batch.map((item) => ({ PutRequest: { Item: { ...item } } }));
        for (let attempt = 0; requests.length > 0; attempt += 1) {
            if (attempt >= messages_MAX_BATCH_ATTEMPTS) {
                throw new Error(`DynamoDB left ${requests.length} message(s) unwritten in ${tableName} after ${messages_MAX_BATCH_ATTEMPTS} attempts`);
            }
            if (attempt > 0)
                await backOff(attempt, options);
            const answer = await docs.send(new dist_cjs/* BatchWriteCommand */.Zp({ RequestItems: { [tableName]: requests } }));
            requests = (answer.UnprocessedItems?.[tableName] ?? []);
        }
    }
}
/** This run's items as they are now (BatchGetItem, 100 keys a call); items that no longer exist are absent. */
async function readMessages(docs, tableName, keys, options) {
    const found = [];
    for (const batch of messages_chunks(keys, READ_BATCH)) {
        let wanted = batch.map((key) => ({ user_name: key.user_name, message_id: key.message_id }));
        for (let attempt = 0; wanted.length > 0; attempt += 1) {
            if (attempt >= messages_MAX_BATCH_ATTEMPTS) {
                throw new Error(`DynamoDB left ${wanted.length} message(s) unread in ${tableName} after ${messages_MAX_BATCH_ATTEMPTS} attempts`);
            }
            if (attempt > 0)
                await backOff(attempt, options);
            const answer = await docs.send(new dist_cjs/* BatchGetCommand */.Ov({
                RequestItems: {
                    [tableName]: {
                        Keys: wanted,
                        // Strongly consistent: the check must see the pump's latest write, not an older replica.
                        ConsistentRead: true,
                        ProjectionExpression: '#u, #m, #b, #s',
                        ExpressionAttributeNames: { '#u': 'user_name', '#m': 'message_id', '#b': 'message', '#s': 'sent' },
                    },
                },
            }));
            found.push(...(answer.Responses?.[tableName] ?? []));
            wanted = answer.UnprocessedKeys?.[tableName]?.Keys ?? [];
        }
    }
    return found;
}
const keyOf = (key) => `${key.user_name}\u0000${key.message_id}`;
/**
 * Follows which of this run's items the pump has marked sent, for as little reading as possible: a check reads only
 * items not yet seen sent, 100 keys per BatchGetItem, and goes on to the next 100 only while the batch it read came
 * back all sent. The pump marks items in its scan's order, not ours, so a batch that is not all sent yet says the
 * run is not done; every batch is read again only once each earlier one is complete. A check costs one read while
 * the pump is at work and ceil(n/100) reads in all at its end, never more than one read per 100 messages.
 */
class SentFlags {
    docs;
    tableName;
    options;
    /** Not yet seen sent, in the caller's order. */
    pending;
    total;
    constructor(docs, tableName, keys, options) {
        this.docs = docs;
        this.tableName = tableName;
        this.options = options;
        this.pending = [...keys];
        this.total = keys.length;
    }
    /** Items seen sent so far (once seen sent, an item is not read again). */
    get sent() {
        return this.total - this.pending.length;
    }
    get done() {
        return this.pending.length === 0;
    }
    /** One check; returns how many items were newly seen sent. */
    async check() {
        let turned = 0;
        while (this.pending.length > 0) {
            const batch = this.pending.slice(0, READ_BATCH);
            const stored = await readMessages(this.docs, this.tableName, batch, this.options);
            const sent = new Set(stored.filter((m) => m.sent === true).map((m) => keyOf(m)));
            const left = batch.filter((key) => !sent.has(keyOf(key)));
            this.pending.splice(0, batch.length, ...left);
            turned += batch.length - left.length;
            // Some of this batch still unsent: the run has not finished, the later batches can wait for the next check.
            if (left.length > 0)
                break;
        }
        return turned;
    }
}
/** Runs `work` over the items with at most `limit` in flight. */
async function inParallel(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
/** The update that marks one of this run's items not sent; the condition keeps a deleted item deleted. */
function unsentUpdate(tableName, key) {
    return {
        TableName: tableName,
        Key: { user_name: key.user_name, message_id: key.message_id },
        UpdateExpression: 'SET #s = :unsent',
        ConditionExpression: 'attribute_exists(#m)',
        ExpressionAttributeNames: { '#s': 'sent', '#m': 'message_id' },
        ExpressionAttributeValues: { ':unsent': false },
    };
}
const errorName = (err) => (err instanceof Error ? err.name : '');
/** Endpoints without TransactWriteItems (dynalite, so the local endpoint) answer with these. */
function isUnsupported(err) {
    return ['UnknownOperationException', 'NotImplementedException'].includes(errorName(err)) || /not (yet )?implemented/i.test(err?.message ?? '');
}
/**
 * Resets up to 100 items in one TransactWriteItems call. A transaction fails as a whole when one condition
 * fails, so items found gone are dropped and the rest sent again. Returns how many were reset, or 'unsupported'.
 */
async function resetInTransaction(docs, tableName, keys, options) {
    let pending = keys;
    for (let attempt = 0; pending.length > 0; attempt += 1) {
        if (attempt >= messages_MAX_BATCH_ATTEMPTS)
            throw new Error(`DynamoDB did not reset ${pending.length} message(s) in ${tableName} after ${messages_MAX_BATCH_ATTEMPTS} attempts`);
        try {
            await docs.send(new dist_cjs/* TransactWriteCommand */.D_({ TransactItems: pending.map((key) => ({ Update: unsentUpdate(tableName, key) })) }));
            return pending.length;
        }
        catch (err) {
            if (attempt === 0 && isUnsupported(err))
                return 'unsupported';
            if (errorName(err) !== 'TransactionCanceledException')
                throw err;
            const reasons = err.CancellationReasons ?? [];
            const gone = new Set(reasons.flatMap((reason, index) => (reason.Code === 'ConditionalCheckFailed' ? [index] : [])));
            if (gone.size > 0)
                pending = pending.filter((_, index) => !gone.has(index));
            // A conflict or throttling, not a missing item: wait a little before trying again.
            else
                await backOff(attempt + 1, options);
        }
    }
    return 0;
}
/** Resets items one UpdateItem at a time (bounded concurrency), skipping those gone. */
async function resetEach(docs, tableName, keys) {
    const outcomes = await inParallel(keys, RESET_CONCURRENCY, async (key) => {
        try {
            await docs.send(new dist_cjs/* UpdateCommand */.fR(unsentUpdate(tableName, key)));
            return true;
        }
        catch (err) {
            if (errorName(err) === 'ConditionalCheckFailedException')
                return false;
            throw err;
        }
    });
    return outcomes.filter(Boolean).length;
}
/**
 * Sets sent=false on this run's items, 100 per TransactWriteItems call (one UpdateItem each where the endpoint
 * has no transactions). Conditional, so a deleted item is not recreated. Returns how many were reset.
 */
async function resetMessages(docs, tableName, keys, options) {
    let reset = 0;
    for (let first = 0; first < keys.length; first += TRANSACT_BATCH) {
        const outcome = await resetInTransaction(docs, tableName, keys.slice(first, first + TRANSACT_BATCH), options);
        if (outcome === 'unsupported')
            return reset + (await resetEach(docs, tableName, keys.slice(first)));
        reset += outcome;
    }
    return reset;
}

// EXTERNAL MODULE: ./src/aws/stack.ts
var stack = __webpack_require__(74341);
// EXTERNAL MODULE: ./src/aws/state-machine.ts + 4 modules
var state_machine = __webpack_require__(81500);
// EXTERNAL MODULE: ./src/checks.ts
var checks = __webpack_require__(42122);
// EXTERNAL MODULE: ./src/definition/build.ts
var build = __webpack_require__(11397);
// EXTERNAL MODULE: ./src/definition/validate.ts
var validate = __webpack_require__(73787);
// EXTERNAL MODULE: ./src/inputs.ts + 1 modules
var inputs = __webpack_require__(29081);
;// CONCATENATED MODULE: ./src/operations/demo.ts
// demo: the reference's nine steps, every "show" turned into a named check. Touches only this run's data
// (message ids unique to the run), starts each run on the version of the definition it means, sets others'
// queue messages aside while it runs and hands them back at its end, and always stops the runs it started.











const CHECKS = {
    sent: 'messages marked sent',
    stopped: 'run stopped and none running',
    updated: 'definition updated with the SQS state',
    received: 'messages received from the queue',
    late: 'late message received',
    allStopped: 'runs stopped',
};
/**
 * How often a wait checks that the run it waits on is still RUNNING (DescribeExecution): a failed run is noticed
 * within a few seconds without a call after every poll.
 */
const RUN_STATUS_EVERY_MS = 3000;
/** The short name of a run, from its ARN (…:execution:machine:name). */
const runName = (executionArn) => executionArn.slice(executionArn.lastIndexOf(':') + 1);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
/** The version number of a version ARN (…:stateMachine:name:3). */
const versionLabel = (versionArn) => versionArn.slice(versionArn.lastIndexOf(':') + 1);
/**
 * Counts the AWS calls made through the clients while the demo runs (one per command; the SDK's own retries are
 * counted apart, by the clients' RetryLog), so the report can show what batching saves. Removed again at the end: the clients are shared.
 */
function countAwsCalls(clients) {
    const counts = { sfn: 0, dynamodb: 0, sqs: 0, cloudformation: 0 };
    const name = 'message-pump-demo-call-count';
    const options = { step: 'initialize', name };
    const counter = (service) => (next) => (args) => {
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
            for (const client of [clients.sfn, clients.dynamodb, clients.sqs, clients.cloudformation])
                client.middlewareStack.remove(name);
        },
    };
}
/** When the run ended although the pump never ends by itself: diagnose it, annotate it, fail the check. */
async function failIfRunEnded(sfn, executionArn) {
    const { status } = await (0,state_machine.describeExecution)(sfn, executionArn);
    if (status === 'SUCCEEDED') {
        throw new checks/* CheckFailure */.j(`run ${runName(executionArn)} ended SUCCEEDED, but the pump loops until it is stopped`);
    }
    if (!(0,state_machine.isUnexpectedEnd)(status))
        return status ?? 'UNKNOWN';
    const diagnosis = await (0,state_machine.diagnoseFailure)(sfn, executionArn);
    const explanation = (0,state_machine.describeFailure)(diagnosis);
    core.error(`Run ${runName(executionArn)} ended ${status}: ${explanation}`, {
        title: `Run failed in state ${diagnosis.state ?? '(unknown)'}`,
    });
    throw new checks/* CheckFailure */.j(`run ${runName(executionArn)} ended ${status}: ${explanation}`);
}
async function demo(ctx) {
    const { sfn, documents, sqs } = ctx.clients;
    const limits = { deadline: ctx.deadline, signal: ctx.signal, sleep: ctx.sleep, now: ctx.now };
    const batch = { sleep: ctx.sleep, signal: ctx.signal };
    // Shown in each stopped run's history, so whoever reads it finds the workflow run that stopped it.
    const stopCause = (why) => `Stopped by ${ctx.run.runUrl} (demo: ${why})`;
    const timings = {};
    const calls = countAwsCalls(ctx.clients);
    // The SDK's own retries while the demo runs (each also logged as a warning as it happens).
    const retriesBefore = ctx.clients.retries.total;
    const retries = () => ctx.clients.retries.total - retriesBefore;
    const started = [];
    /** Runs this demo started that DescribeExecution has shown out of RUNNING. */
    const over = new Set();
    let runsStopped = false;
    let stateMachineArn;
    /** The version the last run was started on. */
    let versionInUse;
    let definitionInUse;
    let foreign;
    const outputs = () => ({
        ...(stateMachineArn ? { 'state-machine-arn': stateMachineArn } : {}),
        ...(versionInUse ? { 'state-machine-version-arn': versionInUse } : {}),
        ...(started.length > 0 ? { 'execution-arn': started[started.length - 1] } : {}),
        'aws-calls': JSON.stringify({ ...calls.counts, total: Object.values(calls.counts).reduce((a, b) => a + b, 0), retries: retries() }),
    });
    const phase = async (name, work) => {
        const began = ctx.now();
        try {
            return await work();
        }
        finally {
            timings[name] = (ctx.now() - began) / 1000;
        }
    };
    try {
        const stackOutputs = await (0,stack/* readStackOutputs */.Fx)(ctx.clients.cloudformation, ctx.inputs.stackName);
        const table = stackOutputs.MessageTableName;
        const queueUrl = stackOutputs.SendQueueUrl;
        const plain = (0,build/* buildDefinition */._H)(stackOutputs, false);
        const withSqs = (0,build/* buildDefinition */._H)(stackOutputs, true);
        // 1. The machine, starting from the definition without the SQS state, so that every demo behaves the same; the
        // definition is published as a version and the first run starts on that version, whatever happens to the
        // machine meanwhile ("executions started immediately after UpdateStateMachine may use the previous definition").
        const first = await phase('prepare state machine', async () => {
            ctx.setActivity(`preparing state machine ${ctx.inputs.stateMachineName}`);
            const placed = await (0,state_machine.ensureDefinition)(sfn, { name: ctx.inputs.stateMachineName, definition: plain, roleArn: stackOutputs.StepRoleArn, run: ctx.run }, {
                ...limits,
                // A run of the old definition would send our messages to the queue before the check expects them.
                beforeUpdate: async (machine) => {
                    ctx.setActivity(`resetting state machine ${ctx.inputs.stateMachineName} to the definition without SQS`);
                    await (0,state_machine.stopRunningExecutions)(sfn, machine.stateMachineArn, { ...limits, cause: stopCause('resetting the definition') });
                },
            });
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
        if (cleaned.length > 0)
            core.info(`Deleted ${cleaned.length} unsent message(s) left in ${table} by an earlier attempt of this run: ${cleaned.join(', ')}`);
        // 2. This run's messages, not sent yet.
        const items = newMessages(ctx.run, ctx.inputs.messages);
        await phase('put messages', async () => {
            ctx.setActivity(`putting ${items.length} message(s) into ${table}`);
            await putMessages(documents, table, items, batch);
        });
        core.info(`Put ${items.length} message(s) into ${table}: ${items.map((m) => m.message_id).join(', ')}`);
        // 3. A run marks them sent.
        versionInUse = first.versionArn;
        const firstRun = await (0,state_machine.startExecution)(ctx, first.versionArn ?? machineArn, 'demo-dynamodb', runInput);
        started.push(firstRun);
        const sentOk = await ctx.checks.check(CHECKS.sent, () => phase('run marks messages sent', async () => {
            ctx.setActivity(`waiting for run ${runName(firstRun)} to mark ${items.length} message(s) sent`);
            const began = ctx.now();
            const flags = new SentFlags(documents, table, items, batch);
            const runStatus = (0,wait.atMostEvery)(RUN_STATUS_EVERY_MS, ctx.now, () => failIfRunEnded(sfn, firstRun), 'RUNNING');
            await (0,wait.waitFor)(async () => {
                const turned = await flags.check();
                if (flags.done)
                    return { done: true, value: undefined };
                const status = await runStatus();
                // Flags turning: the pump is in a pass, look again soon; between passes the wait backs off.
                return { done: false, seen: `${flags.sent}/${items.length} sent=true, run ${status}`, progressed: turned > 0 };
            }, { ...limits, what: `this run's ${items.length} message(s) to be marked sent`, initialDelayMs: 500, maxDelayMs: 2000, progressDelayMs: 500 });
            return `${items.length}/${items.length} messages sent=true after ${seconds(ctx.now() - began)} (run ${runName(firstRun)})`;
        }));
        if (!sentOk)
            return skipRest(CHECKS.sent);
        // 4. Stop it; no run may be left RUNNING before the definition changes.
        const stoppedOk = await ctx.checks.check(CHECKS.stopped, () => phase('stop first run', async () => {
            ctx.setActivity(`stopping run ${runName(firstRun)}`);
            // Waits until DescribeExecution shows the run out of RUNNING, not only until the list stops showing it.
            // The wait reads each run's status until it is out of RUNNING: its last reading of the first run is its status.
            let status;
            const stopped = await (0,state_machine.stopRunningExecutions)(sfn, machineArn, {
                ...limits,
                cause: stopCause('first run done'),
                known: [firstRun],
                onStatus: (arn, seen) => {
                    if (arn !== firstRun)
                        return;
                    status = seen;
                    if (seen !== 'RUNNING' && seen !== 'UNKNOWN')
                        over.add(arn);
                },
            });
            if (status === undefined || status === 'RUNNING')
                throw new checks/* CheckFailure */.j(`run ${runName(firstRun)} is still RUNNING after StopExecution`);
            const others = stopped.filter((arn) => arn !== firstRun).length;
            return `run ${runName(firstRun)} ${status}; no run RUNNING${others ? ` (also stopped ${others} other run(s))` : ''}`;
        }));
        if (!stoppedOk)
            return skipRest(CHECKS.stopped);
        // 5. The definition with the SQS state. (Not run through asl-validator: it is built here and unit-tested,
        // and the validator compiles its schemas on every call, over a second of CPU.)
        let second;
        const updatedOk = await ctx.checks.check(CHECKS.updated, () => phase('update definition', async () => {
            ctx.setActivity(`updating state machine ${ctx.inputs.stateMachineName} with the SQS state`);
            // Returns once the published version reads back with exactly this definition; the first run's version is
            // kept whatever the pruning.
            second = await (0,state_machine.ensureDefinition)(sfn, { name: ctx.inputs.stateMachineName, definition: withSqs, roleArn: stackOutputs.StepRoleArn, run: ctx.run }, { ...limits, protect: [first.versionArn] });
            definitionInUse = withSqs;
            const { added, removed } = (0,validate/* diffStates */.oD)(plain, withSqs);
            const version = second.versionArn ? `version ${versionLabel(second.versionArn)}` : 'definition';
            return `${version} read back with state '${build/* STATE_NAMES */.pk.send}'; added: ${added.join(', ') || 'none'}; removed: ${removed.join(', ') || 'none'}`;
        }));
        if (!updatedOk)
            return skipRest(CHECKS.updated);
        // 6. This run's messages back to not sent, so the next run sends them again (others' items untouched).
        const reset = await resetMessages(documents, table, items, batch);
        core.info(`Reset ${reset}/${items.length} message(s) to sent=false`);
        // 7. A new run sends them to the queue.
        versionInUse = second?.versionArn;
        const secondRun = await (0,state_machine.startExecution)(ctx, second?.versionArn ?? machineArn, 'demo-sqs', runInput);
        started.push(secondRun);
        // Others' messages on the queue are set aside (kept invisible) until the demo ends, so that each comes to this
        // demo at most once and none crowds out ours; leftovers of an earlier attempt of this run are deleted.
        foreign = new ForeignMessages(sqs, queueUrl, limits);
        const whileWaiting = (0,wait.atMostEvery)(RUN_STATUS_EVERY_MS, ctx.now, () => failIfRunEnded(sfn, secondRun), 'RUNNING');
        const receiving = { ...limits, foreign, isLeftover: leftoverOfEarlierAttempt(ctx.run), whileWaiting };
        const receivedOk = await ctx.checks.check(CHECKS.received, () => phase('run sends messages to the queue', async () => {
            ctx.setActivity(`receiving ${items.length} message(s) from ${queueUrl}`);
            const result = await receiveExpected(sqs, queueUrl, items, receiving);
            return describeReceived(result, items);
        }));
        if (!receivedOk)
            return skipRest(CHECKS.received);
        // 8. A late message goes out on the loop's next pass.
        const late = newMessages(ctx.run, [inputs/* DEFAULTS */.zY.lateMessage], items.length);
        await putMessages(documents, table, late, batch);
        core.info(`Put the late message ${late[0].message_id}`);
        const lateOk = await ctx.checks.check(CHECKS.late, () => phase('late message', async () => {
            ctx.setActivity(`receiving the late message from ${queueUrl}`);
            const began = ctx.now();
            const result = await receiveExpected(sqs, queueUrl, late, receiving);
            return `${describeReceived(result, late)} ${seconds(ctx.now() - began)} after it was put`;
        }));
        if (!lateOk)
            return skipRest(CHECKS.late);
        // 9. Stop the run.
        await ctx.checks.check(CHECKS.allStopped, () => phase('stop runs', async () => {
            ctx.setActivity('stopping the demo runs');
            // A run already seen stopped need not be read again; the listing would show it if it ran again.
            const known = started.filter((arn) => !over.has(arn));
            const stopped = await (0,state_machine.stopRunningExecutions)(sfn, machineArn, { ...limits, cause: stopCause('done'), known });
            runsStopped = true;
            return `stopped ${stopped.length} run(s); none RUNNING`;
        }));
        return finish();
    }
    finally {
        if (!runsStopped && started.length > 0) {
            // A failed check or an error: the runs this demo started must not loop on after it.
            const stopped = await (0,state_machine.stopExecutions)(sfn, started, stopCause('ended early'));
            if (stopped.length > 0)
                core.info(`Stopped ${stopped.map(runName).join(', ')}`);
        }
        if (foreign && foreign.received > 0) {
            // Handed back whatever happened: someone else may be waiting for them.
            const { released, failed } = await foreign.release();
            core.info(`Released ${released} message(s) of others set aside during the demo` +
                (failed > 0 ? `; ${failed} could not be released and become visible again by themselves at the deadline` : ''));
        }
        calls.stop();
        core.info(`AWS calls made by the demo: ${Object.entries(calls.counts).map(([s, n]) => `${s} ${n}`).join(', ')}; ${retries()} SDK retries`);
    }
    function finish() {
        return { outputs: outputs(), ...(definitionInUse ? { definition: definitionInUse } : {}), timings };
    }
    function skipRest(failed) {
        const rest = Object.values(CHECKS).filter((name) => !ctx.checks.list().some((c) => c.name === name));
        core.info(`'${failed}' failed: skipped the checks that depend on it (${rest.join(', ')})`);
        return finish();
    }
}
/** "3/3 received with matching user and message_id (2 polls)", and each message logged as the seed prints it. */
function describeReceived(result, expected) {
    for (const m of result.received)
        core.info(`received ${m.message_id} from ${m.user ?? '?'}: ${m.body ?? ''}`);
    if (result.mismatches.length > 0)
        throw new checks/* CheckFailure */.j(`received with different content: ${result.mismatches.join('; ')}`);
    const aside = result.setAside > 0 ? `; set aside ${result.setAside} message(s) of others until the demo ends` : '';
    const cleaned = result.cleaned > 0 ? `; deleted ${result.cleaned} left by an earlier attempt of this run` : '';
    return `${result.received.length}/${expected.length} received with matching body, user and message_id in ${result.polls} poll(s)${aside}${cleaned}`;
}


/***/ })

};
