export const id = 341;
export const ids = [341];
export const modules = {

/***/ 64737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ isStackMissing),
/* harmony export */   Kp: () => (/* binding */ StackNotUsableError),
/* harmony export */   cn: () => (/* binding */ ChangeSetFailedError),
/* harmony export */   "do": () => (/* binding */ TerminationProtectedError),
/* harmony export */   hu: () => (/* binding */ StackDeleteFailedError),
/* harmony export */   nT: () => (/* binding */ StackMissingError),
/* harmony export */   o5: () => (/* binding */ StackFailedError),
/* harmony export */   yZ: () => (/* binding */ isQueueNameCooldown)
/* harmony export */ });
/** CloudFormation answers a missing stack with a ValidationError ("Stack with id X does not exist"). */
function isStackMissing(err) {
    return err instanceof Error && err.name === 'ValidationError' && /does not exist/i.test(err.message);
}
/** The stack the operation needs has not been deployed. */
class StackMissingError extends Error {
    stackName;
    region;
    constructor(stackName, region) {
        super(`Stack '${stackName}' does not exist in ${region}: run the action with operation: deploy first`);
        this.stackName = stackName;
        this.region = region;
        this.name = 'StackMissingError';
    }
}
/** The stack exists but is in a state whose outputs cannot be trusted, or that needs a person to act. */
class StackNotUsableError extends Error {
    stackName;
    status;
    statusReason;
    constructor(stackName, status, advice, statusReason) {
        super(`Stack '${stackName}' is in ${status}${statusReason ? ` (${statusReason})` : ''}: ${advice}`);
        this.stackName = stackName;
        this.status = status;
        this.statusReason = statusReason;
        this.name = 'StackNotUsableError';
    }
}
/** A create, update or delete that ended in a failure status; names the resources that failed and why. */
class StackFailedError extends Error {
    stackName;
    operation;
    status;
    failures;
    stackId;
    constructor(stackName, operation, status, failures, statusReason, 
    /** The failed stack's id, which still finds it (and its events) once a stack of the same name replaces it. */
    stackId) {
        super(`Stack '${stackName}' ${operation} failed with status ${status}: ${describeFailures(failures, statusReason)}`);
        this.stackName = stackName;
        this.operation = operation;
        this.status = status;
        this.failures = failures;
        this.stackId = stackId;
        this.name = 'StackFailedError';
    }
}
function describeFailures(failures, statusReason) {
    const causes = failures.map((f) => `${f.logicalId} (${f.resourceType}${f.physicalId ? ` ${f.physicalId}` : ''}) ${f.status}: ${f.reason}`);
    return causes.length > 0 ? causes.join('; ') : (statusReason ?? 'no reason given');
}
/**
 * SQS refused the queue's name because a queue of that name was deleted less than 60 s before
 * (AWS.SimpleQueueService.QueueDeletedRecently: "You must wait 60 seconds after deleting a queue before you can
 * create another with the same name."), as CloudFormation reports it for the queue resource.
 */
function isQueueNameCooldown(err) {
    // Only when that is the whole story: a create that also failed for another reason would fail again.
    const causes = err.failures.filter((f) => f.resourceType !== 'AWS::CloudFormation::Stack');
    return causes.length > 0 && causes.every((f) => QUEUE_NAME_COOLDOWN.test(f.reason));
}
const QUEUE_NAME_COOLDOWN = /QueueDeletedRecently|wait 60 seconds after deleting a queue/i;
/**
 * A delete that ended DELETE_FAILED: the stack still exists and still holds the resources named here. Says what to
 * do: remove what keeps each one (its reason says what) and run destroy again, or, to give up on a resource,
 * delete the stack retaining it and remove it by hand.
 */
