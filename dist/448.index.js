export const id = 448;
export const ids = [448];
export const modules = {

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
/* harmony import */ var _aws_state_machine__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81500);
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
    const keep = stack ? keptByLifecycle(ctx, stack) : false;
    if (stack && !keep)
        checkStackMayBeDeleted(stackName, stack, force);
    await removeStateMachine(ctx, stateMachineName);
    if (!stack) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.notice(`Stack '${stackName}' does not exist: already gone`, { title: 'Stack already gone' });
        ctx.checks.record({ name: 'stack deleted', passed: true, seconds: 0, detail: `${stackName} was already gone` });
        return { outputs: {} };
    }
    if (keep) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.notice(`Stack '${stackName}' existed before this step (${stack.StackStatus}): lifecycle deletes only a stack it created, so it is left as it was`, { title: 'Stack left in place' });
        ctx.checks.record({ name: 'stack left in place', passed: true, seconds: 0, detail: `${stackName} existed before this step; not deleted` });
        return { outputs: {} };
    }
    return deleteTheStack(ctx, stack);
}
/**
 * In a lifecycle, the teardown deletes only a stack this very step created: a stack that was there before (a
 * healthy deployment the step's deploy then failed to update, say) is someone's and is left alone.
 */
function keptByLifecycle(ctx, stack) {
    return ctx.inputs.operation === 'lifecycle' && !(0,_aws_stack__WEBPACK_IMPORTED_MODULE_1__/* .createdInThisStep */ .Y8)(stack);
}
/**
 * Refuses, before anything is touched, a stack destroy must not delete: one with termination protection
 * (CloudFormation would refuse the delete only after the state machine was gone), and one this action did not
 * create unless force is set.
 */
function checkStackMayBeDeleted(stackName, stack, force) {
    if (stack.EnableTerminationProtection)
        throw new _aws_stack_errors__WEBPACK_IMPORTED_MODULE_2__/* .TerminationProtectedError */ ["do"](stackName);
    if (!createdByThisAction(stack)) {
        if (!force)
            throw new ForeignStackError(stackName);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`Stack '${stackName}' was not created by this action; deleting it because force is set`, {
            title: 'Deleting a foreign stack',
        });
    }
}
/** Deletes the stack (with the service role, if any) and records the check; DELETE_FAILED names what is left. */
async function deleteTheStack(ctx, stack) {
    const { stackName } = ctx.inputs;
    const started = ctx.now();
    const seconds = () => (ctx.now() - started) / 1000;
    try {
        await (0,_aws_stack__WEBPACK_IMPORTED_MODULE_1__/* .deleteStack */ .wm)(ctx.clients.cloudformation, stack, (0,_aws_stack__WEBPACK_IMPORTED_MODULE_1__/* .stackOptionsOf */ .mL)(ctx));
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
 * Stops the machine's running runs (until DescribeExecution shows each out of RUNNING), then deletes it, which
 * deletes its versions too (any an endpoint kept are deleted after it), each a check. A machine still DELETING
 * from an earlier destroy is waited out. A failure here is recorded (it fails the step) but does not stop the
 * teardown: the stack's resources are still deleted.
 */
async function removeStateMachine(ctx, name) {
    const sfn = ctx.clients.sfn;
    const limits = { deadline: ctx.deadline, signal: ctx.signal, sleep: ctx.sleep, now: ctx.now };
    let arn;
    await ctx.checks.check('runs stopped before teardown', async () => {
        arn = (await (0,_aws_state_machine__WEBPACK_IMPORTED_MODULE_4__.locateStateMachine)(sfn, name, limits))?.stateMachineArn;
        if (!arn)
            return `no state machine named ${name}`;
        ctx.setActivity(`stopping the runs of ${name}`);
        const runs = await (0,_aws_state_machine__WEBPACK_IMPORTED_MODULE_4__.stopRunningExecutions)(sfn, arn, { ...limits, cause: `Stopped by ${ctx.run.runUrl} (destroy)` });
        return runs.length === 0 ? 'none was running' : `${runs.length} run(s) stopped, none RUNNING`;
    });
    await ctx.checks.check('state machine deleted', async () => {
        // Looked up again only when the first check failed before finding it.
        arn ??= (await (0,_aws_state_machine__WEBPACK_IMPORTED_MODULE_4__.locateStateMachine)(sfn, name, limits))?.stateMachineArn;
        if (!arn)
            return `${name} was already gone`;
        ctx.setActivity(`deleting state machine ${name}`);
        const { versionsLeft } = await (0,_aws_state_machine__WEBPACK_IMPORTED_MODULE_4__.deleteStateMachine)(sfn, arn, limits);
        return versionsLeft > 0 ? `${name} deleted; ${versionsLeft} version(s) left behind by the endpoint deleted after it` : `${name} deleted with its versions`;
    });
}


/***/ })

};
