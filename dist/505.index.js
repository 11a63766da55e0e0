export const id = 505;
export const ids = [505];
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


/***/ })

};