class StackDeleteFailedError extends StackFailedError {
    constructor(stackName, failures, statusReason) {
        super(stackName, 'delete', 'DELETE_FAILED', failures, statusReason);
        const retain = failures.map((f) => f.logicalId).join(' ');
        this.message +=
            `. The stack still exists with ${failures.length > 0 ? 'these resources' : 'its remaining resources'}: ` +
                'fix what each reason names (e.g. empty or release the resource) and run operation: destroy again' +
                (retain
                    ? `; or keep them out of the delete with: aws cloudformation delete-stack --stack-name ${stackName} --retain-resources ${retain}` +
                        ' (then delete those resources yourself)'
                    : '');
        this.name = 'StackDeleteFailedError';
    }
}
/** destroy refuses a stack with termination protection: CloudFormation would refuse the delete anyway, after the teardown began. */
class TerminationProtectedError extends Error {
    stackName;
    constructor(stackName) {
        super(`Stack '${stackName}' has termination protection enabled: nothing was deleted. If it is meant to go, turn the ` +
            `protection off first (aws cloudformation update-termination-protection --no-enable-termination-protection ` +
            `--stack-name ${stackName}), then run operation: destroy again`);
        this.stackName = stackName;
        this.name = 'TerminationProtectedError';
    }
}
/** A change set CloudFormation could not create for a reason other than "nothing to change". */
class ChangeSetFailedError extends Error {
    stackName;
    changeSetName;
    reason;
    constructor(stackName, changeSetName, reason) {
        super(`Change set '${changeSetName}' for stack '${stackName}' failed: ${reason}`);
        this.stackName = stackName;
        this.changeSetName = changeSetName;
        this.reason = reason;
        this.name = 'ChangeSetFailedError';
    }
}


/***/ }),

/***/ 30919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $R: () => (/* binding */ StackEventStream),
/* harmony export */   o: () => (/* binding */ annotateFailures)
/* harmony export */ });
/* unused harmony export formatEvent */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3805);
/* harmony import */ var _stack_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64737);
// A stack's events as a live progress log: each poll prints the events that arrived since the last one (oldest
// first, de-duplicated by EventId), and remembers the failures so they can be reported with their reasons.



/** DescribeStackEvents pages (newest first) read per poll at most: a busy stack cannot make one poll unbounded. */
const MAX_PAGES_PER_POLL = 5;
const STACK_TYPE = 'AWS::CloudFormation::Stack';
// Failures caused by another resource's failure: reported only when nothing better explains the outcome.
const CONSEQUENTIAL_REASON = /cancelled|canceled/i;
class StackEventStream {
    cfn;
    stack;
    print;
    seen = new Set();
    received = [];
    constructor(cfn, 
    /** The stack's name or id (an id still finds the events of a deleted stack). */
    stack, print = (line) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(line)) {
        this.cfn = cfn;
        this.stack = stack;
        this.print = print;
    }
    /**
     * Marks the events that already exist as seen, so only events of the operation about to begin are shown.
     * Using the event ids rather than a timestamp keeps this right even when the runner's clock is off.
     */
    async begin() {
        for (const event of await this.fetchUnseen())
            if (event.EventId)
                this.seen.add(event.EventId);
    }
    /** Fetches the events that arrived since the last poll, prints them oldest first and returns them. */
    async poll() {
        const fresh = (await this.fetchUnseen()).reverse();
        for (const event of fresh) {
            if (event.EventId)
                this.seen.add(event.EventId);
            this.received.push(event);
            this.print(formatEvent(event));
        }
        return fresh;
    }
    /** The events received so far by poll(), oldest first. */
    get events() {
        return this.received;
    }
    /**
     * The resources that failed during this operation, first failure first, one entry per resource. Cancellations
     * (a resource stopped because another failed) and the stack's own summary are left out when a root cause is known.
     */
    failures() {
        const failed = new Map();
        for (const event of this.received) {
            const status = event.ResourceStatus ?? '';
            const logicalId = event.LogicalResourceId ?? '?';
            if (!status.endsWith('_FAILED') || !event.ResourceStatusReason || failed.has(logicalId))
                continue;
            failed.set(logicalId, {
                logicalId,
                resourceType: event.ResourceType ?? '',
                status,
                reason: event.ResourceStatusReason,
                // Only a resource that failed to go still exists under its id; a failed create's id names nothing.
                ...(status === 'DELETE_FAILED' && event.PhysicalResourceId ? { physicalId: event.PhysicalResourceId } : {}),
            });
        }
        const all = [...failed.values()];
        const causes = all.filter((f) => f.resourceType !== STACK_TYPE && !CONSEQUENTIAL_REASON.test(f.reason));
        if (causes.length > 0)
            return causes;
        const resources = all.filter((f) => f.resourceType !== STACK_TYPE);
        return resources.length > 0 ? resources : all;
    }
    /** Newest first, stopping at the first event already seen; a stack that does not exist (yet) has none. */
    async fetchUnseen() {
        const unseen = [];
        let pages = 0;
        try {
            for await (const page of (0,_aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_2__/* .paginateDescribeStackEvents */ .A_l)({ client: this.cfn }, { StackName: this.stack })) {
                for (const event of page.StackEvents ?? []) {
                    if (event.EventId && this.seen.has(event.EventId))
                        return unseen;
                    unseen.push(event);
                }
                if (++pages >= MAX_PAGES_PER_POLL)
                    break;
            }
        }
        catch (err) {
            if (!(0,_stack_errors__WEBPACK_IMPORTED_MODULE_1__/* .isStackMissing */ .$t)(err))
                throw err;
        }
        return unseen;
    }
}
/** One log line per event: time, status, type, logical id and the reason when there is one. */
function formatEvent(event) {
    const time = event.Timestamp ? event.Timestamp.toISOString().slice(11, 19) : '--:--:--';
    const parts = [
        time,
        (event.ResourceStatus ?? '').padEnd(28),
        (event.ResourceType ?? '').padEnd(28),
        event.LogicalResourceId ?? '',
    ];
    if (event.ResourceStatusReason)
        parts.push(`- ${event.ResourceStatusReason}`);
    return parts.join(' ').trimEnd();
}
/** Each failed resource becomes an error annotation titled with its logical id and status. */
function annotateFailures(failures) {
    for (const failure of failures) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.error(failure.reason, { title: `${failure.logicalId} ${failure.status}` });
    }
}


