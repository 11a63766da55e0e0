export const id = 56;
export const ids = [56,910];
export const modules = {

/***/ 97067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changeSetName: () => (/* binding */ changeSetName),
/* harmony export */   deploy: () => (/* binding */ deploy),
/* harmony export */   queueNameCooldownMs: () => (/* binding */ queueNameCooldownMs),
/* harmony export */   stackTags: () => (/* binding */ stackTags)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96421);
/* harmony import */ var _aws_stack__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74341);
/* harmony import */ var _aws_stack_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64737);
/* harmony import */ var _aws_stack_events__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(30919);
// deploy: create the stack, or bring an existing one to the template through a change set; outputs every stack output.





/** The tags of a new stack: its name, who made it, and the workflow run that made it (CloudFormation passes them on to the resources). */
function stackTags(stackName, run) {
    return [
        { Key: 'stack', Value: stackName },
        { ..._aws_stack__WEBPACK_IMPORTED_MODULE_2__/* .CREATED_BY_TAG */ .Aw },
        { Key: 'github:repository', Value: run.repository },
        { Key: 'github:run-url', Value: run.runUrl },
    ];
}
/** A change set name unique to this run and attempt ([A-Za-z][-A-Za-z0-9]*, at most 128 characters). */
function changeSetName(run, now) {
    return `gh-${run.runId}-${run.runAttempt}-deploy-${now.toString(36)}`;
}
/**
 * How long SQS keeps a deleted queue's name: 60 s on AWS. A local endpoint runs its clock LOCAL_ENDPOINT_TIME_SCALE
 * times as fast (the variable the action's own endpoint reads, and the one to set for an endpoint started with
 * --time-scale), so its cooldown is that much shorter; on AWS itself the variable is ignored.
 */
function queueNameCooldownMs(endpointUrl, env = process.env) {
    if (!endpointUrl)
        return _aws_stack__WEBPACK_IMPORTED_MODULE_2__/* .QUEUE_NAME_COOLDOWN_MS */ .H;
    const scale = Number(env.LOCAL_ENDPOINT_TIME_SCALE);
    return Number.isFinite(scale) && scale > 0 && scale <= 1 ? Math.ceil(_aws_stack__WEBPACK_IMPORTED_MODULE_2__/* .QUEUE_NAME_COOLDOWN_MS */ .H * scale) : _aws_stack__WEBPACK_IMPORTED_MODULE_2__/* .QUEUE_NAME_COOLDOWN_MS */ .H;
}
/**
 * A stack made by an older version of the action had no log group resource, so Lambda created
 * /aws/lambda/<function> itself on the first run; adding it to the stack then fails because it exists. Says how
 * to hand it over (the action has no CloudWatch Logs client to do it, and the logs are the user's to keep or not).
 */
