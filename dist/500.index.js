export const id = 500;
export const ids = [500,910];
export const modules = {

/***/ 81500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CREATED_BY_TAG: () => (/* reexport */ CREATED_BY_TAG),
  createStateMachine: () => (/* binding */ createStateMachine),
  deleteStateMachine: () => (/* binding */ deleteStateMachine),
  describeExecution: () => (/* binding */ describeExecution),
  describeFailure: () => (/* binding */ describeFailure),
  describeMachine: () => (/* binding */ describeMachine),
  diagnoseFailure: () => (/* binding */ diagnoseFailure),
  ensureDefinition: () => (/* binding */ ensureDefinition),
  expectedExecutionArn: () => (/* binding */ expectedExecutionArn),
  findStateMachine: () => (/* binding */ findStateMachine),
  isUnexpectedEnd: () => (/* binding */ isUnexpectedEnd),
  listRunningExecutions: () => (/* binding */ listRunningExecutions),
  locateStateMachine: () => (/* binding */ locateStateMachine),
  readDefinition: () => (/* binding */ readDefinition),
  runTags: () => (/* reexport */ runTags),
  sameDefinition: () => (/* binding */ sameDefinition),
  startExecution: () => (/* binding */ startExecution),
  stopExecutions: () => (/* binding */ stopExecutions),
  stopRunningExecutions: () => (/* binding */ stopRunningExecutions),
  updateStateMachine: () => (/* binding */ updateStateMachine)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
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
;// CONCATENATED MODULE: ./src/aws/sfn-retry.ts
// Step Functions answers that mean "not yet" rather than "no": a role that IAM has not propagated to Step Functions,
// a machine still being deleted, a concurrent version publish. Each is retried with back-off within the deadline.


const errorName = (err) => (err instanceof Error ? err.name : undefined);
const errorMessage = (err) => (err instanceof Error ? err.message : String(err));
/**
 * CreateStateMachine / UpdateStateMachine right after the role was created: AWS answers AccessDeniedException
 * "Neither the global service principal states.amazonaws.com, nor the regional one is authorized to assume the
 * provided role." (or "The principal states.amazonaws.com is not authorized to assume the provided role.") until
 * IAM has propagated the role's trust policy. AWS's own CloudFormation handler for state machines retries on it.
 * InvalidArn is not retried: it says the ARN is malformed, which waiting cannot change.
 */
function isRoleNotAssumableYet(err) {
    return errorName(err) === 'AccessDeniedException' && /authorized to assume the provided role/i.test(errorMessage(err));
}
/** The longest the action waits for a new role to become assumable (IAM is eventually consistent; public reports
 * see it within the first minute). Never past the operation's deadline. */
const ROLE_PROPAGATION_LIMIT_MS = 120_000;
/** Step Functions still cannot assume the role after the retries: says which role, and what to check. */
class RoleNotAssumableError extends Error {
    roleArn;
    stateMachineName;
    seconds;
    awsMessage;
    constructor(roleArn, stateMachineName, seconds, awsMessage) {
        super(`Step Functions could not assume the role ${roleArn} for state machine ${stateMachineName} after ${seconds.toFixed(0)} s of retries ` +
            `(AccessDeniedException: ${awsMessage}). Check that the role exists (the stack output StepRoleArn), that its trust policy allows ` +
            'sts:AssumeRole to the service principal states.amazonaws.com, and that the caller may iam:PassRole it to states.amazonaws.com.');
        this.roleArn = roleArn;
        this.stateMachineName = stateMachineName;
        this.seconds = seconds;
        this.awsMessage = awsMessage;
        this.name = 'RoleNotAssumableError';
    }
}
/** Retried everywhere: a concurrent publish or version delete on the same machine (ConflictException, HTTP 409). */
const conflict = (err) => (errorName(err) === 'ConflictException' ? 'a concurrent change to the same state machine (ConflictException)' : undefined);
/**
 * Calls `call` until it succeeds; an error that `classify` names is retried with back-off, any other is thrown.
 * With `role`, an answer that the role cannot be assumed yet is retried too, for at most ROLE_PROPAGATION_LIMIT_MS,
 * then RoleNotAssumableError is thrown. Each retry is logged.
 */
async function retrying(call, options) {
    const now = options.now ?? Date.now;
    let roleSince;
    let roleError;
    let attempt = 0;
    const roleGiveUp = () => new RoleNotAssumableError(options.role.roleArn, options.role.stateMachineName, (now() - (roleSince ?? now())) / 1000, errorMessage(roleError));
    try {
        return await (0,wait.waitFor)(async () => {
            attempt += 1;
            try {
                return { done: true, value: await call() };
            }
            catch (err) {
                let seen;
                if (options.role && isRoleNotAssumableYet(err)) {
                    roleSince ??= now();
                    roleError = err;
                    if (now() - roleSince >= ROLE_PROPAGATION_LIMIT_MS)
                        throw roleGiveUp();
                    seen = `role ${options.role.roleArn} not assumable by Step Functions yet`;
                }
                else {
                    seen = options.classify?.(err);
                    if (seen)
                        roleError = undefined;
                }
                if (!seen)
                    throw err;
                core.info(`${options.what}: ${seen}; retrying (attempt ${attempt})`);
                return { done: false, seen };
            }
        }, { ...options, what: `${options.what} to succeed`, initialDelayMs: 1000, maxDelayMs: 10_000 });
    }
    catch (err) {
        // The deadline came first: still name the role when that is what was waited for.
        if (err instanceof wait.WaitTimeoutError && roleError !== undefined)
            throw roleGiveUp();
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/aws/state-machine-tags.ts
/** The tag that marks what this action made. */
const CREATED_BY_TAG = { key: 'created-by', value: 'stepfunctions-message-pump-action' };
function runTags(run) {
    return [
        { ...CREATED_BY_TAG },
        { key: 'github:repository', value: run.repository },
        { key: 'github:run-url', value: run.runUrl },
    ];
}
/** Versions carry no tags: their description marks those this action published (at most 256 characters). */
const VERSION_MARK = `Published by ${CREATED_BY_TAG.value}`;
function versionDescription(run) {
    return `${VERSION_MARK} (${run.runUrl})`.slice(0, 256);
}
function publishedByThisAction(description) {
    return description?.startsWith(VERSION_MARK) ?? false;
}
function taggedByThisAction(tags) {
    return (tags ?? []).some((tag) => tag.key === CREATED_BY_TAG.key && tag.value === CREATED_BY_TAG.value);
}

;// CONCATENATED MODULE: ./src/aws/state-machine-versions.ts
// State machine versions: publish the current revision, list them, and delete those this action published beyond
// the newest few (AWS allows 1,000 per machine and never deletes them by itself; DeleteStateMachine deletes them all).



/** Versions of the action's machine kept after publishing: the newest five (a run may still use an older one). */
const VERSIONS_KEPT = 5;
/** Versions deleted at most in one go, so that a machine with hundreds of old versions never eats the deadline. */
const MAX_DELETED_AT_ONCE = 50;
/** Endpoints that do not have versions answer that they do not know the operation. */
function versionsNotOffered(err) {
    if (!(err instanceof Error))
        return false;
    const status = err.$metadata?.httpStatusCode;
    return (['UnknownOperationException', 'UnknownOperation', 'NotImplemented', 'NotImplementedException', 'InvalidAction'].includes(err.name) ||
        status === 501 ||
        /not (yet )?implemented|unknown operation/i.test(err.message));
}
/** The version number at the end of a version ARN (…:stateMachine:name:7), NaN for other ARNs. */
const versionNumber = (versionArn) => Number(versionArn.slice(versionArn.lastIndexOf(':') + 1));
/**
 * The version of the machine's current revision: PublishStateMachineVersion is idempotent, so it returns the version
 * already published for this revision or publishes one. Undefined where the endpoint has no versions.
 */
async function publishVersion(sfn, stateMachineArn, run, limits) {
    try {
        const published = await retrying(() => sfn.send(new dist_cjs/* PublishStateMachineVersionCommand */.t9C({ stateMachineArn, description: versionDescription(run) })), { ...limits, what: `PublishStateMachineVersion ${stateMachineArn}`, classify: conflict });
        return published.stateMachineVersionArn;
    }
    catch (err) {
        if (versionsNotOffered(err))
            return undefined;
        throw err;
    }
}
/** The machine's version ARNs, newest (highest number) first, all pages. */
async function listVersions(sfn, stateMachineArn) {
    const arns = [];
    let nextToken;
    do {
        const page = await sfn.send(new dist_cjs/* ListStateMachineVersionsCommand */.XCe({ stateMachineArn, maxResults: 1000, nextToken }));
        for (const version of page.stateMachineVersions ?? [])
            if (version.stateMachineVersionArn)
                arns.push(version.stateMachineVersionArn);
        nextToken = page.nextToken;
    } while (nextToken);
    return arns.sort((a, b) => versionNumber(b) - versionNumber(a));
}
/**
 * Deletes the versions this action published (marked by their description) beyond the newest `keep`, never one in
 * `protect` (a run of this step uses it), and only on a machine tagged as this action's. Deleting a version does
 * not stop its runs. Failures are reported, not thrown: pruning never fails an operation.
 */
async function pruneVersions(sfn, stateMachineArn, options = {}) {
    const result = { deleted: [], failed: [] };
    try {
        const { tags } = await sfn.send(new dist_cjs/* ListTagsForResourceCommand */.a_e({ resourceArn: stateMachineArn }));
        if (!taggedByThisAction(tags))
            return { ...result, skipped: 'the state machine was not created by this action' };
        const protect = new Set(options.protect ?? []);
        const candidates = (await listVersions(sfn, stateMachineArn)).slice(options.keep ?? VERSIONS_KEPT).filter((arn) => !protect.has(arn));
        for (const versionArn of candidates.slice(0, MAX_DELETED_AT_ONCE)) {
            try {
                const { description } = await sfn.send(new dist_cjs/* DescribeStateMachineCommand */.LyQ({ stateMachineArn: versionArn }));
                if (!publishedByThisAction(description))
                    continue;
                await sfn.send(new dist_cjs/* DeleteStateMachineVersionCommand */.ps9({ stateMachineVersionArn: versionArn }));
                result.deleted.push(versionArn);
            }
            catch (err) {
                if (errorName(err) === 'StateMachineDoesNotExist')
                    continue; // deleted meanwhile
                result.failed.push(`${versionArn}: ${errorName(err) ?? 'Error'}: ${err instanceof Error ? err.message : String(err)}`);
            }
        }
    }
    catch (err) {
        if (versionsNotOffered(err))
            return { ...result, skipped: 'the endpoint has no state machine versions' };
        result.failed.push(`${errorName(err) ?? 'Error'}: ${err instanceof Error ? err.message : String(err)}`);
    }
    return result;
}
/**
 * After DeleteStateMachine: the versions still listed for the deleted machine, deleted one by one. On AWS the list
 * answers StateMachineDoesNotExist (versions go with their machine); returns how many had to be deleted here.
 */
async function deleteVersionsLeft(sfn, stateMachineArn) {
    let left;
    try {
        left = await listVersions(sfn, stateMachineArn);
    }
    catch (err) {
        if (errorName(err) === 'StateMachineDoesNotExist' || versionsNotOffered(err))
            return 0;
        throw err;
    }
    for (const versionArn of left) {
        try {
            await sfn.send(new dist_cjs/* DeleteStateMachineVersionCommand */.ps9({ stateMachineVersionArn: versionArn }));
        }
        catch (err) {
            if (errorName(err) !== 'StateMachineDoesNotExist')
                throw err;
        }
    }
    return left.length;
}

;// CONCATENATED MODULE: ./src/aws/state-machine.ts
// The pump's state machine: find, create, update and delete it; start, stop and list its runs; explain a failed run.
// Every definition put on the machine is published as a version, and runs start on the version they mean.








/** The machine's ARN when a machine of that name is listed (the list is paginated and eventually consistent). */
async function findStateMachine(sfn, name) {
    for await (const page of (0,dist_cjs/* paginateListStateMachines */.tfX)({ client: sfn, pageSize: 1000 }, {})) {
        const found = page.stateMachines?.find((machine) => machine.name === name);
        if (found?.stateMachineArn)
            return found.stateMachineArn;
    }
    return undefined;
}
async function describeMachine(sfn, stateMachineArn) {
    const described = await sfn.send(new dist_cjs/* DescribeStateMachineCommand */.LyQ({ stateMachineArn }));
    return {
        stateMachineArn,
        definition: JSON.parse(described.definition ?? '{}'),
        roleArn: described.roleArn,
        status: described.status,
        description: described.description,
    };
}
/** The machine's current definition, parsed. */
async function readDefinition(sfn, stateMachineArn) {
    return (await describeMachine(sfn, stateMachineArn)).definition;
}
/**
 * The ACTIVE machine of that name, or undefined when there is none. ListStateMachines is eventually consistent and
 * deletion is asynchronous: a machine that is still DELETING, or listed but already gone (StateMachineDoesNotExist),
 * is waited out and looked up again.
 */
async function locateStateMachine(sfn, name, limits) {
    return (0,wait.waitFor)(async () => {
        const arn = await findStateMachine(sfn, name);
        if (!arn)
            return { done: true, value: undefined };
        try {
            const machine = await describeMachine(sfn, arn);
            if (machine.status === 'DELETING')
                return { done: false, seen: `${name} is DELETING` };
            return { done: true, value: machine };
        }
        catch (err) {
            if (errorName(err) === 'StateMachineDoesNotExist')
                return { done: false, seen: `${name} listed but already deleted` };
            throw err;
        }
    }, { ...limits, what: `state machine ${name} to be ACTIVE or gone` });
}
/** A machine of that name is being deleted (an earlier destroy): creating waits until it is gone. */
const deleting = (err) => (errorName(err) === 'StateMachineDeleting' ? 'a state machine of this name is still being deleted' : undefined);
/**
 * Creates the machine, tagged so it traces back to this workflow run, and publishes its first version. Retried while
 * the role cannot be assumed yet (bounded; then RoleNotAssumableError) and while a machine of the name is DELETING.
 * StateMachineAlreadyExists is thrown as is (the caller looks the machine up again).
 */
async function createStateMachine(sfn, options, limits) {
    const created = await retrying(() => sfn.send(new dist_cjs/* CreateStateMachineCommand */.OMl({
        name: options.name,
        definition: JSON.stringify(options.definition),
        roleArn: options.roleArn,
        type: 'STANDARD',
        tags: runTags(options.run),
        publish: true,
        versionDescription: versionDescription(options.run),
    })), { ...limits, what: `CreateStateMachine ${options.name}`, classify: deleting, role: { roleArn: options.roleArn, stateMachineName: options.name } });
    if (!created.stateMachineArn)
        throw new Error(`CreateStateMachine returned no ARN for ${options.name}`);
    // An idempotent repeat of an earlier create publishes nothing: ask for the version of the current revision.
    const versionArn = created.stateMachineVersionArn ?? (await publishVersion(sfn, created.stateMachineArn, options.run, limits));
    await awaitDefinition(sfn, versionArn ?? created.stateMachineArn, options.definition, limits);
    return { stateMachineArn: created.stateMachineArn, versionArn };
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
 * Waits until DescribeStateMachine of `arn` (a version: immutable; or the machine where there are no versions)
 * returns exactly this definition. Reads are eventually consistent: a version just published may not be found yet.
 */
async function awaitDefinition(sfn, arn, definition, limits) {
    await (0,wait.waitFor)(async () => {
        try {
            const current = await readDefinition(sfn, arn);
            return sameDefinition(current, definition) ? { done: true, value: undefined } : { done: false, seen: 'the old definition' };
        }
        catch (err) {
            if (errorName(err) === 'StateMachineDoesNotExist')
                return { done: false, seen: 'not found yet' };
            throw err;
        }
    }, { ...limits, what: `state machine ${arn} to return the new definition` });
}
/**
 * Replaces the machine's definition (and its role, when `roleArn` is given), publishes the result as a version and
 * waits until the version reads back with this definition. Returns the version ARN (undefined where the endpoint has
 * no versions: then the machine itself is read back). Retried on ConflictException (a concurrent publish) and, with
 * a role, while the role cannot be assumed yet.
 */
async function updateStateMachine(sfn, stateMachineArn, definition, limits) {
    const { run, roleArn } = limits;
    const updated = await retrying(() => sfn.send(new dist_cjs/* UpdateStateMachineCommand */.RnG({
        stateMachineArn,
        definition: JSON.stringify(definition),
        ...(roleArn ? { roleArn } : {}),
        publish: true,
        versionDescription: versionDescription(run),
    })), {
        ...limits,
        what: `UpdateStateMachine ${limits.stateMachineName ?? stateMachineArn}`,
        classify: conflict,
        ...(roleArn ? { role: { roleArn, stateMachineName: limits.stateMachineName ?? stateMachineArn } } : {}),
    });
    const versionArn = updated.stateMachineVersionArn;
    await awaitDefinition(sfn, versionArn ?? stateMachineArn, definition, limits);
    return versionArn;
}
/**
 * The machine `name` with `definition` and `roleArn`, published as a version: created when missing, updated when
 * its definition or role differs (after `beforeUpdate`, e.g. stopping runs of the old definition), otherwise the
 * version of its current revision. A machine created meanwhile (StateMachineAlreadyExists while the list did not
 * show it yet), one DELETING or one deleted meanwhile is looked up again. Then the action's old versions beyond the
 * newest few are deleted, never one in `protect`.
 */
async function ensureDefinition(sfn, options, limits) {
    const { name, definition, roleArn, run } = options;
    const placed = await (0,wait.waitFor)(async () => {
        const found = await locateStateMachine(sfn, name, limits);
        try {
            if (!found)
                return { done: true, value: { ...(await createStateMachine(sfn, options, limits)), change: 'created' } };
            const base = { stateMachineArn: found.stateMachineArn, previous: found.definition };
            const roleChanged = found.roleArn !== undefined && found.roleArn !== roleArn;
            if (sameDefinition(found.definition, definition) && !roleChanged) {
                return { done: true, value: { ...base, versionArn: await publishVersion(sfn, found.stateMachineArn, run, limits), change: 'unchanged' } };
            }
            await limits.beforeUpdate?.(found);
            const versionArn = await updateStateMachine(sfn, found.stateMachineArn, definition, {
                ...limits,
                run,
                stateMachineName: name,
                ...(roleChanged ? { roleArn } : {}),
            });
            return { done: true, value: { ...base, versionArn, change: 'updated' } };
        }
        catch (err) {
            const again = ['StateMachineAlreadyExists', 'StateMachineDeleting', 'StateMachineDoesNotExist'].includes(errorName(err) ?? '');
            if (!again)
                throw err;
            return { done: false, seen: `${errorName(err)} for ${name}` };
        }
    }, { ...limits, what: `state machine ${name} to take the definition` });
    const pruned = placed.versionArn
        ? await pruneVersions(sfn, placed.stateMachineArn, { protect: [placed.versionArn, ...(limits.protect ?? [])] })
        : { deleted: [], failed: [], skipped: 'the endpoint has no state machine versions' };
    if (pruned.deleted.length > 0)
        core.info(`Deleted ${pruned.deleted.length} old version(s) of ${name}: ${pruned.deleted.join(', ')}`);
    for (const failure of pruned.failed)
        core.warning(`Could not delete an old version of ${name}: ${failure}`, { title: 'State machine versions' });
    if (!placed.versionArn)
        core.warning(`The endpoint published no version of ${name}: runs start on the machine itself`, { title: 'No state machine version' });
    return { ...placed, pruned };
}
/** The ARN StartExecution gives a run of this name: runs are named under the machine, those of a version too. */
function expectedExecutionArn(stateMachineArn, name) {
    const match = /^(arn:[^:]+:states:[^:]*:[^:]*):stateMachine:([^:/]+)(?::[^:]+)?$/.exec(stateMachineArn);
    return match ? `${match[1]}:execution:${match[2]}:${name}` : undefined;
}
/**
 * Starts a run named after this workflow run on `stateMachineArn` (the machine or one of its versions). The run is
 * recorded before StartExecution is sent, under the ARN it will have, so that a signal or the post step stops it
 * even when the answer never comes (a cancel while the call is in flight); the ARN answered is recorded too.
 */
async function startExecution(ctx, stateMachineArn, label, input = {}) {
    const name = executionName(ctx.run, label, ctx.now());
    const expected = expectedExecutionArn(stateMachineArn, name);
    if (expected)
        ctx.trackExecution(expected);
    const started = await ctx.clients.sfn.send(new dist_cjs/* StartExecutionCommand */.MX_({ stateMachineArn, name, input: JSON.stringify(input) }));
    if (!started.executionArn)
        throw new Error(`StartExecution returned no ARN for ${stateMachineArn}`);
    if (started.executionArn !== expected)
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
/** A run's status by DescribeExecution; UNKNOWN for a run not found (yet: reads are eventually consistent). */
async function statusOf(sfn, executionArn) {
    try {
        return (await describeExecution(sfn, executionArn)).status ?? 'UNKNOWN';
    }
    catch (err) {
        if (errorName(err) === 'ExecutionDoesNotExist')
            return 'UNKNOWN';
        throw err;
    }
}
/**
 * Stops every RUNNING run of the machine, and the runs in `known` (runs the caller started, which ListExecutions may
 * not show yet), and waits until DescribeExecution reports each of them out of RUNNING: ListExecutions is eventually
 * consistent and may go on listing a stopped run, or not list a new one yet, so each run's own status decides. Runs
 * that appear meanwhile are stopped too. Returns the ARNs it stopped; `onStatus` hears each status read.
 *
 * Few calls: a run the caller started and the listing shows RUNNING is stopped without reading its status first
 * (any other run is read first, so a stale listing never makes this stop, or claim to stop, a run already over), and
 * a stopped run's status is read in the same pass, so a stop that takes effect at once costs a listing, the stop
 * and one read.
 */
async function stopRunningExecutions(sfn, stateMachineArn, opts) {
    const stopped = new Set();
    const known = new Set(opts.known ?? []);
    const watched = new Set(known);
    const notOver = (status) => status === dist_cjs/* ExecutionStatus */.rIt.RUNNING || status === 'UNKNOWN';
    await (0,wait.waitFor)(async () => {
        const listed = new Set(await listRunningExecutions(sfn, stateMachineArn));
        for (const arn of listed)
            watched.add(arn);
        const statuses = new Map();
        const read = async (arns) => {
            await Promise.all(arns.map(async (arn) => statuses.set(arn, await statusOf(sfn, arn))));
        };
        const stopAtOnce = (arn) => !stopped.has(arn) && known.has(arn) && listed.has(arn);
        await read([...watched].filter((arn) => !stopAtOnce(arn)));
        const toStop = [...watched].filter((arn) => stopAtOnce(arn) || (!stopped.has(arn) && notOver(statuses.get(arn))));
        const results = await Promise.all(toStop.map(async (arn) => [arn, await stopOne(sfn, arn, opts.cause)]));
        for (const [arn, didStop] of results)
            if (didStop)
                stopped.add(arn);
        // Read back at once what was just stopped: StopExecution usually takes effect before the answer comes.
        await read(toStop);
        for (const [arn, status] of statuses) {
            opts.onStatus?.(arn, status);
            if (!notOver(status))
                watched.delete(arn);
        }
        if (watched.size === 0)
            return { done: true, value: undefined };
        return { done: false, seen: `${watched.size} run(s) still RUNNING by DescribeExecution` };
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
/**
 * Deletes the machine and waits until DescribeStateMachine no longer finds it; AWS deletes its versions with it.
 * Then makes sure none is left (an endpoint that kept them has them deleted here). Already gone: returns.
 * Returns how many versions had to be deleted after the machine.
 */
async function deleteStateMachine(sfn, stateMachineArn, limits) {
    try {
        await sfn.send(new dist_cjs/* DeleteStateMachineCommand */.vxA({ stateMachineArn }));
    }
    catch (err) {
        if (errorName(err) !== 'StateMachineDoesNotExist')
            throw err;
        return { versionsLeft: await deleteVersionsLeft(sfn, stateMachineArn) };
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
    return { versionsLeft: await deleteVersionsLeft(sfn, stateMachineArn) };
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
/**
 * A Lambda function's error arrives as its JSON error body ({errorType, errorMessage, trace}): for one line, its
 * message and the innermost frame of the function's own code (`/var/task/…`). The rest of the trace (the runtime's
 * frames; with an emulator, possibly paths of the machine it runs on) stays out of logs and annotations.
 */
function readableCause(cause) {
    if (!cause?.startsWith('{'))
        return cause;
    let body;
    try {
        body = JSON.parse(cause);
    }
    catch {
        return cause;
    }
    if (typeof body.errorMessage !== 'string')
        return cause;
    const frames = Array.isArray(body.trace) ? body.trace.filter((line) => typeof line === 'string') : [];
    const own = frames.find((line) => /^\s*at .*\/var\/task\//.test(line))?.trim();
    return own ? `${body.errorMessage} (${own})` : body.errorMessage;
}
/** One line for logs and annotations: "state 'X' failed: Error: cause". */
function describeFailure(diagnosis) {
    const where = diagnosis.state ? `state '${diagnosis.state}'` : 'the run';
    const what = [diagnosis.error, readableCause(diagnosis.cause)].filter(Boolean).join(': ') || diagnosis.status || 'no error recorded';
    return `${where} failed: ${what}`;
}
/** Whether a run status means the run ended badly (the pump never ends by itself, so SUCCEEDED is unexpected too). */
function isUnexpectedEnd(status) {
    return status === dist_cjs/* ExecutionStatus */.rIt.FAILED || status === dist_cjs/* ExecutionStatus */.rIt.TIMED_OUT || status === dist_cjs/* ExecutionStatus */.rIt.ABORTED;
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