/***/ }),

/***/ 74341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* binding */ CREATED_BY_TAG),
/* harmony export */   Fx: () => (/* binding */ readStackOutputs),
/* harmony export */   GO: () => (/* binding */ describeStack),
/* harmony export */   H: () => (/* binding */ QUEUE_NAME_COOLDOWN_MS),
/* harmony export */   Y8: () => (/* binding */ createdInThisStep),
/* harmony export */   Yz: () => (/* binding */ outputsOf),
/* harmony export */   gE: () => (/* binding */ deployStack),
/* harmony export */   mL: () => (/* binding */ stackOptionsOf),
/* harmony export */   wm: () => (/* binding */ deleteStack)
/* harmony export */ });
/* unused harmony exports isInProgress, requestTokenPrefix */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3805);
/* harmony import */ var _wait__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40910);
/* harmony import */ var _stack_events__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30919);
/* harmony import */ var _stack_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64737);
// The CloudFormation stack: create it, update it through a change set, recover it from ROLLBACK_COMPLETE, delete it,
// read its outputs. Every wait polls DescribeStacks through waitFor (deadline, cancellation, injectable sleep)
// and prints the stack's events as they arrive, so the log shows progress and a failure shows its cause.






/** The tag that marks a stack as made by this action; destroy refuses stacks without it unless forced. */
const CREATED_BY_TAG = { Key: 'created-by', Value: 'stepfunctions-message-pump-action' };
/** The stack's roles have names, so CloudFormation must be told that it may create named IAM resources. */
const CAPABILITIES = ['CAPABILITY_NAMED_IAM'];
/** CloudFormation's limit for a template passed inline (TemplateBody); larger ones must come from S3. */
const MAX_TEMPLATE_BODY_BYTES = 51_200;
/**
 * SQS: "You must wait 60 seconds after deleting a queue before you can create another with the same name."
 * (Amazon SQS API Reference, CreateQueue.) Re-creating a stack soon after deleting it meets this.
 */