function adviseOnExistingLogGroup(err) {
    for (const failure of err.failures) {
        if (failure.resourceType !== 'AWS::Logs::LogGroup' || !/already exists/i.test(failure.reason))
            continue;
        const name = /identifier '([^']+)'/.exec(failure.reason)?.[1] ?? `the log group of ${failure.logicalId}`;
        _actions_core__WEBPACK_IMPORTED_MODULE_1__.error(`${name} exists outside the stack (Lambda creates it on a function's first run). Delete it ` +
            `(aws logs delete-log-group --log-group-name ${name}), or import it into the stack, then run deploy again`, { title: 'Log group exists outside the stack' });
    }
}
const SAID = {
    created: 'created',
    recreated: 'deleted (it was rolled back) and created again',
    updated: 'updated',
    unchanged: 'unchanged (no changes)',
};
async function deploy(ctx) {
    const { stackName, templatePath, endpointUrl } = ctx.inputs;
    const started = ctx.now();
    const seconds = () => (ctx.now() - started) / 1000;
    try {
        // The body checked when the inputs were read; read here only when no check ran (a caller other than main).
        const templateBody = ctx.inputs.templateBody ?? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(templatePath, 'utf8'));
        const result = await (0,_aws_stack__WEBPACK_IMPORTED_MODULE_2__/* .deployStack */ .gE)(ctx.clients.cloudformation, {
            stackName,
            templateBody,
            tags: stackTags(stackName, ctx.run),
            changeSetName: changeSetName(ctx.run, ctx.now()),
            queueNameCooldownMs: queueNameCooldownMs(endpointUrl),
        }, (0,_aws_stack__WEBPACK_IMPORTED_MODULE_2__/* .stackOptionsOf */ .mL)(ctx));
        const status = result.stack.StackStatus ?? 'UNKNOWN';
        const took = seconds();
        ctx.checks.record({
            name: 'stack deployed',
            passed: true,
            seconds: took,
            detail: `${stackName} ${status}: ${SAID[result.action]} in ${took.toFixed(1)} s`,
        });
        const outputs = (0,_aws_stack__WEBPACK_IMPORTED_MODULE_2__/* .outputsOf */ .Yz)(result.stack);
        return {
            outputs: { ...outputs, 'stack-outputs': JSON.stringify(outputs) },
            timings: { 'stack deploy': took },
        };
    }
    catch (err) {
        // A cancelled run is reported by the signal handler, not as a failed check.
        if (err instanceof Error && err.name === 'AbortError')
            throw err;
        if (err instanceof _aws_stack_errors__WEBPACK_IMPORTED_MODULE_3__/* .StackFailedError */ .o5) {
            (0,_aws_stack_events__WEBPACK_IMPORTED_MODULE_4__/* .annotateFailures */ .o)(err.failures);
            adviseOnExistingLogGroup(err);
        }
        ctx.checks.record({
            name: 'stack deployed',
            passed: false,
            seconds: seconds(),
            detail: err instanceof Error ? err.message : String(err),
        });
        throw err;
    }
}


/***/ }),

/***/ 40910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WaitTimeoutError: () => (/* binding */ WaitTimeoutError),
/* harmony export */   atMostEvery: () => (/* binding */ atMostEvery),
/* harmony export */   sleep: () => (/* binding */ sleep),
/* harmony export */   waitFor: () => (/* binding */ waitFor)
/* harmony export */ });
// Waiting on a condition with a deadline, never a fixed sleep: poll again soon while the awaited thing is moving
// (messages arriving, events streaming, flags turning), and back off with full jitter only while nothing changes.
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
 * Calls `poll` until it reports done. After a poll that progressed it polls again after `progressDelayMs` and the
 * back-off starts over; after an idle poll it sleeps with full-jitter exponential back-off (initialDelayMs doubling
 * up to maxDelayMs). Never sleeps past the deadline; at the deadline throws WaitTimeoutError naming `what` and the
 * last state seen.
 */
async function waitFor(poll, options) {
    const now = options.now ?? Date.now;
    const doSleep = options.sleep ?? sleep;
    const started = now();
    const initial = options.initialDelayMs ?? 250;
    const max = Math.max(initial, options.maxDelayMs ?? 5000);
    const progressDelay = options.progressDelayMs ?? initial;
    let base = initial;
    let last;
    for (;;) {
        const result = await poll();
        if (result.done)
            return result.value;
        const progressed = result.progressed ?? (result.seen !== undefined && last !== undefined && result.seen !== last);
        last = result.seen ?? last;
        const remaining = options.deadline - now();
        if (remaining <= 0)
            throw new WaitTimeoutError(options.what, (now() - started) / 1000, last);
        if (progressed) {
            base = initial;
            if (progressDelay > 0)
                await doSleep(Math.min(remaining, progressDelay), options.signal);
            else
                options.signal?.throwIfAborted();
            continue;
        }
        const delay = Math.min(remaining, Math.max(50, Math.random() * base));
        await doSleep(delay, options.signal);
        base = Math.min(max, base * 2);
    }
}
/**
 * A check that costs an AWS call and rarely changes its answer (is the run still RUNNING?), run at most once every
 * `intervalMs`: the first time `intervalMs` after this is made (the caller knows the state at that moment, `initial`),
 * then never sooner than `intervalMs` after the last time. In between it answers what it last found.
 */
function atMostEvery(intervalMs, now, check, initial) {
    let last = initial;
    let ranAt = now();
    return async () => {
        if (now() - ranAt < intervalMs)
            return last;
        last = await check();
        ranAt = now();
        return last;
    };
}


/***/ })

};
