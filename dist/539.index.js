export const id = 539;
export const ids = [539];
export const modules = {

/***/ 18539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHECKS: () => (/* binding */ CHECKS),
  demo: () => (/* binding */ demo)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/lib-dynamodb/dist-cjs/index.js
var dist_cjs = __webpack_require__(58907);
;// CONCATENATED MODULE: ./src/aws/messages.ts
// The message table, as this run sees it: put this run's messages, read them back, reset them. Other items are
// never read or written: every call names this run's keys (message ids unique to the run).


/** AWS limits: BatchWriteItem takes 25 requests, BatchGetItem 100 keys, TransactWriteItems 100 actions. */
const WRITE_BATCH = 25;
const READ_BATCH = 100;
const TRANSACT_BATCH = 100;
/** How many times unprocessed items are sent again before giving up (DynamoDB asks callers to back off and retry). */
const MAX_BATCH_ATTEMPTS = 8;
/** UpdateItem calls in flight at once when resetting one by one (endpoints without transactions). */
const RESET_CONCURRENCY = 10;
/** A message id unique to this workflow run and attempt: `<runId>-<attempt>-<index>-<random>`. */
function messageIdFor(run, index) {
    return `${run.runId}-${run.runAttempt}-${index}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
}
function chunks(items, size) {
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
/** Writes the items with BatchWriteItem (25 a call), sending unprocessed ones again with back-off. */
async function putMessages(docs, tableName, items, options) {
    for (const batch of chunks(items, WRITE_BATCH)) {
        let requests = batch.map((item) => ({ PutRequest: { Item: { ...item } } }));
        for (let attempt = 0; requests.length > 0; attempt += 1) {
            if (attempt >= MAX_BATCH_ATTEMPTS) {
                throw new Error(`DynamoDB left ${requests.length} message(s) unwritten in ${tableName} after ${MAX_BATCH_ATTEMPTS} attempts`);
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
    for (const batch of chunks(keys, READ_BATCH)) {
        let wanted = batch.map((key) => ({ user_name: key.user_name, message_id: key.message_id }));
        for (let attempt = 0; wanted.length > 0; attempt += 1) {
            if (attempt >= MAX_BATCH_ATTEMPTS) {
                throw new Error(`DynamoDB left ${wanted.length} message(s) unread in ${tableName} after ${MAX_BATCH_ATTEMPTS} attempts`);
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
        if (attempt >= MAX_BATCH_ATTEMPTS)
            throw new Error(`DynamoDB did not reset ${pending.length} message(s) in ${tableName} after ${MAX_BATCH_ATTEMPTS} attempts`);
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sqs/dist-cjs/index.js
var client_sqs_dist_cjs = __webpack_require__(8868);
// EXTERNAL MODULE: ./src/wait.ts
var wait = __webpack_require__(40910);
;// CONCATENATED MODULE: ./src/aws/queue.ts
// The send queue, as this run sees it: receive with long polling, keep and delete this run's messages, and hand
// every other message back to the queue at once (someone else may be waiting for it).


/** SQS's longest long poll. */
const MAX_WAIT_SECONDS = 20;
const attribute = (message, name) => message.MessageAttributes?.[name]?.StringValue;
function batchFailures(what, failed) {
    if (failed && failed.length > 0) {
        throw new Error(`${what} failed for ${failed.length} message(s): ${failed.map((f) => `${f.Code ?? '?'} ${f.Message ?? ''}`.trim()).join('; ')}`);
    }
}
/**
 * Receives until every expected message has arrived or the deadline passes (WaitTimeoutError saying how many
 * came). Ours are deleted in one DeleteMessageBatch per receive; others' are released at once with
 * ChangeMessageVisibilityBatch (VisibilityTimeout 0). A duplicate delivery of ours is deleted and not counted twice.
 */
async function receiveExpected(sqs, queueUrl, expected, limits) {
    const now = limits.now ?? Date.now;
    const wanted = new Map(expected.map((m) => [m.message_id, m]));
    const result = { received: [], mismatches: [], released: 0, polls: 0 };
    const seen = new Set();
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
        const others = [];
        for (const message of answer.Messages ?? []) {
            const id = attribute(message, 'message_id');
            (id !== undefined && wanted.has(id) ? ours : others).push(message);
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
        await Promise.all([
            ours.length > 0 &&
                sqs
                    .send(new client_sqs_dist_cjs/* DeleteMessageBatchCommand */.QB({
                    QueueUrl: queueUrl,
                    Entries: ours.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle })),
                }))
                    .then((deleted) => batchFailures('DeleteMessageBatch', deleted.Failed)),
            others.length > 0 &&
                sqs
                    .send(new client_sqs_dist_cjs/* ChangeMessageVisibilityBatchCommand */.Zi({
                    QueueUrl: queueUrl,
                    Entries: others.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle, VisibilityTimeout: 0 })),
                }))
                    .then((changed) => {
                    result.released += others.length - (changed.Failed?.length ?? 0);
                }),
        ]);
    };
    await (0,wait.waitFor)(async () => {
        await receiveOnce();
        if (seen.size >= wanted.size)
            return { done: true, value: undefined };
        await limits.whileWaiting?.();
        return { done: false, seen: `${seen.size}/${wanted.size} of this run's messages received` };
    }, {
        ...limits,
        what: `${wanted.size} message(s) of this run on ${queueUrl}`,
        // Long polling does the waiting; the short pause only spares an endpoint that answers empty polls at once.
        initialDelayMs: 100,
        maxDelayMs: 1000,
    });
    return result;
}