const QUEUE_NAME_COOLDOWN_MS = 60_000;
/** Creates of one deploy that may fail on the queue-name cooldown before deploy gives up. */
const MAX_CREATE_ATTEMPTS = 3;
/** States whose resources and outputs are complete: the stack can be used and updated. */
const USABLE = new Set([
    'CREATE_COMPLETE',
    'UPDATE_COMPLETE',
    'UPDATE_ROLLBACK_COMPLETE',
    'IMPORT_COMPLETE',
    'IMPORT_ROLLBACK_COMPLETE',
    // Only old resources are being removed: the outputs are already the new ones.
    'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS',
    'UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS',
]);
/**
 * States that hold nothing worth keeping and can only be deleted: a first create that rolled back, and a stack
 * that a CREATE change set left empty.
 */
const RECREATE = new Set(['ROLLBACK_COMPLETE', 'REVIEW_IN_PROGRESS']);
/** A no-op change set fails with one of these reasons (the wording differs between change sets and UpdateStack). */
const NO_CHANGES = /didn't contain changes|No updates are to be performed/i;
/** Whether CloudFormation is still working on the stack (REVIEW_IN_PROGRESS waits for a person, not for AWS). */
function isInProgress(status) {
    return !!status && status.endsWith('_IN_PROGRESS') && status !== 'REVIEW_IN_PROGRESS';
}
/** The start of a step's ClientRequestTokens ([A-Za-z][-A-Za-z0-9]*): unique to the workflow run, attempt and step. */
function requestTokenPrefix(run, now) {
    return `gh-${run.runId}-${run.runAttempt}-${now.toString(36)}`;
}
/** A step's options for its stack calls: its deadline, signal and clock, its activity, request tokens and service role. */
function stackOptionsOf(ctx) {
    const { roleArn } = ctx.inputs;
    return {
        deadline: ctx.deadline,
        signal: ctx.signal,
        sleep: ctx.sleep,
        now: ctx.now,
        setActivity: (activity) => ctx.setActivity(activity),
        tokenPrefix: requestTokenPrefix(ctx.run, ctx.now()),
        ...(roleArn ? { roleArn } : {}),
    };
}
let tokensIssued = 0;
/** A ClientRequestToken unique to one call of this step; undefined when the caller gave no prefix. */
function requestToken(options, call) {
    if (!options.tokenPrefix)
        return undefined;
    tokensIssued += 1;
    return `${options.tokenPrefix}-${call}-${tokensIssued}`.slice(0, 128);
}
/**
 * The stacks this step created (by stack id). A step is one process, so this is exactly "created in this step":
 * lifecycle's teardown deletes only a stack found here (see createdInThisStep).
 */
const createdStackIds = new Set();
/** Whether this step created the stack (by its id: a stack of the same name made earlier is another stack). */
function createdInThisStep(stack) {
    return !!stack.StackId && createdStackIds.has(stack.StackId);
}
/** The stack, or undefined when it does not exist (by name: deleted stacks are not found; by id they are). */
async function describeStack(cfn, stack) {
    try {
        const { Stacks } = await cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_4__.DescribeStacksCommand({ StackName: stack }));
        return Stacks?.[0];
    }
    catch (err) {
        if ((0,_stack_errors__WEBPACK_IMPORTED_MODULE_3__/* .isStackMissing */ .$t)(err))
            return undefined;
        throw err;
    }
}
/** The stack's outputs as OutputKey -> OutputValue. */
function outputsOf(stack) {
    const outputs = {};
    for (const output of stack.Outputs ?? []) {
        if (output.OutputKey)
            outputs[output.OutputKey] = output.OutputValue ?? '';
    }
    return outputs;
}
/**
 * The outputs of a deployed stack. Throws StackMissingError when there is no such stack, and StackNotUsableError
 * naming the status when the stack is being changed or did not reach a complete state.
 */
