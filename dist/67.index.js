export const id = 67;
export const ids = [67];
export const modules = {

/***/ 97067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changeSetName: () => (/* binding */ changeSetName),
/* harmony export */   deploy: () => (/* binding */ deploy),
/* harmony export */   stackTags: () => (/* binding */ stackTags)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_stack__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74341);
/* harmony import */ var _aws_stack_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64737);
/* harmony import */ var _aws_stack_events__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30919);
// deploy: create the stack, or bring an existing one to the template through a change set; outputs every stack output.




/** The tags of a new stack: its name, who made it, and the workflow run that made it (CloudFormation passes them on to the resources). */
function stackTags(stackName, run) {
    return [
        { Key: 'stack', Value: stackName },
        { ..._aws_stack__WEBPACK_IMPORTED_MODULE_1__/* .CREATED_BY_TAG */ .Aw },
        { Key: 'github:repository', Value: run.repository },
        { Key: 'github:run-url', Value: run.runUrl },
    ];
}
/** A change set name unique to this run and attempt ([A-Za-z][-A-Za-z0-9]*, at most 128 characters). */
function changeSetName(run, now) {
    return `gh-${run.runId}-${run.runAttempt}-deploy-${now.toString(36)}`;
}
const SAID = {
    created: 'created',
    recreated: 'deleted (it was rolled back) and created again',
    updated: 'updated',
    unchanged: 'unchanged (no changes)',
};
async function deploy(ctx) {
    const { stackName, templatePath } = ctx.inputs;
    const started = ctx.now();
    const seconds = () => (ctx.now() - started) / 1000;
    try {
        const templateBody = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(templatePath, 'utf8');
        const result = await (0,_aws_stack__WEBPACK_IMPORTED_MODULE_1__/* .deployStack */ .gE)(ctx.clients.cloudformation, { stackName, templateBody, tags: stackTags(stackName, ctx.run), changeSetName: changeSetName(ctx.run, ctx.now()) }, { deadline: ctx.deadline, signal: ctx.signal, sleep: ctx.sleep, now: ctx.now, setActivity: (a) => ctx.setActivity(a) });
        const status = result.stack.StackStatus ?? 'UNKNOWN';
        const took = seconds();
        ctx.checks.record({
            name: 'stack deployed',
            passed: true,
            seconds: took,
            detail: `${stackName} ${status}: ${SAID[result.action]} in ${took.toFixed(1)} s`,
        });
        const outputs = (0,_aws_stack__WEBPACK_IMPORTED_MODULE_1__/* .outputsOf */ .Yz)(result.stack);
        return {
            outputs: { ...outputs, 'stack-outputs': JSON.stringify(outputs) },
            timings: { 'stack deploy': took },
        };
    }
    catch (err) {
        // A cancelled run is reported by the signal handler, not as a failed check.
        if (err instanceof Error && err.name === 'AbortError')
            throw err;
        if (err instanceof _aws_stack_errors__WEBPACK_IMPORTED_MODULE_2__/* .StackFailedError */ .o5)
            (0,_aws_stack_events__WEBPACK_IMPORTED_MODULE_3__/* .annotateFailures */ .o)(err.failures);
        ctx.checks.record({
            name: 'stack deployed',
            passed: false,
            seconds: seconds(),
            detail: err instanceof Error ? err.message : String(err),
        });
        throw err;
    }
}


/***/ })

};
