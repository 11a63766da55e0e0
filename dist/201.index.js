export const id = 201;
export const ids = [201];
export const modules = {

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
/* harmony import */ var _inputs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38422);
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

/***/ 82201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CHECKS: () => (/* binding */ CHECKS),
/* harmony export */   update: () => (/* binding */ update)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _aws_stack__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74341);
/* harmony import */ var _aws_state_machine__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40692);
/* harmony import */ var _checks__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42122);
/* harmony import */ var _definition_build__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(11397);
/* harmony import */ var _definition_load__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(34505);
/* harmony import */ var _definition_validate__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73787);
// update: validate the new definition, put it on the machine (creating the machine when missing), say which
// states were added or removed, and prove the machine now has it.







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
    await ctx.checks.check(CHECKS.updated, async () => {
        ctx.setActivity(`finding state machine ${stateMachineName}`);
        const found = await (0,_aws_state_machine__WEBPACK_IMPORTED_MODULE_2__.findStateMachine)(sfn, stateMachineName);
        let change;
        if (!found) {
            ctx.setActivity(`creating state machine ${stateMachineName}`);
            stateMachineArn = await (0,_aws_state_machine__WEBPACK_IMPORTED_MODULE_2__.createStateMachine)(sfn, { name: stateMachineName, definition, roleArn: outputs.StepRoleArn, run: ctx.run });
            change = `created ${stateMachineName} with states: ${list((0,_definition_validate__WEBPACK_IMPORTED_MODULE_6__/* .stateNames */ .U0)(definition))}`;
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.notice(change, { title: 'State machine created' });
        }
        else {
            stateMachineArn = found;
            const before = await (0,_aws_state_machine__WEBPACK_IMPORTED_MODULE_2__.readDefinition)(sfn, found);
            if ((0,_aws_state_machine__WEBPACK_IMPORTED_MODULE_2__.sameDefinition)(before, definition)) {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__.notice(`${stateMachineName} already has this definition: nothing to change`, { title: 'No changes' });
                return `${stateMachineName} already had this definition`;
            }
            const { added, removed } = (0,_definition_validate__WEBPACK_IMPORTED_MODULE_6__/* .diffStates */ .oD)(before, definition);
            ctx.setActivity(`updating state machine ${stateMachineName}`);
            // Returns once DescribeStateMachine gives back exactly this definition.
            await (0,_aws_state_machine__WEBPACK_IMPORTED_MODULE_2__.updateStateMachine)(sfn, found, definition, limits);
            change = `states added: ${list(added)}; removed: ${list(removed)}`;
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.notice(`Updated ${stateMachineName}: ${change}`, { title: 'State machine updated' });
            return `definition read back matches; ${change}`;
        }
        // A new machine: read it back once to prove it holds the definition.
        if (!(0,_aws_state_machine__WEBPACK_IMPORTED_MODULE_2__.sameDefinition)(await (0,_aws_state_machine__WEBPACK_IMPORTED_MODULE_2__.readDefinition)(sfn, stateMachineArn), definition)) {
            throw new _checks__WEBPACK_IMPORTED_MODULE_3__/* .CheckFailure */ .j(`${stateMachineName} was created but returns a different definition`);
        }
        return `${change}; definition read back matches`;
    });
    return {
        outputs: stateMachineArn ? { 'state-machine-arn': stateMachineArn } : {},
        definition,
    };
}


/***/ })

};