async function readStackOutputs(cfn, stackName) {
    const stack = await describeStack(cfn, stackName);
    if (!stack)
        throw new _stack_errors__WEBPACK_IMPORTED_MODULE_3__/* .StackMissingError */ .nT(stackName, await regionOf(cfn));
    const status = stack.StackStatus ?? 'UNKNOWN';
    if (!USABLE.has(status)) {
        throw new _stack_errors__WEBPACK_IMPORTED_MODULE_3__/* .StackNotUsableError */ .Kp(stackName, status, isInProgress(status)
            ? 'wait until CloudFormation has finished, then run again'
            : 'run the action with operation: deploy to repair it', stack.StackStatusReason);
    }
    return outputsOf(stack);
}
/**
 * Brings the stack to the template: waits out an operation in progress, deletes and re-creates a stack that can
 * only be deleted, creates a missing stack, and updates an existing one through a change set (an empty change set
 * is a success with nothing done). Throws StackFailedError naming the failed resources, WaitTimeoutError naming
 * what it waited for, StackNotUsableError for a stack that needs a person.
 */
async function deployStack(cfn, request, options) {
    const { stackName } = request;
    const size = Buffer.byteLength(request.templateBody);
    if (size > MAX_TEMPLATE_BODY_BYTES) {
        throw new Error(`Template for stack '${stackName}' is ${size} bytes; CloudFormation takes at most ${MAX_TEMPLATE_BODY_BYTES} inline`);
    }
    let stack = await describeStack(cfn, stackName);
    if (stack && isInProgress(stack.StackStatus)) {
        stack = await waitForOtherOperation(cfn, stack, options);
        // That operation may have been a delete.
        if (stack?.StackStatus === 'DELETE_COMPLETE')
            stack = undefined;
    }
    let recreated = false;
    if (stack && RECREATE.has(stack.StackStatus ?? '')) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`Stack '${stackName}' is in ${stack.StackStatus}${stack.StackStatusReason ? ` (${stack.StackStatusReason})` : ''}: ` +
            'it can only be deleted, so it is deleted and created again', { title: `Re-creating stack ${stackName}` });
        await deleteStack(cfn, stack, options);
        stack = undefined;
        recreated = true;
    }
    if (!stack) {
        const created = await createStackAfterCooldown(cfn, request, options);
        return { action: recreated ? 'recreated' : 'created', stack: created, changes: [] };
    }
    const status = stack.StackStatus ?? 'UNKNOWN';
    if (!USABLE.has(status)) {
        throw new _stack_errors__WEBPACK_IMPORTED_MODULE_3__/* .StackNotUsableError */ .Kp(stackName, status, 'CloudFormation cannot update it from here; fix or delete it (operation: destroy), then deploy again', stack.StackStatusReason);
    }
    return updateStack(cfn, stack, request, options);
}
/**
 * Creates the stack; when the create fails only because a queue of the same name was deleted less than 60 s ago
 * (a stack deleted just before: destroy then deploy, ROLLBACK_COMPLETE recovery, lifecycle twice), deletes the
 * rolled-back stack, waits until the cooldown has passed (within the deadline) and creates it again.
 */
