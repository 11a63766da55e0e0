export const id = 594;
export const ids = [594];
export const modules = {

/***/ 77594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BEHAVIOUR_ENV: () => (/* binding */ BEHAVIOUR_ENV),
/* harmony export */   DEFAULT_CONSISTENCY_SECONDS: () => (/* binding */ DEFAULT_CONSISTENCY_SECONDS),
/* harmony export */   DEFAULT_PROPAGATION_SECONDS: () => (/* binding */ DEFAULT_PROPAGATION_SECONDS),
/* harmony export */   PURGE_COOLDOWN_SECONDS: () => (/* binding */ PURGE_COOLDOWN_SECONDS),
/* harmony export */   QUEUE_NAME_COOLDOWN_SECONDS: () => (/* binding */ QUEUE_NAME_COOLDOWN_SECONDS),
/* harmony export */   parseBehaviour: () => (/* binding */ parseBehaviour),
/* harmony export */   readPolicyFile: () => (/* binding */ readPolicyFile),
/* harmony export */   resolveBehaviour: () => (/* binding */ resolveBehaviour)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// How AWS-like the endpoint is when AWS is unfriendly. Contract errors (queue-name cooldown, purge
// cooldown, name limits, roles that cannot be assumed) are always on; `strict` adds AWS's timing:
// IAM propagation, eventual consistency and transient faults. Durations are real milliseconds, already
// multiplied by the time scale, so services compare them with Date.now() as they are.

/** IAM: "changes ... can take time to become visible" (IAM User Guide, troubleshooting); AWS gives no figure. */
const DEFAULT_PROPAGATION_SECONDS = 8;
/** Step Functions: UpdateStateMachine, StopExecution and the List/Describe calls are eventually consistent. */
const DEFAULT_CONSISTENCY_SECONDS = 2;
/** SQS: "You must wait 60 seconds after deleting a queue before you can create another with the same name." */
const QUEUE_NAME_COOLDOWN_SECONDS = 60;
/** SQS: "Only one PurgeQueue operation on a queue is allowed every 60 seconds." */
const PURGE_COOLDOWN_SECONDS = 60;
function resolveBehaviour(options, timeScale) {
    const strict = options.strict ?? false;
    const scaled = (seconds) => Math.round(seconds * 1000 * timeScale);
    return {
        strict,
        propagationMs: strict ? scaled(options.propagationSeconds ?? DEFAULT_PROPAGATION_SECONDS) : 0,
        consistencyMs: strict ? scaled(options.consistencySeconds ?? DEFAULT_CONSISTENCY_SECONDS) : 0,
        faultRate: strict ? (options.faultRate ?? 0) : 0,
        faultSeed: options.faultSeed ?? 1,
        queueNameCooldownMs: scaled(QUEUE_NAME_COOLDOWN_SECONDS),
        purgeCooldownMs: scaled(PURGE_COOLDOWN_SECONDS),
        callerPolicy: options.callerPolicy,
    };
}
/** Reads an IAM policy document from a file; the error names the file and what is wrong with it. */
function readPolicyFile(path) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new Error(`cannot read the caller policy '${path}': ${error.message}`, { cause: error });
    }
    let document;
    try {
        document = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`the caller policy '${path}' is not JSON: ${error.message}`, { cause: error });
    }
    const statement = document?.Statement;
    if (!statement || typeof statement !== 'object')
        throw new Error(`the caller policy '${path}' has no Statement`);
    return document;
}
/** Names of the environment variables `endpoint-url: local` reads (the CLI's flags, for the action's own endpoint). */
const BEHAVIOUR_ENV = {
    strict: 'LOCAL_ENDPOINT_STRICT',
    propagationSeconds: 'LOCAL_ENDPOINT_PROPAGATION_SECONDS',
    consistencySeconds: 'LOCAL_ENDPOINT_CONSISTENCY_SECONDS',
    faultRate: 'LOCAL_ENDPOINT_FAULT_RATE',
    faultSeed: 'LOCAL_ENDPOINT_FAULT_SEED',
    callerPolicy: 'LOCAL_ENDPOINT_CALLER_POLICY',
};
/**
 * Behaviour options from strings (CLI flags or environment variables); throws naming the setting and what
 * is allowed. `name(key)` says how the user wrote each one (`--fault-rate`, `LOCAL_ENDPOINT_FAULT_RATE`).
 */
function parseBehaviour(values, name) {
    const number = (key, min, max, integer = false) => {
        const raw = values[key];
        if (raw === undefined || raw === '')
            return undefined;
        const value = Number(raw);
        if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
            throw new Error(`${name(key)} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, got '${String(raw)}'`);
        }
        return value;
    };
    const strictRaw = values.strict;
    let strict;
    if (typeof strictRaw === 'boolean')
        strict = strictRaw;
    else if (strictRaw !== undefined && strictRaw !== '') {
        if (!/^(true|false|1|0)$/i.test(strictRaw))
            throw new Error(`${name('strict')} must be true or false, got '${strictRaw}'`);
        strict = /^(true|1)$/i.test(strictRaw);
    }
    const policyPath = values.callerPolicy;
    return {
        strict,
        propagationSeconds: number('propagationSeconds', 0, 3600),
        consistencySeconds: number('consistencySeconds', 0, 3600),
        faultRate: number('faultRate', 0, 1),
        faultSeed: number('faultSeed', 0, 2 ** 31 - 1, true),
        callerPolicy: typeof policyPath === 'string' && policyPath !== '' ? readPolicyFile(policyPath) : undefined,
    };
}


/***/ })

};