// EXTERNAL MODULE: ./src/aws/stack.ts
var stack = __webpack_require__(74341);
// EXTERNAL MODULE: ./src/aws/state-machine.ts + 1 modules
var state_machine = __webpack_require__(40692);
// EXTERNAL MODULE: ./src/checks.ts
var checks = __webpack_require__(42122);
// EXTERNAL MODULE: ./src/definition/build.ts
var build = __webpack_require__(11397);
// EXTERNAL MODULE: ./src/definition/validate.ts
var validate = __webpack_require__(73787);
// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __webpack_require__(38422);
;// CONCATENATED MODULE: ./src/operations/demo.ts
// demo: the reference's nine steps, every "show" turned into a named check. Touches only this run's data
// (message ids unique to the run) and always stops the runs it started.










const CHECKS = {
    sent: 'messages marked sent',
    stopped: 'run stopped and none running',
    updated: 'definition updated with the SQS state',
    received: 'messages received from the queue',
    late: 'late message received',
    allStopped: 'runs stopped',
};
/** The short name of a run, from its ARN (…:execution:machine:name). */
const runName = (executionArn) => executionArn.slice(executionArn.lastIndexOf(':') + 1);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
/**
 * Counts the AWS calls made through the clients while the demo runs (one per command; the SDK's own retries are
 * not counted), so the report can show what batching saves. Removed again at the end: the clients are shared.
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
    const started = [];
    let runsStopped = false;
    let stateMachineArn;
    let definitionInUse;
    const outputs = () => ({
        ...(stateMachineArn ? { 'state-machine-arn': stateMachineArn } : {}),
        ...(started.length > 0 ? { 'execution-arn': started[started.length - 1] } : {}),
        'aws-calls': JSON.stringify({ ...calls.counts, total: Object.values(calls.counts).reduce((a, b) => a + b, 0) }),
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
        // 1. The machine, starting from the definition without the SQS state, so that every demo behaves the same.
        const machineArn = await phase('prepare state machine', async () => {
            ctx.setActivity(`finding state machine ${ctx.inputs.stateMachineName}`);
            const found = await (0,state_machine.findStateMachine)(sfn, ctx.inputs.stateMachineName);
            if (!found) {
                ctx.setActivity(`creating state machine ${ctx.inputs.stateMachineName}`);
                const created = await (0,state_machine.createStateMachine)(sfn, {
                    name: ctx.inputs.stateMachineName,
                    definition: plain,
                    roleArn: stackOutputs.StepRoleArn,
                    run: ctx.run,
                });
                core.info(`Created state machine ${created}`);
                return created;
            }
            if (!(0,state_machine.sameDefinition)(await (0,state_machine.readDefinition)(sfn, found), plain)) {
                ctx.setActivity(`resetting state machine ${ctx.inputs.stateMachineName} to the definition without SQS`);
                // A run of the old definition would send our messages to the queue before the check expects them.
                await (0,state_machine.stopRunningExecutions)(sfn, found, { ...limits, cause: stopCause('resetting the definition') });
                await (0,state_machine.updateStateMachine)(sfn, found, plain, limits);
                core.info(`Reset ${found} to the definition without the SQS state`);
            }
            return found;
        });
        stateMachineArn = machineArn;
        definitionInUse = plain;
        // 2. This run's messages, not sent yet.
        const items = newMessages(ctx.run, ctx.inputs.messages);
        await phase('put messages', async () => {
            ctx.setActivity(`putting ${items.length} message(s) into ${table}`);
            await putMessages(documents, table, items, batch);
        });
        core.info(`Put ${items.length} message(s) into ${table}: ${items.map((m) => m.message_id).join(', ')}`);
        // 3. A run marks them sent.
        const firstRun = await (0,state_machine.startExecution)(ctx, machineArn, 'demo-dynamodb');
        started.push(firstRun);
        const sentOk = await ctx.checks.check(CHECKS.sent, () => phase('run marks messages sent', async () => {
            ctx.setActivity(`waiting for run ${runName(firstRun)} to mark ${items.length} message(s) sent`);
            const began = ctx.now();
            await (0,wait.waitFor)(async () => {
                const stored = await readMessages(documents, table, items, batch);
                const sent = stored.filter((m) => m.sent === true).length;
                if (sent === items.length)
                    return { done: true, value: undefined };
                const status = await failIfRunEnded(sfn, firstRun);
                return { done: false, seen: `${sent}/${items.length} sent=true, run ${status}` };
            }, { ...limits, what: `this run's ${items.length} message(s) to be marked sent`, maxDelayMs: 2000 });
            return `${items.length}/${items.length} messages sent=true after ${seconds(ctx.now() - began)} (run ${runName(firstRun)})`;
        }));
        if (!sentOk)
            return skipRest(CHECKS.sent);
        // 4. Stop it; no run may be left RUNNING before the definition changes.
        const stoppedOk = await ctx.checks.check(CHECKS.stopped, () => phase('stop first run', async () => {
            ctx.setActivity(`stopping run ${runName(firstRun)}`);
            const stopped = await (0,state_machine.stopRunningExecutions)(sfn, machineArn, { ...limits, cause: stopCause('first run done') });
            const { status } = await (0,state_machine.describeExecution)(sfn, firstRun);
            if (status === 'RUNNING')
                throw new checks/* CheckFailure */.j(`run ${runName(firstRun)} is still RUNNING after StopExecution`);
            const others = stopped.filter((arn) => arn !== firstRun).length;
            return `run ${runName(firstRun)} ${status}; no run RUNNING${others ? ` (also stopped ${others} other run(s))` : ''}`;
        }));
        if (!stoppedOk)
            return skipRest(CHECKS.stopped);
        // 5. The definition with the SQS state. (Not run through asl-validator: it is built here and unit-tested,
        // and the validator compiles its schemas on every call, over a second of CPU.)
        const updatedOk = await ctx.checks.check(CHECKS.updated, () => phase('update definition', async () => {
            ctx.setActivity(`updating state machine ${ctx.inputs.stateMachineName} with the SQS state`);
            // updateStateMachine returns once DescribeStateMachine gives back exactly this definition.
            await (0,state_machine.updateStateMachine)(sfn, machineArn, withSqs, limits);
            definitionInUse = withSqs;
            const { added, removed } = (0,validate/* diffStates */.oD)(plain, withSqs);
            return `definition read back with state '${build/* STATE_NAMES */.pk.send}'; added: ${added.join(', ') || 'none'}; removed: ${removed.join(', ') || 'none'}`;
        }));
        if (!updatedOk)
            return skipRest(CHECKS.updated);
        // 6. This run's messages back to not sent, so the next run sends them again (others' items untouched).
        const reset = await resetMessages(documents, table, items, batch);
        core.info(`Reset ${reset}/${items.length} message(s) to sent=false`);
        // 7. A new run sends them to the queue.
        const secondRun = await (0,state_machine.startExecution)(ctx, machineArn, 'demo-sqs');
        started.push(secondRun);
        const receivedOk = await ctx.checks.check(CHECKS.received, () => phase('run sends messages to the queue', async () => {
            ctx.setActivity(`receiving ${items.length} message(s) from ${queueUrl}`);
            const result = await receiveExpected(sqs, queueUrl, items, { ...limits, whileWaiting: () => failIfRunEnded(sfn, secondRun) });
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
            const result = await receiveExpected(sqs, queueUrl, late, { ...limits, whileWaiting: () => failIfRunEnded(sfn, secondRun) });
            return `${describeReceived(result, late)} ${seconds(ctx.now() - began)} after it was put`;
        }));
        if (!lateOk)
            return skipRest(CHECKS.late);
        // 9. Stop the run.
        await ctx.checks.check(CHECKS.allStopped, () => phase('stop runs', async () => {
            ctx.setActivity('stopping the demo runs');
            const stopped = await (0,state_machine.stopRunningExecutions)(sfn, machineArn, { ...limits, cause: stopCause('done') });
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
        calls.stop();
        core.info(`AWS calls made by the demo: ${Object.entries(calls.counts).map(([s, n]) => `${s} ${n}`).join(', ')}`);
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
    const released = result.released > 0 ? `; released ${result.released} message(s) of others` : '';
    return `${result.received.length}/${expected.length} received with matching body, user and message_id in ${result.polls} poll(s)${released}`;
}


/***/ })

};