async function createStackAfterCooldown(cfn, request, options) {
    const { stackName } = request;
    const now = options.now ?? Date.now;
    const cooldownMs = request.queueNameCooldownMs ?? QUEUE_NAME_COOLDOWN_MS;
    for (let attempt = 1;; attempt += 1) {
        try {
            return await createStack(cfn, request, options);
        }
        catch (err) {
            if (!(err instanceof _stack_errors__WEBPACK_IMPORTED_MODULE_3__/* .StackFailedError */ .o5) || !(0,_stack_errors__WEBPACK_IMPORTED_MODULE_3__/* .isQueueNameCooldown */ .yZ)(err) || attempt >= MAX_CREATE_ATTEMPTS)
                throw err;
            // The queue was deleted before this failure was seen, so its cooldown ends at most cooldownMs from now.
            const until = now() + cooldownMs;
            const seconds = Math.round(cooldownMs / 1000);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`Stack '${stackName}' could not be created: SQS refuses a queue name for ${seconds} s after a queue of that name ` +
                'is deleted, and this one was deleted moments ago. Deleting the rolled-back stack, then creating it again once that time has passed', { title: `Waiting out SQS's queue-name cooldown for ${stackName}` });
            const rolledBack = await describeStack(cfn, err.stackId ?? stackName);
            if (rolledBack && rolledBack.StackStatus !== 'DELETE_COMPLETE')
                await deleteStack(cfn, rolledBack, options);
            if (until > options.deadline) {
                throw new Error(`Stack '${stackName}' must wait until SQS's ${seconds} s queue-name cooldown has passed, which is after the ` +
                    `step's deadline: run deploy again in a minute, or raise timeout-seconds`, { cause: err });
            }
            const what = `SQS's ${seconds} s queue-name cooldown to pass before creating stack '${stackName}' again`;
            options.setActivity?.(`waiting for ${what}`);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`Waiting for ${what} (until ${new Date(until).toISOString()})`);
            await (0,_wait__WEBPACK_IMPORTED_MODULE_1__.waitFor)(async () => (now() >= until ? { done: true, value: undefined } : { done: false, seen: `${Math.ceil((until - now()) / 1000)} s left`, progressed: false }), { what, ...waitTiming(options), initialDelayMs: Math.min(1000, cooldownMs), maxDelayMs: Math.max(50, Math.min(10_000, cooldownMs)) });
        }
    }
}
async function createStack(cfn, request, options) {
    const { stackName } = request;
    options.setActivity?.(`creating stack ${stackName}`);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`Creating stack '${stackName}'`);
    const token = requestToken(options, 'create');
    const { StackId } = await cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_4__/* .CreateStackCommand */ .O_S({
        StackName: stackName,
        TemplateBody: request.templateBody,
        Capabilities: CAPABILITIES,
        Tags: request.tags,
        ...(options.roleArn ? { RoleARN: options.roleArn } : {}),
        ...(token ? { ClientRequestToken: token } : {}),
    }));
    const stackId = StackId ?? stackName;
    // Recorded before the wait: a create that fails or times out still made a stack this step owns.
    if (StackId)
        createdStackIds.add(StackId);
    // A new stack has only this operation's events: no history to skip.
    const stream = new _stack_events__WEBPACK_IMPORTED_MODULE_2__/* .StackEventStream */ .$R(cfn, stackId);
    const stack = await waitUntilSettled(cfn, stackId, `stack '${stackName}' to reach CREATE_COMPLETE`, stream, options);
    return expectStatus(stack, stackName, 'create', 'CREATE_COMPLETE', stream, stackId);
}
async function updateStack(cfn, current, request, options) {
    const { stackName, changeSetName } = request;
    const stackId = current.StackId ?? stackName;
    options.setActivity?.(`creating change set ${changeSetName} for stack ${stackName}`);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`Stack '${stackName}' exists (${current.StackStatus}): computing the changes (change set '${changeSetName}')`);
    const token = requestToken(options, 'change-set');
    const { Id } = await cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_4__/* .CreateChangeSetCommand */ .YDU({
        StackName: stackId,
        ChangeSetName: changeSetName,
        ChangeSetType: 'UPDATE',
        TemplateBody: request.templateBody,
        Capabilities: CAPABILITIES,
        ...(options.roleArn ? { RoleARN: options.roleArn } : {}),
        ...(token ? { ClientToken: token } : {}),
    }));
    const changeSet = Id ?? changeSetName;
    const described = await (0,_wait__WEBPACK_IMPORTED_MODULE_1__.waitFor)(async () => {
        const result = await cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_4__/* .DescribeChangeSetCommand */ .TTT({ StackName: stackId, ChangeSetName: changeSet }));
        const done = result.Status === 'CREATE_COMPLETE' || result.Status === 'FAILED';
        return done ? { done: true, value: result } : { done: false, seen: result.Status };
    }, { what: `change set '${changeSetName}' of stack '${stackName}' to be created`, ...waitTiming(options) });
    if (described.Status === 'FAILED') {
        const reason = described.StatusReason ?? 'no reason given';
        await cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_4__/* .DeleteChangeSetCommand */ .$GE({ StackName: stackId, ChangeSetName: changeSet }));
        if (NO_CHANGES.test(reason)) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.notice(`Stack '${stackName}' already matches the template: no changes`, { title: 'Stack unchanged' });
            return { action: 'unchanged', stack: current, changes: [] };
        }
        throw new _stack_errors__WEBPACK_IMPORTED_MODULE_3__/* .ChangeSetFailedError */ .cn(stackName, changeSetName, reason);
    }
    const changes = await allChanges(cfn, stackId, changeSet, described);
    logChanges(changeSetName, changes);
    const stream = new _stack_events__WEBPACK_IMPORTED_MODULE_2__/* .StackEventStream */ .$R(cfn, stackId);
    await stream.begin();
    options.setActivity?.(`updating stack ${stackName} (change set ${changeSetName})`);
    const executeToken = requestToken(options, 'execute');
    await cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_4__/* .ExecuteChangeSetCommand */ .PB_({ StackName: stackId, ChangeSetName: changeSet, ...(executeToken ? { ClientRequestToken: executeToken } : {}) }));
    const stack = await waitUntilSettled(cfn, stackId, `stack '${stackName}' to reach UPDATE_COMPLETE`, stream, options);
    return { action: 'updated', stack: expectStatus(stack, stackName, 'update', 'UPDATE_COMPLETE', stream), changes };
}
/** The change set's changes, following DescribeChangeSet's pages. */
async function allChanges(cfn, stackId, changeSet, first) {
    const changes = [...(first.Changes ?? [])];
    for (let token = first.NextToken; token;) {
        const page = await cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_4__/* .DescribeChangeSetCommand */ .TTT({ StackName: stackId, ChangeSetName: changeSet, NextToken: token }));
        changes.push(...(page.Changes ?? []));
        token = page.NextToken;
    }
    return changes;
}
function logChanges(changeSetName, changes) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.startGroup(`Change set ${changeSetName}: ${changes.length} change(s)`);
    for (const { ResourceChange: change } of changes) {
        if (!change)
            continue;
        const replacement = change.Replacement ? ` (replacement: ${change.Replacement})` : '';
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`${change.Action ?? '?'} ${change.ResourceType ?? ''} ${change.LogicalResourceId ?? ''}${replacement}`);
    }
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.endGroup();
}
/**
 * Deletes the stack and waits for DELETE_COMPLETE, first waiting out any other operation in progress.
 * Throws StackFailedError (DELETE_FAILED) naming the resources that could not be deleted.
 */
async function deleteStack(cfn, stack, options) {
    const stackName = stack.StackName ?? stack.StackId ?? '?';
    const stackId = stack.StackId ?? stackName;
    let status = stack.StackStatus;
    if (isInProgress(status) && status !== 'DELETE_IN_PROGRESS') {
        status = (await waitForOtherOperation(cfn, stack, options))?.StackStatus;
        if (!status || status === 'DELETE_COMPLETE')
            return;
    }
    const stream = new _stack_events__WEBPACK_IMPORTED_MODULE_2__/* .StackEventStream */ .$R(cfn, stackId);
    await stream.begin();
    if (status !== 'DELETE_IN_PROGRESS') {
        options.setActivity?.(`deleting stack ${stackName}`);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`Deleting stack '${stackName}'`);
        const token = requestToken(options, 'delete');
        await cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_4__/* .DeleteStackCommand */ .fAr({
            StackName: stackId,
            ...(options.roleArn ? { RoleARN: options.roleArn } : {}),
            ...(token ? { ClientRequestToken: token } : {}),
        }));
    }
    const after = await waitUntilSettled(cfn, stackId, `stack '${stackName}' to reach DELETE_COMPLETE`, stream, options);
    if (after && after.StackStatus !== 'DELETE_COMPLETE') {
        if (after.StackStatus === 'DELETE_FAILED') {
            const failures = stream.failures().filter((f) => f.resourceType !== 'AWS::CloudFormation::Stack');
            throw new _stack_errors__WEBPACK_IMPORTED_MODULE_3__/* .StackDeleteFailedError */ .hu(stackName, failures.length > 0 ? failures : await resourcesNotDeleted(cfn, stackId), after.StackStatusReason);
        }
        throw failure(after, stackName, 'delete', stream.failures());
    }
}
/**
 * The resources a DELETE_FAILED stack still holds, with their reasons (DescribeStackResources), for when the
 * events read during the wait did not name them (e.g. the delete was started by another run).
 */
async function resourcesNotDeleted(cfn, stackId) {
    const { StackResources } = await cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_4__/* .DescribeStackResourcesCommand */ .OTB({ StackName: stackId }));
    return (StackResources ?? [])
        .filter((resource) => resource.ResourceStatus === 'DELETE_FAILED')
        .map((resource) => ({
        logicalId: resource.LogicalResourceId ?? '?',
        resourceType: resource.ResourceType ?? '',
        status: resource.ResourceStatus ?? 'DELETE_FAILED',
        reason: resource.ResourceStatusReason ?? 'no reason given',
        ...(resource.PhysicalResourceId ? { physicalId: resource.PhysicalResourceId } : {}),
    }));
}
/**
 * Polls DescribeStacks until CloudFormation has finished with the stack, printing the stream's new events meanwhile
 * inside a log group. Returns the stack as last described, or undefined when it no longer exists.
 */
async function waitUntilSettled(cfn, stackId, what, stream, options) {
    options.setActivity?.(`waiting for ${what}`);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.startGroup(`Stack events: waiting for ${what}`);
    try {
        return await (0,_wait__WEBPACK_IMPORTED_MODULE_1__.waitFor)(async () => {
            const stack = await describeStack(cfn, stackId);
            // Read the events after the status, so the events that explain a final status are always printed.
            const fresh = await stream.poll();
            if (!stack || !isInProgress(stack.StackStatus))
                return { done: true, value: stack };
            // While events stream in, CloudFormation is working through the resources: look again soon.
            return { done: false, seen: stack.StackStatus, ...(fresh.length > 0 ? { progressed: true } : {}) };
        }, { what, ...waitTiming(options) });
    }
    finally {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.endGroup();
    }
}
/** Waits for another operation on the stack to finish, showing only the events from now on. */
async function waitForOtherOperation(cfn, stack, options) {
    const stackName = stack.StackName ?? '?';
    const stackId = stack.StackId ?? stackName;
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`Stack '${stackName}' is in ${stack.StackStatus}: waiting for that to finish first`);
    const stream = new _stack_events__WEBPACK_IMPORTED_MODULE_2__/* .StackEventStream */ .$R(cfn, stackId);
    await stream.begin();
    return waitUntilSettled(cfn, stackId, `stack '${stackName}' to finish ${stack.StackStatus}`, stream, options);
}
function expectStatus(stack, stackName, operation, expected, stream, stackId) {
    if (stack?.StackStatus === expected)
        return stack;
    if (!stack)
        throw new _stack_errors__WEBPACK_IMPORTED_MODULE_3__/* .StackFailedError */ .o5(stackName, operation, 'DELETE_COMPLETE', stream.failures(), 'the stack was deleted', stackId);
    throw failure(stack, stackName, operation, stream.failures());
}
function failure(stack, stackName, operation, failures) {
    return new _stack_errors__WEBPACK_IMPORTED_MODULE_3__/* .StackFailedError */ .o5(stackName, operation, stack.StackStatus ?? 'UNKNOWN', failures, stack.StackStatusReason, stack.StackId);
}
/** waitFor's timing for stack polls: start quick (the local endpoint answers in milliseconds), back off to 10 s. */
function waitTiming(options) {
    return {
        deadline: options.deadline,
        signal: options.signal,
        sleep: options.sleep,
        now: options.now,
        initialDelayMs: 500,
        maxDelayMs: 10_000,
    };
}
async function regionOf(cfn) {
    const region = cfn.config.region;
    try {
        return typeof region === 'function' ? await region() : String(region);
    }
    catch {
        return 'the configured region';
    }
}


/***/ })

};
