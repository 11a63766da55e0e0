export const id = 727;
export const ids = [727,594];
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


/***/ }),

/***/ 12500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nr: () => (/* binding */ InjectedFault),
/* harmony export */   O_: () => (/* binding */ createInvokeFaults),
/* harmony export */   nD: () => (/* binding */ createFaultCheck)
/* harmony export */ });
/* unused harmony exports mulberry32, FaultStream, MAX_FAULTED_ATTEMPT, operationOf */
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(816);

/** An AwsError the endpoint made up on purpose (the server logs it as a fault, not as a failure of its own). */
class InjectedFault extends _types__WEBPACK_IMPORTED_MODULE_0__/* .AwsError */ .Gy {
}
const THROTTLING = 'Rate exceeded';
/** DynamoDB's item operations are throttled per table; its other operations per account. */
const DYNAMODB_ITEM_OPERATIONS = new Set([
    'GetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'Query', 'Scan', 'BatchGetItem', 'BatchWriteItem', 'TransactGetItems', 'TransactWriteItems',
]);
const INTERNAL_SERVER_ERROR = { code: 'InternalServerError', status: 500, message: 'Internal server error' };
/**
 * The transient errors of each service, as its API reference lists them (operation errors and "Common
 * Errors"). Throttling codes are in the SDKs' throttling list; 5xx statuses are retried as transient.
 */
function faultsOf(service, operation) {
    switch (service) {
        case 'dynamodb':
            return DYNAMODB_ITEM_OPERATIONS.has(operation)
                ? [
                    {
                        code: 'ProvisionedThroughputExceededException',
                        status: 400,
                        message: 'The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.',
                    },
                    INTERNAL_SERVER_ERROR,
                ]
                : [{ code: 'ThrottlingException', status: 400, message: 'Rate of requests exceeds the allowed throughput.' }, INTERNAL_SERVER_ERROR];
        case 'sqs':
            return [
                { code: 'RequestThrottled', status: 403, message: 'Request is throttled.' },
                { code: 'InternalFailure', status: 500, message: 'We encountered an internal error. Please try again.' },
                { code: 'ServiceUnavailable', status: 503, message: 'Service is unavailable. Please try again.' },
            ];
        case 'states':
            return [
                { code: 'ThrottlingException', status: 400, message: THROTTLING },
                { code: 'InternalFailure', status: 500, message: 'We encountered an internal error. Please try again.' },
                { code: 'ServiceUnavailable', status: 503, message: 'Service is unavailable. Please try again.' },
            ];
        case 'lambda':
            return [
                { code: 'TooManyRequestsException', status: 429, message: 'Rate Exceeded.' },
                { code: 'ServiceException', status: 500, message: 'Lambda encountered an internal error. Please try again.' },
            ];
        default:
            // The query services: CloudFormation, IAM, STS.
            return [
                { code: 'Throttling', status: 400, message: THROTTLING },
                { code: 'ServiceUnavailable', status: 503, message: 'Service is unavailable. Please try again.' },
            ];
    }
}
/** mulberry32: a small, fast 32-bit generator; good enough to spread faults, and exactly repeatable. */
function mulberry32(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/**
 * One stream of fault decisions: each call draws twice (whether, then which), so a decision depends only
 * on the seed and the number of decisions made before it.
 */
class FaultStream {
    rate;
    random;
    drawn = 0;
    constructor(rate, seed) {
        this.rate = rate;
        this.random = mulberry32(seed);
    }
    /** Index (from 0) of the next decision. */
    get index() {
        return this.drawn;
    }
    /** The chosen one of `choices` when this decision is a fault, else undefined. */
    next(choices) {
        this.drawn++;
        const fault = this.random() < this.rate;
        const pick = Math.min(choices.length - 1, Math.floor(this.random() * choices.length));
        return fault ? choices[pick] : undefined;
    }
}
/**
 * An SDK call is faulted on at most its first two attempts: the SDKs' default is three attempts, and a
 * transient error is one that a retry gets past. The attempt is the SDKs' `amz-sdk-request: attempt=N`.
 */
const MAX_FAULTED_ATTEMPT = 2;
function attemptOf(headers) {
    const value = headers['amz-sdk-request'];
    const match = /attempt=(\d+)/.exec(Array.isArray(value) ? value[0] : (value ?? ''));
    return match ? Number(match[1]) : 1;
}
/** Lambda's REST operations by `<method> <resource>` (the path after /2015-03-31/functions). */
const LAMBDA_OPERATIONS = {
    'GET functions': 'ListFunctions',
    'POST functions': 'CreateFunction',
    'GET function': 'GetFunction',
    'DELETE function': 'DeleteFunction',
    'GET configuration': 'GetFunctionConfiguration',
    'PUT configuration': 'UpdateFunctionConfiguration',
    'PUT code': 'UpdateFunctionCode',
    'POST invocations': 'Invoke',
};
/** The operation's name for the log: the JSON target, the query Action, or Lambda's REST call. */
function operationOf(request) {
    if (request.target)
        return request.target;
    if (request.service === 'lambda') {
        const [, collection, name, sub] = request.path.split('/').filter(Boolean);
        const resource = collection !== 'functions' ? collection : name === undefined ? 'functions' : (sub ?? 'function');
        return LAMBDA_OPERATIONS[`${request.method} ${resource}`] ?? `${request.method} ${request.path}`;
    }
    const action = request.query.get('Action') ?? new URLSearchParams(request.body.toString('utf8')).get('Action');
    return action ?? `${request.method} ${request.path}`;
}
/** The gate's check that fails the chosen API requests; active only when the behaviour has a fault rate. */
function createFaultCheck(behaviour, log = () => undefined) {
    const stream = new FaultStream(behaviour.faultRate, behaviour.faultSeed);
    return {
        stream,
        inspects: () => behaviour.faultRate > 0,
        check(request) {
            const operation = operationOf(request);
            const index = stream.index;
            const fault = stream.next(faultsOf(request.service, operation));
            if (!fault || attemptOf(request.headers) > MAX_FAULTED_ATTEMPT)
                return;
            log(`fault injected: ${request.service} ${operation} -> ${fault.code} (${fault.status}), request #${index}`);
            throw new InjectedFault(fault.code, fault.message, fault.status, fault.status >= 500 ? 'Receiver' : 'Sender');
        },
    };
}
/** Seed of the invoke stream: apart from the request stream, so runs and API calls do not shift each other. */
const INVOKE_SEED_OFFSET = 0x9e3779b9;
/** Faults of the Lambda invokes state machines make (no SDK retries there: the state's Retry must absorb them). */
function createInvokeFaults(behaviour, log = () => undefined) {
    const stream = new FaultStream(behaviour.faultRate, (behaviour.faultSeed + INVOKE_SEED_OFFSET) >>> 0);
    const serviceException = faultsOf('lambda', 'Invoke').filter((f) => f.code === 'ServiceException');
    return {
        invokeFault(functionName) {
            if (behaviour.faultRate <= 0)
                return;
            const index = stream.index;
            const fault = stream.next(serviceException);
            if (!fault)
                return;
            log(`fault injected: lambda Invoke ${functionName} (from a state machine) -> ${fault.code} (${fault.status}), invoke #${index}`);
            throw new InjectedFault(fault.code, fault.message, fault.status, 'Receiver');
        },
    };
}


/***/ }),

/***/ 46875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mY: () => (/* binding */ evaluatePolicies),
  _I: () => (/* binding */ evaluateResourcePolicies)
});

// UNUSED EXPORTS: normaliseContext, parsePolicy, principalMatches, statementApplies

;// CONCATENATED MODULE: ./src/endpoint/iam-policy/wildcards.ts
// IAM's wildcard matching: `*` matches any run of characters (also none), `?` exactly one.
// Action names are case-insensitive; resource ARNs are case-sensitive, and each of an ARN's six
// colon-separated parts is matched on its own, except that a `*` ending a part may run on across colons
// ("IAM JSON policy elements: Resource", "Using wildcards in resource ARNs",
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html).
const cache = new Map();
/** Stand-ins for `${*}` and `${?}`: a literal asterisk or question mark inside a pattern (policy variables). */
const LITERAL_STAR = '\uE000';
const LITERAL_QUESTION = '\uE001';
/** A pattern's text with its literal stand-ins turned back into the characters they stand for. */
function literalText(pattern) {
    return pattern.replaceAll(LITERAL_STAR, '*').replaceAll(LITERAL_QUESTION, '?');
}
/** Escapes a character for a regular expression; the literal stand-ins become their characters. */
function escapeChar(char) {
    if (char === LITERAL_STAR)
        return '\\*';
    if (char === LITERAL_QUESTION)
        return '\\?';
    return `\\${char}`;
}
const SPECIAL = /[.+^${}()|[\]\\*?\uE000\uE001]/g;
function globRegExp(pattern, ignoreCase) {
    const key = `${ignoreCase ? 'i' : 's'}:${pattern}`;
    let regex = cache.get(key);
    if (!regex) {
        const source = pattern.replace(SPECIAL, (char) => (char === '*' ? '.*' : char === '?' ? '.' : escapeChar(char)));
        regex = new RegExp(`^${source}$`, ignoreCase ? 'is' : 's');
        if (cache.size > 5000)
            cache.clear();
        cache.set(key, regex);
    }
    return regex;
}
/** Glob match of a whole string. */
function globMatches(pattern, value, ignoreCase = false) {
    if (pattern === '*')
        return true;
    if (!pattern.includes('*') && !pattern.includes('?')) {
        const text = literalText(pattern);
        return ignoreCase ? text.toLowerCase() === value.toLowerCase() : text === value;
    }
    return globRegExp(pattern, ignoreCase).test(value);
}
/** `service:Operation` patterns: the service prefix and the operation name are case-insensitive. */
function matchesAction(pattern, action) {
    return globMatches(pattern, action, true);
}
/**
 * ARN patterns: a `*` inside a colon-separated part, and a `?`, stay within that part; a `*` that
 * ends a part may reach across colons (so `arn:aws:sqs:*` covers every queue). Plain patterns
 * (`*`, or anything not starting with `arn:`) match as one string.
 */
function matchesArn(pattern, arn, ignoreCase = false) {
    if (pattern === '*')
        return true;
    if (!pattern.startsWith('arn:') || (!pattern.includes('*') && !pattern.includes('?')))
        return globMatches(pattern, arn, ignoreCase);
    return arnRegExp(pattern, ignoreCase).test(arn);
}
function arnRegExp(pattern, ignoreCase) {
    const key = `arn:${ignoreCase ? 'i' : 's'}:${pattern}`;
    let regex = cache.get(key);
    if (!regex) {
        const source = pattern.replace(SPECIAL, (char, offset) => {
            if (char === '?')
                return '[^:]';
            if (char !== '*')
                return escapeChar(char);
            const next = pattern[offset + 1];
            return next === undefined || next === ':' ? '.*' : '[^:]*';
        });
        regex = new RegExp(`^${source}$`, ignoreCase ? 'is' : 's');
        if (cache.size > 5000)
            cache.clear();
        cache.set(key, regex);
    }
    return regex;
}
/** The Resource element's match: case-sensitive, ARN-aware. */
function matchesResource(pattern, resource) {
    return matchesArn(pattern, resource);
}

;// CONCATENATED MODULE: ./src/endpoint/iam-policy/variables.ts

const VARIABLE = /\$\{([^}]*)\}/g;
/** `${*}` and `${?}` stand for the characters themselves, never wildcards. */
const ESCAPES = { '*': LITERAL_STAR, '?': LITERAL_QUESTION, $: '$' };
/**
 * The value with its variables replaced from the request context, or undefined when a variable has
 * no single value there and no default (IAM then treats the value as not matching). Escaped `*` and
 * `?` come back as stand-ins that wildcard matching takes literally (wildcards.ts, literalText).
 */
function substituteVariables(value, context) {
    if (!value.includes('${'))
        return value;
    let missing = false;
    const result = value.replace(VARIABLE, (_match, inner) => {
        const trimmed = inner.trim();
        if (trimmed in ESCAPES)
            return ESCAPES[trimmed];
        const [, key, fallback] = /^([^,]+?)\s*(?:,\s*'([^']*)')?$/.exec(trimmed) ?? [];
        const found = key === undefined ? undefined : context.get(key.trim().toLowerCase());
        if (typeof found === 'string')
            return found;
        if (fallback !== undefined)
            return fallback;
        missing = true;
        return '';
    });
    return missing ? undefined : result;
}

;// CONCATENATED MODULE: ./src/endpoint/iam-policy/conditions.ts
// The Condition element: operators, the IfExists suffix, the ForAnyValue/ForAllValues set qualifiers,
// and what a key missing from the request means ("IAM JSON policy elements: Condition operators" and
// "Multivalued context keys", https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html,
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html).
//
// Evaluation: every operator block and every key in it must hold (AND); the values listed for one key
// are alternatives (OR) for positive operators, and all must fail to match (NOR) for negated ones.
// A key missing from the request makes a positive operator false and a negated one true; `...IfExists`
// makes any operator true then; `Null` tests presence itself.


const number = (text) => (text.trim() === '' ? Number.NaN : Number(text));
/** Dates as ISO 8601 text or as epoch seconds. */
function date(text) {
    if (/^-?\d+(\.\d+)?$/.test(text.trim()))
        return Number(text) * 1000;
    return Date.parse(text);
}
function numeric(test) {
    return (c, p) => {
        const a = number(c);
        const b = number(p);
        return !Number.isNaN(a) && !Number.isNaN(b) && test(a, b);
    };
}
function dated(test) {
    return (c, p) => {
        const a = date(c);
        const b = date(p);
        return !Number.isNaN(a) && !Number.isNaN(b) && test(a, b);
    };
}
function ipv4(text) {
    const parts = text.trim().split('.');
    if (parts.length !== 4 || parts.some((part) => !/^\d{1,3}$/.test(part) || Number(part) > 255))
        return undefined;
    return parts.reduce((acc, part) => acc * 256 + Number(part), 0);
}
/** IPv4 addresses against a CIDR range (IPv6 compares as text). */
function inRange(address, range) {
    const [base, bitsText] = range.split('/');
    const a = ipv4(address);
    const b = ipv4(base);
    if (a === undefined || b === undefined)
        return address.toLowerCase() === range.toLowerCase();
    const bits = bitsText === undefined ? 32 : Number(bitsText);
    if (!(bits >= 0 && bits <= 32))
        return false;
    const size = 2 ** (32 - bits);
    return Math.floor(a / size) === Math.floor(b / size);
}
const positive = (compare) => ({ compare, negated: false });
const negated = (compare) => ({ compare, negated: true });
const stringEquals = (c, p) => c === p;
const stringEqualsIgnoreCase = (c, p) => c.toLowerCase() === p.toLowerCase();
const stringLike = (c, p) => globMatches(p, c);
const arnEquals = (c, p) => c === p;
const arnLike = (c, p) => matchesArn(p, c);
const bool = (c, p) => c.toLowerCase() === p.toLowerCase();
const OPERATORS = {
    stringequals: positive(stringEquals),
    stringnotequals: negated(stringEquals),
    stringequalsignorecase: positive(stringEqualsIgnoreCase),
    stringnotequalsignorecase: negated(stringEqualsIgnoreCase),
    stringlike: { ...positive(stringLike), like: true },
    stringnotlike: { ...negated(stringLike), like: true },
    numericequals: positive(numeric((a, b) => a === b)),
    numericnotequals: negated(numeric((a, b) => a === b)),
    numericlessthan: positive(numeric((a, b) => a < b)),
    numericlessthanequals: positive(numeric((a, b) => a <= b)),
    numericgreaterthan: positive(numeric((a, b) => a > b)),
    numericgreaterthanequals: positive(numeric((a, b) => a >= b)),
    dateequals: positive(dated((a, b) => a === b)),
    datenotequals: negated(dated((a, b) => a === b)),
    datelessthan: positive(dated((a, b) => a < b)),
    datelessthanequals: positive(dated((a, b) => a <= b)),
    dategreaterthan: positive(dated((a, b) => a > b)),
    dategreaterthanequals: positive(dated((a, b) => a >= b)),
    bool: positive(bool),
    binaryequals: positive(stringEquals),
    ipaddress: positive(inRange),
    notipaddress: negated(inRange),
    arnequals: positive(arnEquals),
    arnnotequals: negated(arnEquals),
    arnlike: { ...positive(arnLike), like: true },
    arnnotlike: { ...negated(arnLike), like: true },
};
const asStrings = (value) => (Array.isArray(value) ? value : [value]).map((v) => String(v));
/** The request's values for a key: undefined when absent (an empty list counts as absent). */
function contextValues(context, key) {
    const value = context.get(key.toLowerCase());
    if (value === undefined)
        return undefined;
    const list = Array.isArray(value) ? value : [value];
    return list.length === 0 ? undefined : list;
}
/** Whether one operator:key:values condition holds. Unknown operators never hold. */
function conditionHolds(operatorName, key, policyValue, context, variables) {
    let name = operatorName.toLowerCase();
    let qualifier;
    if (name.startsWith('foranyvalue:')) {
        qualifier = 'any';
        name = name.slice('foranyvalue:'.length);
    }
    else if (name.startsWith('forallvalues:')) {
        qualifier = 'all';
        name = name.slice('forallvalues:'.length);
    }
    const ifExists = name.endsWith('ifexists');
    if (ifExists)
        name = name.slice(0, -'ifexists'.length);
    const present = contextValues(context, key);
    if (name === 'null') {
        // Null: "true" asks that the key be absent, "false" that it be present.
        const wanted = asStrings(policyValue).map((v) => v.toLowerCase());
        return wanted.some((v) => (v === 'true' ? present === undefined : v === 'false' ? present !== undefined : false));
    }
    const operator = OPERATORS[name];
    if (!operator)
        return false;
    // Variables in condition values; a value whose variable has no value matches nothing.
    const listed = asStrings(policyValue)
        .map((v) => (variables ? substituteVariables(v, context) : v))
        .filter((v) => v !== undefined)
        .map((v) => (operator.like ? v : literalText(v)));
    const matchesAny = (value) => listed.some((p) => operator.compare(value, p));
    const holdsFor = (value) => (operator.negated ? !matchesAny(value) : matchesAny(value));
    if (present === undefined) {
        if (qualifier === 'all')
            return true; // ForAllValues over an empty set is true.
        if (ifExists)
            return true;
        if (qualifier === 'any')
            return false;
        return operator.negated;
    }
    if (qualifier === 'all')
        return present.every(holdsFor);
    if (qualifier === 'any')
        return present.some(holdsFor);
    // A plain operator on a multivalued key: a positive one holds when some value matches, a
    // negated one when none does.
    return operator.negated ? present.every(holdsFor) : present.some(holdsFor);
}
/** A statement's whole Condition element (undefined = no condition = holds). */
function conditionBlockHolds(block, context, variables) {
    if (!block)
        return true;
    for (const [operatorName, entries] of Object.entries(block)) {
        if (!entries || typeof entries !== 'object')
            return false;
        for (const [key, value] of Object.entries(entries)) {
            if (!conditionHolds(operatorName, key, value, context, variables))
                return false;
        }
    }
    return true;
}

;// CONCATENATED MODULE: ./src/endpoint/iam-policy/evaluate.ts
// IAM's policy evaluation logic for identity-based (and, with a principal, resource-based) policies:
// an explicit Deny wins, otherwise any Allow allows, otherwise the request is implicitly denied.
// Follows "Policy evaluation logic" and the "IAM JSON policy elements reference" of the IAM User Guide
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html,
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html).



const asList = (value) => {
    if (value === undefined)
        return undefined;
    return (Array.isArray(value) ? value : [value]).map(String);
};
/**
 * A policy document (JSON text or parsed) as statements; a document that is not a policy grants
 * nothing (IAM refuses such documents when they are stored, so only hand-made callers meet this).
 */
function parsePolicy(document) {
    let parsed = document;
    if (typeof document === 'string') {
        try {
            parsed = JSON.parse(document);
        }
        catch {
            return { variables: false, statements: [] };
        }
    }
    if (!parsed || typeof parsed !== 'object')
        return { variables: false, statements: [] };
    const { Version, Statement } = parsed;
    const raw = Statement === undefined ? [] : Array.isArray(Statement) ? Statement : [Statement];
    const statements = [];
    for (const entry of raw) {
        if (!entry || typeof entry !== 'object' || (entry.Effect !== 'Allow' && entry.Effect !== 'Deny'))
            continue;
        statements.push({
            Sid: typeof entry.Sid === 'string' ? entry.Sid : undefined,
            Effect: entry.Effect,
            Action: asList(entry.Action),
            NotAction: asList(entry.NotAction),
            Resource: asList(entry.Resource),
            NotResource: asList(entry.NotResource),
            Principal: entry.Principal,
            NotPrincipal: entry.NotPrincipal,
            Condition: entry.Condition && typeof entry.Condition === 'object' ? entry.Condition : undefined,
        });
    }
    return { variables: Version === '2012-10-17', statements };
}
/** Context keys are case-insensitive in IAM; values keep their case. */
function normaliseContext(context) {
    const normalised = new Map();
    for (const [key, value] of Object.entries(context ?? {})) {
        if (value === undefined)
            continue;
        normalised.set(key.toLowerCase(), Array.isArray(value) ? value.map(String) : String(value));
    }
    return normalised;
}
function actionApplies(statement, action) {
    if (statement.Action)
        return statement.Action.some((pattern) => matchesAction(pattern, action));
    if (statement.NotAction)
        return !statement.NotAction.some((pattern) => matchesAction(pattern, action));
    return false;
}
function resourceApplies(statement, resource, context, variables, resourceBased) {
    const resolve = (pattern) => (variables ? substituteVariables(pattern, context) : pattern);
    const matches = (pattern) => {
        const resolved = resolve(pattern);
        // A variable with no value in the request makes that pattern match nothing.
        return resolved !== undefined && matchesResource(resolved, resource);
    };
    if (statement.Resource)
        return statement.Resource.some(matches);
    if (statement.NotResource)
        return !statement.NotResource.some(matches);
    // A resource-based policy may leave Resource out (a trust policy's resource is its role); an identity
    // statement without one is invalid (IAM refuses to store it) and applies to nothing.
    return resourceBased;
}
/** Whether a Principal element names the requester. */
function principalMatches(element, principal, accountOf = accountFromArn) {
    if (element === '*')
        return true;
    if (!element || typeof element !== 'object')
        return false;
    const entries = asList(element[principal.type]) ?? [];
    return entries.some((entry) => {
        if (entry === '*')
            return true;
        if (principal.type === 'Service')
            return entry.toLowerCase() === principal.id.toLowerCase();
        if (principal.type === 'AWS') {
            // An account id or its root ARN stands for every principal of that account.
            const account = /^\d{12}$/.test(entry) ? entry : /^arn:aws[\w-]*:iam::(\d{12}):root$/.exec(entry)?.[1];
            if (account)
                return accountOf(principal.id) === account || principal.id === account;
        }
        return entry === principal.id;
    });
}
function accountFromArn(arn) {
    return /^arn:[^:]*:[^:]*:[^:]*:(\d{12}):/.exec(arn)?.[1];
}
/** Whether one statement applies to the request (Principal checked only when a principal is given). */
function statementApplies(statement, request, options) {
    const context = options.context ?? normaliseContext(request.context);
    if (options.principal) {
        if (statement.Principal !== undefined && !principalMatches(statement.Principal, options.principal))
            return false;
        if (statement.NotPrincipal !== undefined && principalMatches(statement.NotPrincipal, options.principal))
            return false;
        if (statement.Principal === undefined && statement.NotPrincipal === undefined)
            return false;
    }
    if (!actionApplies(statement, request.action))
        return false;
    if (!resourceApplies(statement, request.resource, context, options.variables, options.principal !== undefined))
        return false;
    return conditionBlockHolds(statement.Condition, context, options.variables);
}
function decide(documents, request, principal) {
    const context = normaliseContext(request.context);
    let allowed = false;
    for (const document of documents) {
        const policy = parsePolicy(document);
        for (const statement of policy.statements) {
            if (!statementApplies(statement, request, { variables: policy.variables, principal, context }))
                continue;
            if (statement.Effect === 'Deny')
                return 'ExplicitDeny';
            allowed = true;
        }
    }
    return allowed ? 'Allow' : 'ImplicitDeny';
}
/** documents: parsed or JSON-text identity policy documents */
function evaluatePolicies(documents, request) {
    return decide(documents, request);
}
/**
 * Resource-based policies (a role's trust policy among them): a statement applies only when its
 * Principal (or NotPrincipal) names the requester.
 */
function evaluateResourcePolicies(documents, request, principal) {
    return decide(documents, request, principal);
}


/***/ }),

/***/ 34819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* binding */ roleIdOfAccessKey),
/* harmony export */   Sh: () => (/* binding */ sessionNameOfToken),
/* harmony export */   Te: () => (/* binding */ sessionCredentials)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Credentials for code that runs as a role (a Lambda function's process): temporary-credential shaped
// keys ("ASIA...", as STS issues them) that name the role, so the endpoint can tell which role a
// request comes from. Derived from the role alone, so they stay the same across endpoint restarts.

const ROLE_ID_PREFIX = 'AROA';
const SESSION_KEY_PREFIX = 'ASIA';
const KEY_BODY = /^[A-Z0-9]{8,124}$/;
/** Marks a session token the endpoint made; what follows is base64url JSON naming the session. */
const TOKEN_PREFIX = 'LocalSession.';
/**
 * The role's session keys: access key "ASIA" + the RoleId after its "AROA". The session token carries
 * the session name (Lambda names a function's session after the function), for STS GetCallerIdentity.
 */
function sessionCredentials(role, sessionName) {
    if (!role.RoleId.startsWith(ROLE_ID_PREFIX))
        throw new Error(`Not a role id: ${role.RoleId}`);
    const digest = (label) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${label}\0${role.RoleId}\0${role.Arn}`).digest();
    const session = Buffer.from(JSON.stringify({ role: role.Arn, ...(sessionName ? { session: sessionName } : {}) })).toString('base64url');
    return {
        accessKeyId: `${SESSION_KEY_PREFIX}${role.RoleId.slice(ROLE_ID_PREFIX.length)}`,
        // Signatures are not checked by the endpoint: the secret only has to look like one.
        secretAccessKey: digest('secret').toString('base64').slice(0, 40),
        sessionToken: `${TOKEN_PREFIX}${session}.${digest('token').toString('base64url')}`,
    };
}
/** The session name a token from sessionCredentials carries, or undefined (another token, or none named). */
function sessionNameOfToken(token) {
    if (!token?.startsWith(TOKEN_PREFIX))
        return undefined;
    const [encoded] = token.slice(TOKEN_PREFIX.length).split('.');
    try {
        const parsed = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
        return typeof parsed.session === 'string' && parsed.session !== '' ? parsed.session : undefined;
    }
    catch {
        return undefined;
    }
}
/** The RoleId a session access key was made for, or undefined for any other key. */
function roleIdOfAccessKey(accessKeyId) {
    if (!accessKeyId.startsWith(SESSION_KEY_PREFIX))
        return undefined;
    const body = accessKeyId.slice(SESSION_KEY_PREFIX.length);
    return KEY_BODY.test(body) ? `${ROLE_ID_PREFIX}${body}` : undefined;
}


/***/ }),

/***/ 77406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $L: () => (/* binding */ trustPolicyAllows),
/* harmony export */   LF: () => (/* binding */ requireLambdaCanAssume),
/* harmony export */   ws: () => (/* binding */ requireStatesCanAssume)
/* harmony export */ });
/* unused harmony exports statesPrincipals, LAMBDA_PRINCIPAL */
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(816);
/* harmony import */ var _evaluate__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46875);
// Whether an AWS service may assume a role: the role must exist (as propagated to the service) and
// its trust policy must allow the service principal sts:AssumeRole, with the context the service sends
// (aws:SourceAccount, aws:SourceArn; "AWS global condition context keys" and "The confused deputy
// problem", https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html). Step Functions and
// Lambda check this when a role is handed to them and answer with the errors below.


/** Whether a trust policy lets one of the service principals assume the role. */
function trustPolicyAllows(trustPolicy, roleArn, servicePrincipals, context = {}) {
    const principals = Array.isArray(servicePrincipals) ? servicePrincipals : [servicePrincipals];
    return principals.some((id) => (0,_evaluate__WEBPACK_IMPORTED_MODULE_1__/* .evaluateResourcePolicies */ ._I)([trustPolicy], { action: 'sts:AssumeRole', resource: roleArn, context }, { type: 'Service', id }) === 'Allow');
}
/** The service principals of Step Functions in a region: the global one and the regional one. */
function statesPrincipals(region) {
    return ['states.amazonaws.com', `states.${region}.amazonaws.com`];
}
const LAMBDA_PRINCIPAL = 'lambda.amazonaws.com';
function contextOf(at) {
    return { 'aws:SourceAccount': at.accountId, 'aws:SourceArn': at.sourceArn, 'aws:RequestedRegion': at.region };
}
/** CreateStateMachine/UpdateStateMachine: Step Functions' answer when it cannot assume the role. */
function requireStatesCanAssume(iam, roleArn, at) {
    if (iam.checkAssumable(roleArn, statesPrincipals(at.region), contextOf(at)))
        return;
    throw new _types__WEBPACK_IMPORTED_MODULE_0__/* .AwsError */ .Gy('AccessDeniedException', 'Neither the global service principal states.amazonaws.com, nor the regional one is authorized to assume the provided role.');
}
/** CreateFunction/UpdateFunctionConfiguration: Lambda's answer when it cannot assume the role. */
function requireLambdaCanAssume(iam, roleArn, at) {
    if (iam.checkAssumable(roleArn, LAMBDA_PRINCIPAL, contextOf(at)))
        return;
    throw new _types__WEBPACK_IMPORTED_MODULE_0__/* .AwsError */ .Gy('InvalidParameterValueException', 'The role defined for the function cannot be assumed by Lambda.');
}


/***/ }),

/***/ 50398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DQ: () => (/* binding */ epochSeconds),
/* harmony export */   FZ: () => (/* binding */ jsonError),
/* harmony export */   VW: () => (/* binding */ requireString),
/* harmony export */   Y2: () => (/* binding */ parseJsonBody),
/* harmony export */   Yf: () => (/* binding */ jsonResponse)
/* harmony export */ });
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(816);
// The awsJson1_0 / awsJson1_1 / restJson1 wire shapes: JSON bodies in and out, errors as {__type, message}.

function parseJsonBody(request) {
    if (request.body.length === 0)
        return {};
    try {
        const parsed = JSON.parse(request.body.toString('utf8'));
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
            return parsed;
    }
    catch {
        // fall through
    }
    throw new _types__WEBPACK_IMPORTED_MODULE_0__/* .AwsError */ .Gy('SerializationException', 'Request body is not a JSON object');
}
function jsonResponse(body, status = 200, contentType = 'application/x-amz-json-1.0') {
    return { status, headers: { 'content-type': contentType }, body: JSON.stringify(body ?? {}) };
}
/**
 * An error as the JSON protocols send it. `namespace` is the Smithy namespace, e.g. 'com.amazonaws.sqs'.
 * `extraHeaders` carries e.g. SQS's x-amzn-query-error.
 */
function jsonError(error, namespace, extraHeaders = {}, contentType = 'application/x-amz-json-1.0') {
    return {
        status: error.status,
        headers: { 'content-type': contentType, 'x-amzn-errortype': error.code, ...extraHeaders },
        body: JSON.stringify({ __type: `${namespace}#${error.code}`, message: error.message }),
    };
}
/** Reads a required string member or throws the ValidationException AWS would. */
function requireString(input, name, code = 'ValidationException') {
    const value = input[name];
    if (typeof value !== 'string' || value.length === 0) {
        throw new _types__WEBPACK_IMPORTED_MODULE_0__/* .AwsError */ .Gy(code, `1 validation error detected: Value null at '${lowerFirst(name)}' failed to satisfy constraint: Member must not be null`);
    }
    return value;
}
function lowerFirst(s) {
    return s.charAt(0).toLowerCase() + s.slice(1);
}
/** Epoch seconds with fractions, as Step Functions timestamps are sent. */
function epochSeconds(ms) {
    return ms / 1000;
}


/***/ }),

/***/ 24886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ readList),
/* harmony export */   OW: () => (/* binding */ readStructList),
/* harmony export */   UA: () => (/* binding */ parseQueryParams),
/* harmony export */   es: () => (/* binding */ xmlError),
/* harmony export */   te: () => (/* binding */ xmlResponse),
/* harmony export */   tk: () => (/* binding */ requireParam)
/* harmony export */ });
/* unused harmony exports escapeXml, toXml */
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(816);
// The awsQuery wire shapes (CloudFormation, IAM, STS): form-encoded parameters in, XML out.

/** Parameters of a query request: the form body for POST, merged over the URL query. */
function parseQueryParams(request) {
    const params = new URLSearchParams(request.query);
    if (request.body.length > 0) {
        for (const [k, v] of new URLSearchParams(request.body.toString('utf8')))
            params.set(k, v);
    }
    return params;
}
/** `Prefix.member.1`, `Prefix.member.2`, … as a list of strings. */
function readList(params, prefix) {
    const out = [];
    for (let i = 1; params.has(`${prefix}.member.${i}`); i++)
        out.push(params.get(`${prefix}.member.${i}`));
    return out;
}
/** `Prefix.member.N.Field` structures as a list of records (e.g. Parameters.member.1.ParameterKey). */
function readStructList(params, prefix) {
    const out = [];
    for (let i = 1;; i++) {
        const head = `${prefix}.member.${i}.`;
        const entry = {};
        for (const [k, v] of params)
            if (k.startsWith(head))
                entry[k.slice(head.length)] = v;
        if (Object.keys(entry).length === 0)
            return out;
        out.push(entry);
    }
}
function escapeXml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
/** Objects become elements, arrays become <member> lists, Dates ISO 8601; null/undefined members are left out. */
function toXml(value) {
    if (value === null || value === undefined)
        return '';
    if (value instanceof Date)
        return value.toISOString();
    if (Array.isArray(value))
        return value.map((v) => `<member>${toXml(v)}</member>`).join('');
    if (typeof value === 'object') {
        return Object.entries(value)
            .filter(([, v]) => v !== null && v !== undefined)
            .map(([k, v]) => `<${k}>${toXml(v)}</${k}>`)
            .join('');
    }
    return escapeXml(String(value));
}
/** <ActionResponse xmlns=…><ActionResult>…</ActionResult><ResponseMetadata><RequestId>…</RequestId></ResponseMetadata></ActionResponse> */
function xmlResponse(action, result, requestId, xmlns) {
    const inner = result === undefined ? '' : `<${action}Result>${toXml(result)}</${action}Result>`;
    return {
        status: 200,
        headers: { 'content-type': 'text/xml' },
        body: `<${action}Response xmlns="${xmlns}">${inner}<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${action}Response>`,
    };
}
function xmlError(error, requestId) {
    return {
        status: error.status,
        headers: { 'content-type': 'text/xml' },
        body: `<ErrorResponse><Error><Type>${error.sender}</Type><Code>${escapeXml(error.code)}</Code>` +
            `<Message>${escapeXml(error.message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
    };
}
function requireParam(params, name) {
    const value = params.get(name);
    if (!value)
        throw new _types__WEBPACK_IMPORTED_MODULE_0__/* .AwsError */ .Gy('ValidationError', `1 validation error detected: Value null at '${name}' failed to satisfy constraint: Member must not be null`);
    return value;
}


/***/ }),

/***/ 11727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_PORT: () => (/* binding */ DEFAULT_PORT),
  createRequestListener: () => (/* binding */ createRequestListener),
  startEndpoint: () => (/* binding */ startEndpoint)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/endpoint/types.ts
var types = __webpack_require__(816);
;// CONCATENATED MODULE: ./src/endpoint/router.ts

/**
 * The request target as a RequestUrl. The JSON and query protocols always post to '/', which needs no URL
 * parsed for it (the target of every DynamoDB, SQS and Step Functions call); anything else is parsed.
 */
function requestUrl(target) {
    if (target === undefined || target === '/')
        return { pathname: '/', searchParams: new URLSearchParams() };
    return new URL(target, 'http://127.0.0.1');
}
const TARGET_PREFIXES = {
    DynamoDB_20120810: 'dynamodb',
    AmazonSQS: 'sqs',
    AWSStepFunctions: 'states',
};
const QUERY_VERSIONS = {
    '2010-05-15': 'cloudformation',
    '2010-05-08': 'iam',
    '2011-06-15': 'sts',
};
const LAMBDA_PATH = '/2015-03-31/';
/** `Credential=<key>/<date>/<region>/<service>/aws4_request` from an Authorization header. */
function credentialScope(authorization) {
    if (!authorization)
        return undefined;
    const match = /Credential=([^,\s]+)/.exec(authorization);
    if (!match)
        return undefined;
    const parts = match[1].split('/');
    // The access key id may itself not contain '/', so the scope is always the last four parts.
    if (parts.length < 5 || parts[parts.length - 1] !== 'aws4_request')
        return undefined;
    const [region, service] = parts.slice(-3, -1);
    if (!region || !service)
        return undefined;
    return { region, service };
}
function headerValue(headers, name) {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
}
/** Presigned URLs carry the scope in the query string instead of the header. */
function queryCredential(url) {
    const credential = url.searchParams.get('X-Amz-Credential');
    return credential ? `Credential=${credential}` : undefined;
}
/** Routes on everything but the body; `service` is undefined when only the body's Version can tell. */
function routeByHeaders(headers, url) {
    const scope = credentialScope(headerValue(headers, 'authorization') ?? queryCredential(url));
    const targetHeader = headerValue(headers, 'x-amz-target');
    const [prefix, target] = targetHeader ? splitTarget(targetHeader) : [undefined, undefined];
    const region = scope?.region ?? types/* DEFAULT_REGION */.t9;
    if (scope)
        return { service: scope.service, region, target };
    if (prefix && TARGET_PREFIXES[prefix])
        return { service: TARGET_PREFIXES[prefix], region, target };
    if (url.pathname.startsWith(LAMBDA_PATH))
        return { service: 'lambda', region, target };
    const version = url.searchParams.get('Version');
    if (version && QUERY_VERSIONS[version])
        return { service: QUERY_VERSIONS[version], region, target };
    return { region, target };
}
function splitTarget(target) {
    const dot = target.indexOf('.');
    return dot < 0 ? [target, undefined] : [target.slice(0, dot), target.slice(dot + 1)];
}
/** The query protocol's service, from the form body's (or query string's) Version. */
function serviceFromVersion(params) {
    const version = params.get('Version');
    return version ? QUERY_VERSIONS[version] : undefined;
}
/**
 * Whether the caller speaks a JSON protocol (so errors must be JSON) rather than the query protocol
 * (XML errors). Decided from what the caller sent, since the service may be unknown.
 */
function expectsJson(headers, path) {
    if (headerValue(headers, 'x-amz-target'))
        return true;
    if (path.startsWith(LAMBDA_PATH))
        return true;
    const contentType = headerValue(headers, 'content-type') ?? '';
    return contentType.includes('json');
}

;// CONCATENATED MODULE: ./src/endpoint/admission.ts


const SIGV4 = 'AWS4-HMAC-SHA256';
/** awsJson 1.0 (DynamoDB, SQS, Step Functions) and 1.1: the SDKs send exactly these. */
const AWS_JSON = /^application\/x-amz-json-1\.[01]\s*(;|$)/i;
const FORM = /^application\/x-www-form-urlencoded\s*(;|$)/i;
/** The content types a browser may send cross-site without a preflight. */
const SIMPLE_TYPES = /^(text\/plain|application\/x-www-form-urlencoded|multipart\/form-data)\s*(;|$)/i;
const JSON_SERVICES = new Set(['dynamodb', 'sqs', 'states']);
const QUERY_SERVICES = new Set(['cloudformation', 'iam', 'sts']);
/** Response headers a browser client (allowed origin) must be able to read. */
const EXPOSED_HEADERS = 'x-amzn-requestid, x-amzn-errortype, x-amzn-query-error, x-amz-function-error, x-amz-log-result, x-amz-executed-version, x-amz-crc32, etag';
function header(headers, name) {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
}
/** localhost, *.localhost, 127.0.0.0/8 and [::1], with or without a port; the only names a DNS rebinding cannot use. */
function isLoopbackHost(host) {
    const name = (host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d*$/, '')).toLowerCase();
    if (name === 'localhost' || name.endsWith('.localhost'))
        return true;
    if (name === '[::1]')
        return true;
    return /^127(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(name);
}
/** The protocol's spelling of an error code: the query protocol's drop the 'Exception' the JSON protocols carry. */
function coded(query, code) {
    return query ? code : `${code}Exception`;
}
/** The parts SigV4 requires of an Authorization header, each with the pattern that finds it (compiled once). */
const AUTHORIZATION_PARTS = ['Credential', 'Signature', 'SignedHeaders'].map((part) => ({ part, pattern: new RegExp(`(^|[\\s,])${part}=[^,\\s]+`) }));
/** What SigV4 asks of an Authorization header, as AWS lists it when a part is missing. */
function checkAuthorization(authorization, headers, query) {
    const missing = [];
    const signed = authorization.startsWith(`${SIGV4} `);
    const parameters = authorization.slice(SIGV4.length);
    for (const { part, pattern } of AUTHORIZATION_PARTS) {
        if (!signed || !pattern.test(parameters)) {
            missing.push(`Authorization header requires '${part}' parameter.`);
        }
    }
    if (!header(headers, 'x-amz-date') && !header(headers, 'date'))
        missing.push("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
    if (missing.length > 0) {
        throw new types/* AwsError */.Gy(coded(query, 'IncompleteSignature'), `${missing.join(' ')} Authorization=${authorization.split(/\s/)[0]}`, 403);
    }
}
function checkPresigned(params, query) {
    const algorithm = params.get('X-Amz-Algorithm');
    if (algorithm && algorithm !== SIGV4)
        throw new types/* AwsError */.Gy(coded(query, 'IncompleteSignature'), `X-Amz-Algorithm only supports "${SIGV4}"`, 403);
    const missing = ['X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Signature', 'X-Amz-Date', 'X-Amz-SignedHeaders'].filter((name) => !params.get(name));
    if (missing.length > 0) {
        throw new types/* AwsError */.Gy(coded(query, 'IncompleteSignature'), `AWS query-string parameters must include ${missing.map((m) => `'${m}'`).join(', ')}. Re-examine the query-string parameters.`, 403);
    }
}
/** Whether the request carries a body (POST/PUT with content). */
function hasBody(headers) {
    const length = header(headers, 'content-length');
    return (length !== undefined && length !== '0') || header(headers, 'transfer-encoding') !== undefined;
}
/** The content type each service's protocol uses; throws the service's error for any other. */
function checkContentType(request) {
    const { service, headers, method, url } = request;
    const contentType = header(headers, 'content-type') ?? '';
    if (service && JSON_SERVICES.has(service)) {
        if (AWS_JSON.test(contentType))
            return;
        // What an awsJson service answers when it cannot tell the protocol: it knows no such operation.
        throw new types/* AwsError */.Gy('UnknownOperationException', `The content type '${contentType || '(none)'}' is not one this service's protocol uses; send application/x-amz-json-1.0 (or 1.1)`);
    }
    if (service && QUERY_SERVICES.has(service)) {
        if (method === 'GET' || !hasBody(headers) || FORM.test(contentType))
            return;
        // The query protocol reads a body only as a form: without one the request names no action.
        throw new types/* AwsError */.Gy('MissingAction', `The request is missing an action or a required parameter: a query-protocol body must be application/x-www-form-urlencoded, not '${contentType || '(none)'}'`);
    }
    if (service === 'lambda') {
        // An invocation's payload is opaque bytes; every other Lambda body is JSON, which no browser can send
        // cross-site without a preflight: the types it can are refused.
        if (url.pathname.endsWith('/invocations') || !hasBody(headers) || !SIMPLE_TYPES.test(contentType))
            return;
        throw new types/* AwsError */.Gy('UnsupportedMediaTypeException', `The content type '${contentType}' is not supported; Lambda's request bodies are application/json`, 415);
    }
}
function createAdmission(options = {}) {
    const allowed = new Set((options.allowOrigins ?? []).map((origin) => origin.replace(/\/+$/, '').toLowerCase()));
    const originAllowed = (origin) => allowed.has('*') || allowed.has(origin.toLowerCase());
    return {
        admit(request) {
            const { headers, url, service } = request;
            // Refusals are worded in the caller's protocol, which an unsigned query caller shows only by not being JSON.
            const query = service ? QUERY_SERVICES.has(service) : !expectsJson(headers, url.pathname);
            const denied = (message) => new types/* AwsError */.Gy(coded(query, 'AccessDenied'), message, 403);
            const host = header(headers, 'host');
            if (host !== undefined && !isLoopbackHost(host)) {
                throw denied(`The local endpoint answers only requests addressed to a loopback name (localhost, 127.0.0.1, [::1]), not to '${host}'`);
            }
            const origin = header(headers, 'origin');
            if (origin !== undefined && !originAllowed(origin)) {
                throw denied(`Requests from the browser origin '${origin}' are refused; start the endpoint with --allow-origin ${origin} to let them in`);
            }
            // A browser's own navigations and subresource loads (a GET with the parameters in the URL) carry
            // no Origin, but say where they come from here.
            const site = header(headers, 'sec-fetch-site');
            if (origin === undefined && site !== undefined && site !== 'none' && site !== 'same-origin') {
                throw denied(`Requests a browser makes for another site (Sec-Fetch-Site: ${site}) are refused`);
            }
            const authorization = header(headers, 'authorization');
            if (authorization !== undefined)
                checkAuthorization(authorization, headers, query);
            else if (url.searchParams.has('X-Amz-Algorithm') || url.searchParams.has('X-Amz-Credential'))
                checkPresigned(url.searchParams, query);
            else
                throw new types/* AwsError */.Gy(coded(query, 'MissingAuthenticationToken'), 'Request is missing Authentication Token', 403);
            checkContentType(request);
        },
        corsHeaders(headers) {
            const origin = header(headers, 'origin');
            if (origin === undefined || !originAllowed(origin))
                return undefined;
            return { 'access-control-allow-origin': origin, 'access-control-expose-headers': EXPOSED_HEADERS, vary: 'Origin' };
        },
        isAllowedPreflight(method, headers) {
            const origin = header(headers, 'origin');
            return method === 'OPTIONS' && origin !== undefined && originAllowed(origin) && header(headers, 'access-control-request-method') !== undefined;
        },
    };
}
/** The headers answering an allowed preflight: the method and headers it asked for, for a day. */
function preflightHeaders(headers) {
    return {
        'access-control-allow-methods': 'GET, POST, PUT, DELETE, PATCH',
        'access-control-allow-headers': header(headers, 'access-control-request-headers') ?? '*',
        'access-control-max-age': '86400',
    };
}

// EXTERNAL MODULE: ./src/endpoint/behaviour.ts
var behaviour = __webpack_require__(77594);
// EXTERNAL MODULE: ./src/endpoint/faults.ts
var faults = __webpack_require__(12500);
// EXTERNAL MODULE: ./src/endpoint/iam-policy/evaluate.ts + 3 modules
var evaluate = __webpack_require__(46875);
;// CONCATENATED MODULE: ./src/endpoint/authz/call.ts
const call_QUERY_SERVICES = new Set(['cloudformation', 'iam', 'sts']);
function readCall(request) {
    const base = { service: request.service, region: request.region, accountId: request.accountId };
    if (call_QUERY_SERVICES.has(request.service)) {
        const params = formParams(request);
        return { ...base, operation: params.get('Action') ?? '', json: {}, params, path: {} };
    }
    if (request.service === 'lambda') {
        const { operation, path } = lambdaOperation(request.method, request.path);
        return { ...base, operation, json: jsonBody(request.body), params: request.query, path };
    }
    return { ...base, operation: request.target ?? '', json: jsonBody(request.body), params: request.query, path: {} };
}
function formParams(request) {
    const params = new URLSearchParams(request.query);
    if (request.body.length > 0)
        for (const [k, v] of new URLSearchParams(request.body.toString('utf8')))
            params.set(k, v);
    return params;
}
function jsonBody(body) {
    if (body.length === 0)
        return {};
    try {
        const parsed = JSON.parse(body.toString('utf8'));
        return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {};
    }
    catch {
        return {};
    }
}
/**
 * Lambda's REST routes (the request URIs of the Lambda API Reference), as operation names. Only the
 * method, the API version segment and the shape of the path decide; the function need not exist.
 */
function lambdaOperation(method, rawPath) {
    const segments = rawPath.split('/').filter(Boolean).map(safeDecode);
    const [version, collection, name, sub, subName] = segments;
    const found = (operation, path = {}) => ({ operation, path });
    if (version === '2017-03-31' && collection === 'tags' && segments.length >= 3) {
        const arn = segments.slice(2).join('/');
        const byMethod = { GET: 'ListTags', POST: 'TagResource', DELETE: 'UntagResource' };
        if (byMethod[method])
            return found(byMethod[method], { ARN: arn });
    }
    if (version === '2016-08-19' && collection === 'account-settings' && method === 'GET')
        return found('GetAccountSettings');
    if ((version === '2017-10-31' || version === '2019-09-30') && collection === 'functions' && name && sub === 'concurrency') {
        const byMethod = { PUT: 'PutFunctionConcurrency', DELETE: 'DeleteFunctionConcurrency', GET: 'GetFunctionConcurrency' };
        if (byMethod[method])
            return found(byMethod[method], { FunctionName: name });
    }
    if (version === '2015-03-31' && collection === 'functions') {
        if (name === undefined) {
            if (method === 'POST')
                return found('CreateFunction');
            if (method === 'GET')
                return found('ListFunctions');
        }
        else {
            const key = `${method} ${sub ?? ''}${subName !== undefined ? '/{}' : ''}`;
            const operation = LAMBDA_FUNCTION_ROUTES[key];
            if (operation) {
                const path = { FunctionName: name };
                if (sub === 'aliases' && subName !== undefined)
                    path.Name = subName;
                if (sub === 'policy' && subName !== undefined)
                    path.StatementId = subName;
                return found(operation, path);
            }
        }
    }
    return found(`${method} ${rawPath}`);
}
const LAMBDA_FUNCTION_ROUTES = {
    'GET ': 'GetFunction',
    'DELETE ': 'DeleteFunction',
    'GET configuration': 'GetFunctionConfiguration',
    'PUT configuration': 'UpdateFunctionConfiguration',
    'PUT code': 'UpdateFunctionCode',
    'POST invocations': 'Invoke',
    'POST versions': 'PublishVersion',
    'GET versions': 'ListVersionsByFunction',
    'POST aliases': 'CreateAlias',
    'GET aliases': 'ListAliases',
    'GET aliases/{}': 'GetAlias',
    'PUT aliases/{}': 'UpdateAlias',
    'DELETE aliases/{}': 'DeleteAlias',
    'POST policy': 'AddPermission',
    'GET policy': 'GetPolicy',
    'DELETE policy/{}': 'RemovePermission',
};
function safeDecode(segment) {
    try {
        return decodeURIComponent(segment);
    }
    catch {
        return segment;
    }
}

// EXTERNAL MODULE: ./src/endpoint/protocol/query.ts
var query = __webpack_require__(24886);
;// CONCATENATED MODULE: ./src/endpoint/authz/denial.ts
// A refused request as each service and protocol really sends it. Measured answers of AWS (and the
// SDKs' own parsing) give the shapes: DynamoDB and Step Functions answer 400 with a
// com.amazon.coral.service#AccessDeniedException body; SQS (JSON, query-compatible) 403 with the
// same body and `x-amzn-query-error: AccessDenied;Sender`, so the SDK reports `AccessDenied`; Lambda 403
// with `x-amzn-ErrorType: AccessDeniedException` and a `Message` body; the query services
// (CloudFormation, IAM, STS) 403 with an XML `AccessDenied` error.


const CORAL = 'com.amazon.coral.service';
/** The status each service answers a denial with, and the code it names it by. */
const WIRE = {
    dynamodb: { status: 400, code: 'AccessDeniedException' },
    states: { status: 400, code: 'AccessDeniedException' },
    sqs: { status: 403, code: 'AccessDeniedException' },
    lambda: { status: 403, code: 'AccessDeniedException' },
};
const QUERY_DENIAL = { status: 403, code: 'AccessDenied' };
/** An authorisation failure, rendered by `accessDeniedResponse` rather than the service's own error shape. */
class AccessDeniedError extends types/* AwsError */.Gy {
    service;
    constructor(service, message) {
        const wire = WIRE[service] ?? QUERY_DENIAL;
        super(wire.code, message, wire.status, 'Sender');
        this.service = service;
    }
}
/**
 * IAM's denial message, as services pass it on: who, which action, which resource, and why. SQS names
 * its actions in lower case in these messages (`sqs:sendmessage`).
 */
function denialMessage(service, principalArn, action, resource, reason) {
    const named = service === 'sqs' ? action.toLowerCase() : action;
    const why = reason === 'ExplicitDeny' ? 'with an explicit deny in an identity-based policy' : `because no identity-based policy allows the ${named} action`;
    return `User: ${principalArn} is not authorized to perform: ${named} on resource: ${resource} ${why}`;
}
function accessDeniedResponse(error, requestId, json) {
    if (!json || !WIRE[error.service])
        return (0,query/* xmlError */.es)(error, requestId);
    const headers = { 'x-amzn-errortype': error.code, 'x-amzn-requestid': requestId };
    switch (error.service) {
        case 'sqs':
            return {
                status: error.status,
                headers: { ...headers, 'content-type': 'application/x-amz-json-1.0', 'x-amzn-query-error': 'AccessDenied;Sender' },
                body: JSON.stringify({ __type: `${CORAL}#${error.code}`, Message: error.message }),
            };
        case 'lambda':
            return { status: error.status, headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ Message: error.message }) };
        default:
            return {
                status: error.status,
                headers: { ...headers, 'content-type': 'application/x-amz-json-1.0' },
                body: JSON.stringify({ __type: `${CORAL}#${error.code}`, message: error.message }),
            };
    }
}

;// CONCATENATED MODULE: ./src/endpoint/authz/arns.ts
// The ARNs IAM authorises each request against, built from what the request names (a table name, a
// queue URL, a function name or partial ARN, a stack name, a role name), in the formats of the Service
// Authorization Reference's "Resource types" tables. A name that already is an ARN is used as it is.
const isArn = (value) => value.startsWith('arn:');
function tableArn(region, accountId, tableName) {
    return isArn(tableName) ? tableName : `arn:aws:dynamodb:${region}:${accountId}:table/${tableName}`;
}
function indexArn(region, accountId, tableName, indexName) {
    return `${tableArn(region, accountId, tableName)}/index/${indexName}`;
}
/** `https://host/<account>/<name>` (or a bare name) -> `arn:aws:sqs:<region>:<account>:<name>`. */
function queueArn(region, accountId, queueUrlOrName) {
    if (isArn(queueUrlOrName))
        return queueUrlOrName;
    const segments = queueUrlOrName.replace(/^[a-z]+:\/\/[^/]*/i, '').split('/').filter(Boolean);
    const name = segments[segments.length - 1] ?? '';
    const account = segments.length >= 2 && /^\d{12}$/.test(segments[segments.length - 2]) ? segments[segments.length - 2] : accountId;
    return `arn:aws:sqs:${region}:${account}:${name}`;
}
/**
 * A Lambda function as AWS names it in any of its accepted forms: `name`, `name:qualifier`,
 * `account:function:name[:qualifier]` or the full ARN; the `Qualifier` parameter, when given, names the
 * version or alias. Qualified ARNs are what IAM sees for qualified calls.
 */
function functionArn(region, accountId, nameOrArn, qualifier) {
    const parts = nameOrArn.split(':');
    let arnRegion = region;
    let account = accountId;
    let name;
    let inlineQualifier;
    if (isArn(nameOrArn)) {
        // arn:aws:lambda:region:account:function:name[:qualifier]
        [arnRegion, account, , name, inlineQualifier] = [parts[3], parts[4], parts[5], parts[6] ?? '', parts[7]];
    }
    else if (parts.length >= 3 && parts[1] === 'function') {
        [account, , name, inlineQualifier] = [parts[0], parts[1], parts[2], parts[3]];
    }
    else {
        [name, inlineQualifier] = [parts[0], parts[1]];
    }
    const version = qualifier || inlineQualifier;
    return `arn:aws:lambda:${arnRegion}:${account}:function:${name}${version ? `:${version}` : ''}`;
}
function stateMachineArn(region, accountId, name) {
    return `arn:aws:states:${region}:${accountId}:stateMachine:${name}`;
}
/**
 * A stack named by name or by stack id (its ARN). By name, the stack's unique id suffix is not known
 * before it exists, so the resource is `stack/<name>/*`, which is also how CloudFormation's own denial
 * messages show it.
 */
function stackArn(region, accountId, nameOrId) {
    return isArn(nameOrId) ? nameOrId : `arn:aws:cloudformation:${region}:${accountId}:stack/${nameOrId}/*`;
}
/** A role by name (with its path, when known) or ARN. */
function roleArn(accountId, nameOrArn, path = '/') {
    if (isArn(nameOrArn))
        return nameOrArn;
    const normalised = path.startsWith('/') ? path : `/${path}`;
    return `arn:aws:iam::${accountId}:role${normalised.endsWith('/') ? normalised : `${normalised}/`}${nameOrArn}`;
}
function managedPolicyArn(accountId, name, path = '/') {
    const normalised = path.endsWith('/') ? path : `${path}/`;
    return `arn:aws:iam::${accountId}:policy${normalised.startsWith('/') ? normalised : `/${normalised}`}${name}`;
}

;// CONCATENATED MODULE: ./src/endpoint/authz/operations.ts
// For every operation the local endpoint serves (and a few close relatives callers meet), the IAM
// action(s) and resource ARN(s) AWS authorises it with. An operation missing here is refused under a
// caller policy with a message naming it: nothing passes unchecked.
//
// Source: the Service Authorization Reference, "Actions, resources, and condition keys for" Amazon
// DynamoDB, Amazon SQS, AWS Lambda, AWS Step Functions, AWS CloudFormation, AWS Identity and Access
// Management, and AWS Security Token Service
// (https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html),
// with the service guides it points to where an operation needs several actions:
// - "Using IAM with DynamoDB transactions" (a transaction is authorised per item as PutItem, UpdateItem,
//   DeleteItem, ConditionCheckItem, GetItem, with dynamodb:EnclosingOperation);
// - "Amazon SQS API permissions: Actions and resource reference" (batch operations are authorised as
//   their single-message actions; ListQueues on arn:aws:sqs:<region>:<account>:*; tagging on create
//   also needs sqs:TagQueue);
// - "Fine-tuning the Resources and Conditions sections of policies" (Lambda: a qualified call is
//   authorised on the version or alias ARN);
// - "Authorization for versions and aliases in Step Functions workflows" (a version or alias ARN is
//   authorised as the state machine's ARN, the qualifier in states:StateMachineQualifier; publish on
//   create/update also needs states:PublishStateMachineVersion);
// - IAM User Guide, "Granting a user permissions to pass a role to an AWS service" (iam:PassRole with
//   iam:PassedToService wherever a role ARN is handed to a service).
// sts:GetCallerIdentity needs no permission ("No permissions are required to perform this operation",
// GetCallerIdentity API reference): it is listed with no authorisations.
// Read on 2026-12-07.

const str = (value) => (typeof value === 'string' ? value : '');
const member = (call, name) => str(call.json[name]);
const param = (call, name) => call.params.get(name) ?? '';
const one = (action, resource, context) => [{ action, resource, ...(context ? { context } : {}) }];
/** Roles handed to a service must be passable by the caller, to that service. */
function passRole(role, accountId, service) {
    return { action: 'iam:PassRole', resource: roleArn(accountId, role), context: { 'iam:PassedToService': service } };
}
// ---- DynamoDB ----
const table = (call, name = member(call, 'TableName')) => tableArn(call.region, call.accountId, name);
const onTable = (action) => (call) => one(`dynamodb:${action}`, table(call));
/** Query and Scan on an index are authorised on the index's ARN. */
const onTableOrIndex = (action) => (call) => {
    const index = member(call, 'IndexName');
    return one(`dynamodb:${action}`, index ? indexArn(call.region, call.accountId, member(call, 'TableName'), index) : table(call));
};
const onEachTable = (action) => (call) => {
    const tables = Object.keys(call.json.RequestItems ?? {});
    return tables.map((name) => ({ action: `dynamodb:${action}`, resource: table(call, name) }));
};
const TRANSACT_ACTIONS = { Put: 'PutItem', Update: 'UpdateItem', Delete: 'DeleteItem', ConditionCheck: 'ConditionCheckItem', Get: 'GetItem' };
const transaction = (operation) => (call) => {
    const items = Array.isArray(call.json.TransactItems) ? call.json.TransactItems : [];
    return items.flatMap((item) => Object.entries(item ?? {})
        .filter(([kind]) => TRANSACT_ACTIONS[kind])
        .map(([kind, body]) => ({
        action: `dynamodb:${TRANSACT_ACTIONS[kind]}`,
        resource: table(call, str(body?.TableName)),
        context: { 'dynamodb:EnclosingOperation': operation },
    })));
};
const onResourceArn = (action) => (call) => one(`dynamodb:${action}`, member(call, 'ResourceArn'));
const DYNAMODB = {
    BatchGetItem: onEachTable('BatchGetItem'),
    BatchWriteItem: onEachTable('BatchWriteItem'),
    CreateTable: onTable('CreateTable'),
    DeleteItem: onTable('DeleteItem'),
    DeleteTable: onTable('DeleteTable'),
    DescribeTable: onTable('DescribeTable'),
    DescribeTimeToLive: onTable('DescribeTimeToLive'),
    UpdateTimeToLive: onTable('UpdateTimeToLive'),
    DescribeContinuousBackups: onTable('DescribeContinuousBackups'),
    GetItem: onTable('GetItem'),
    ListTables: () => one('dynamodb:ListTables', '*'),
    DescribeLimits: () => one('dynamodb:DescribeLimits', '*'),
    DescribeEndpoints: () => one('dynamodb:DescribeEndpoints', '*'),
    PutItem: onTable('PutItem'),
    Query: onTableOrIndex('Query'),
    Scan: onTableOrIndex('Scan'),
    TagResource: onResourceArn('TagResource'),
    UntagResource: onResourceArn('UntagResource'),
    ListTagsOfResource: onResourceArn('ListTagsOfResource'),
    UpdateItem: onTable('UpdateItem'),
    UpdateTable: onTable('UpdateTable'),
    TransactWriteItems: transaction('TransactWriteItems'),
    TransactGetItems: transaction('TransactGetItems'),
};
// ---- SQS ----
const queue = (call) => queueArn(call.region, call.accountId, member(call, 'QueueUrl'));
const onQueue = (action) => (call) => one(`sqs:${action}`, queue(call));
const hasEntries = (value) => !!value && typeof value === 'object' && Object.keys(value).length > 0;
const SQS = {
    AddPermission: onQueue('AddPermission'),
    ChangeMessageVisibility: onQueue('ChangeMessageVisibility'),
    ChangeMessageVisibilityBatch: onQueue('ChangeMessageVisibility'),
    CreateQueue: (call) => {
        const arn = queueArn(call.region, call.accountId, member(call, 'QueueName'));
        return [...one('sqs:CreateQueue', arn), ...(hasEntries(call.json.tags) ? one('sqs:TagQueue', arn) : [])];
    },
    DeleteMessage: onQueue('DeleteMessage'),
    DeleteMessageBatch: onQueue('DeleteMessage'),
    DeleteQueue: onQueue('DeleteQueue'),
    GetQueueAttributes: onQueue('GetQueueAttributes'),
    GetQueueUrl: (call) => {
        const owner = member(call, 'QueueOwnerAWSAccountId') || call.accountId;
        return one('sqs:GetQueueUrl', queueArn(call.region, owner, member(call, 'QueueName')));
    },
    ListDeadLetterSourceQueues: onQueue('ListDeadLetterSourceQueues'),
    ListQueues: (call) => one('sqs:ListQueues', `arn:aws:sqs:${call.region}:${call.accountId}:*`),
    ListQueueTags: onQueue('ListQueueTags'),
    PurgeQueue: onQueue('PurgeQueue'),
    ReceiveMessage: onQueue('ReceiveMessage'),
    RemovePermission: onQueue('RemovePermission'),
    SendMessage: onQueue('SendMessage'),
    SendMessageBatch: onQueue('SendMessage'),
    SetQueueAttributes: onQueue('SetQueueAttributes'),
    TagQueue: onQueue('TagQueue'),
    UntagQueue: onQueue('UntagQueue'),
};
// ---- Lambda ----
const fn = (call, qualified = true) => functionArn(call.region, call.accountId, call.path.FunctionName ?? member(call, 'FunctionName'), qualified ? call.params.get('Qualifier') : undefined);
const onFunction = (action, qualified = true) => (call) => one(`lambda:${action}`, fn(call, qualified));
const onAlias = (action) => (call) => one(`lambda:${action}`, functionArn(call.region, call.accountId, call.path.FunctionName ?? '', call.path.Name ?? member(call, 'Name')));
const LAMBDA = {
    CreateFunction: (call) => [
        ...one('lambda:CreateFunction', fn(call, false)),
        ...(member(call, 'Role') ? [passRole(member(call, 'Role'), call.accountId, 'lambda.amazonaws.com')] : []),
    ],
    ListFunctions: () => one('lambda:ListFunctions', '*'),
    GetAccountSettings: () => one('lambda:GetAccountSettings', '*'),
    GetFunction: onFunction('GetFunction'),
    GetFunctionConfiguration: onFunction('GetFunctionConfiguration'),
    UpdateFunctionConfiguration: (call) => [
        ...one('lambda:UpdateFunctionConfiguration', fn(call, false)),
        ...(member(call, 'Role') ? [passRole(member(call, 'Role'), call.accountId, 'lambda.amazonaws.com')] : []),
    ],
    UpdateFunctionCode: onFunction('UpdateFunctionCode', false),
    DeleteFunction: onFunction('DeleteFunction'),
    Invoke: onFunction('InvokeFunction'),
    PublishVersion: onFunction('PublishVersion', false),
    ListVersionsByFunction: onFunction('ListVersionsByFunction', false),
    CreateAlias: onFunction('CreateAlias', false),
    ListAliases: onFunction('ListAliases', false),
    GetAlias: onAlias('GetAlias'),
    UpdateAlias: onAlias('UpdateAlias'),
    DeleteAlias: onAlias('DeleteAlias'),
    AddPermission: onFunction('AddPermission'),
    RemovePermission: onFunction('RemovePermission'),
    GetPolicy: onFunction('GetPolicy'),
    PutFunctionConcurrency: onFunction('PutFunctionConcurrency', false),
    DeleteFunctionConcurrency: onFunction('DeleteFunctionConcurrency', false),
    GetFunctionConcurrency: onFunction('GetFunctionConcurrency', false),
    ListTags: (call) => one('lambda:ListTags', functionArn(call.region, call.accountId, call.path.ARN ?? '')),
    TagResource: (call) => one('lambda:TagResource', functionArn(call.region, call.accountId, call.path.ARN ?? '')),
    UntagResource: (call) => one('lambda:UntagResource', functionArn(call.region, call.accountId, call.path.ARN ?? '')),
};
// ---- Step Functions ----
/**
 * A state machine, version or alias ARN, authorised as the state machine's own ARN with the qualifier
 * (version number or alias name) in states:StateMachineQualifier. Execution ARNs are taken as given.
 */
function machine(arn) {
    const parts = arn.split(':');
    if (parts[5] === 'stateMachine' && parts.length === 8) {
        return { resource: parts.slice(0, 7).join(':'), context: { 'states:StateMachineQualifier': parts[7] } };
    }
    return { resource: arn };
}
const onMachine = (action, name = 'stateMachineArn') => (call) => {
    const { resource, context } = machine(member(call, name));
    return one(`states:${action}`, resource, context);
};
const onExecution = (action) => (call) => one(`states:${action}`, member(call, 'executionArn'));
const publishing = (call, machineArn) => (call.json.publish === true ? one('states:PublishStateMachineVersion', machineArn) : []);
const tagging = (call, arn, action) => (Array.isArray(call.json.tags) && call.json.tags.length > 0 ? one(action, arn) : []);
const STATES = {
    CreateStateMachine: (call) => {
        const arn = stateMachineArn(call.region, call.accountId, member(call, 'name'));
        return [
            ...one('states:CreateStateMachine', arn),
            ...publishing(call, arn),
            ...tagging(call, arn, 'states:TagResource'),
            ...(member(call, 'roleArn') ? [passRole(member(call, 'roleArn'), call.accountId, 'states.amazonaws.com')] : []),
        ];
    },
    UpdateStateMachine: (call) => {
        const arn = member(call, 'stateMachineArn');
        return [
            ...one('states:UpdateStateMachine', arn),
            ...publishing(call, arn),
            ...(member(call, 'roleArn') ? [passRole(member(call, 'roleArn'), call.accountId, 'states.amazonaws.com')] : []),
        ];
    },
    DescribeStateMachine: onMachine('DescribeStateMachine'),
    ListStateMachines: () => one('states:ListStateMachines', '*'),
    DeleteStateMachine: onMachine('DeleteStateMachine'),
    ValidateStateMachineDefinition: () => one('states:ValidateStateMachineDefinition', '*'),
    TagResource: onMachine('TagResource', 'resourceArn'),
    UntagResource: onMachine('UntagResource', 'resourceArn'),
    ListTagsForResource: onMachine('ListTagsForResource', 'resourceArn'),
    StartExecution: onMachine('StartExecution'),
    StartSyncExecution: onMachine('StartSyncExecution'),
    DescribeExecution: onExecution('DescribeExecution'),
    ListExecutions: onMachine('ListExecutions'),
    StopExecution: onExecution('StopExecution'),
    GetExecutionHistory: onExecution('GetExecutionHistory'),
    DescribeStateMachineForExecution: onExecution('DescribeStateMachineForExecution'),
    PublishStateMachineVersion: onMachine('PublishStateMachineVersion'),
    ListStateMachineVersions: onMachine('ListStateMachineVersions'),
    DeleteStateMachineVersion: onMachine('DeleteStateMachineVersion', 'stateMachineVersionArn'),
};
// ---- CloudFormation ----
/** The stack a request names; operations that may name none (DescribeStacks) are on `*` then. */
const stack = (call) => {
    const name = param(call, 'StackName');
    return name ? stackArn(call.region, call.accountId, name) : '*';
};
const onStack = (action) => (call) => one(`cloudformation:${action}`, stack(call));
const onChangeSet = (action) => (call) => {
    const changeSet = param(call, 'ChangeSetName');
    // A change set named by its ARN alone does not say which stack it belongs to.
    return one(`cloudformation:${action}`, param(call, 'StackName') ? stack(call) : `arn:aws:cloudformation:${call.region}:${call.accountId}:stack/*/*`, changeSet ? { 'cloudformation:ChangeSetName': changeSet } : undefined);
};
const CLOUDFORMATION = {
    CreateStack: onStack('CreateStack'),
    UpdateStack: onStack('UpdateStack'),
    DeleteStack: onStack('DeleteStack'),
    DescribeStacks: onStack('DescribeStacks'),
    ListStacks: () => one('cloudformation:ListStacks', '*'),
    DescribeStackEvents: onStack('DescribeStackEvents'),
    DescribeStackResources: onStack('DescribeStackResources'),
    DescribeStackResource: onStack('DescribeStackResource'),
    ListStackResources: onStack('ListStackResources'),
    GetTemplate: onStack('GetTemplate'),
    GetTemplateSummary: onStack('GetTemplateSummary'),
    ValidateTemplate: () => one('cloudformation:ValidateTemplate', '*'),
    CreateChangeSet: onChangeSet('CreateChangeSet'),
    DescribeChangeSet: onChangeSet('DescribeChangeSet'),
    ExecuteChangeSet: onChangeSet('ExecuteChangeSet'),
    DeleteChangeSet: onChangeSet('DeleteChangeSet'),
    ListChangeSets: onStack('ListChangeSets'),
    ListExports: () => one('cloudformation:ListExports', '*'),
    ListImports: () => one('cloudformation:ListImports', '*'),
    CancelUpdateStack: onStack('CancelUpdateStack'),
    ContinueUpdateRollback: onStack('ContinueUpdateRollback'),
    UpdateTerminationProtection: onStack('UpdateTerminationProtection'),
    GetStackPolicy: onStack('GetStackPolicy'),
    SetStackPolicy: onStack('SetStackPolicy'),
};
// ---- IAM ----
const role = (call, lookup, name = param(call, 'RoleName')) => lookup.roleArn(name) ?? roleArn(call.accountId, name);
const onRole = (action, context) => (call, lookup) => one(`iam:${action}`, role(call, lookup), context?.(call));
const policyArnContext = (call) => ({ 'iam:PolicyARN': param(call, 'PolicyArn') });
const IAM = {
    CreateRole: (call) => {
        const arn = roleArn(call.accountId, param(call, 'RoleName'), param(call, 'Path') || '/');
        return [...one('iam:CreateRole', arn), ...(call.params.has('Tags.member.1.Key') ? one('iam:TagRole', arn) : [])];
    },
    GetRole: onRole('GetRole'),
    DeleteRole: onRole('DeleteRole'),
    ListRoles: () => one('iam:ListRoles', '*'),
    UpdateRole: onRole('UpdateRole'),
    UpdateAssumeRolePolicy: onRole('UpdateAssumeRolePolicy'),
    PutRolePolicy: onRole('PutRolePolicy'),
    GetRolePolicy: onRole('GetRolePolicy'),
    DeleteRolePolicy: onRole('DeleteRolePolicy'),
    ListRolePolicies: onRole('ListRolePolicies'),
    AttachRolePolicy: onRole('AttachRolePolicy', policyArnContext),
    DetachRolePolicy: onRole('DetachRolePolicy', policyArnContext),
    ListAttachedRolePolicies: onRole('ListAttachedRolePolicies'),
    TagRole: onRole('TagRole'),
    UntagRole: onRole('UntagRole'),
    ListRoleTags: onRole('ListRoleTags'),
    CreatePolicy: (call) => one('iam:CreatePolicy', managedPolicyArn(call.accountId, param(call, 'PolicyName'), param(call, 'Path') || '/')),
    GetPolicy: (call) => one('iam:GetPolicy', param(call, 'PolicyArn')),
    GetPolicyVersion: (call) => one('iam:GetPolicyVersion', param(call, 'PolicyArn')),
    DeletePolicy: (call) => one('iam:DeletePolicy', param(call, 'PolicyArn')),
    ListPolicies: () => one('iam:ListPolicies', '*'),
};
// ---- STS ----
const STS = {
    GetCallerIdentity: () => [],
    AssumeRole: (call) => {
        const arn = param(call, 'RoleArn');
        return [
            ...one('sts:AssumeRole', arn),
            ...(call.params.has('Tags.member.1.Key') ? one('sts:TagSession', arn) : []),
            ...(param(call, 'SourceIdentity') ? one('sts:SetSourceIdentity', arn) : []),
        ];
    },
    GetSessionToken: () => one('sts:GetSessionToken', '*'),
    GetAccessKeyInfo: () => one('sts:GetAccessKeyInfo', '*'),
    DecodeAuthorizationMessage: () => one('sts:DecodeAuthorizationMessage', '*'),
};
const OPERATIONS = {
    dynamodb: DYNAMODB,
    sqs: SQS,
    lambda: LAMBDA,
    states: STATES,
    cloudformation: CLOUDFORMATION,
    iam: IAM,
    sts: STS,
};
/** The permissions a call needs, or undefined when the operation is not in the table. */
function authorisationsFor(call, lookup) {
    const resolve = Object.hasOwn(OPERATIONS, call.service) && Object.hasOwn(OPERATIONS[call.service], call.operation) ? OPERATIONS[call.service][call.operation] : undefined;
    return resolve?.(call, lookup);
}

// EXTERNAL MODULE: ./src/endpoint/iam-policy/sessions.ts
var sessions = __webpack_require__(34819);
;// CONCATENATED MODULE: ./src/endpoint/authz/principal.ts


/** The caller a caller policy is attached to; AWS names users this way in its denial messages. */
const CALLER_USER_NAME = 'local-caller';
const callerUserArn = (accountId) => `arn:aws:iam::${accountId}:user/${CALLER_USER_NAME}`;
/** The session name when the session token carries none (STS answers with the same). */
const SESSION_NAME = 'local-session';
/** The access key id of a SigV4-signed request (header or presigned query), if any. */
function accessKeyOf(headers, query) {
    const authorization = headers.authorization;
    const header = Array.isArray(authorization) ? authorization[0] : authorization;
    const credential = /Credential=([^,\s]+)/.exec(header ?? '')?.[1] ?? query?.get('X-Amz-Credential') ?? undefined;
    if (!credential)
        return undefined;
    // Scope is the last four parts; everything before is the key id.
    return credential.split('/').slice(0, -4).join('/') || undefined;
}
function securityToken(headers, query) {
    const header = headers['x-amz-security-token'];
    return (Array.isArray(header) ? header[0] : header) ?? query?.get('X-Amz-Security-Token') ?? undefined;
}
/** Whether the request is signed with a role session's key (so is always authorised as that role). */
function isSessionRequest(headers, query) {
    const key = accessKeyOf(headers, query);
    return key !== undefined && (0,sessions/* roleIdOfAccessKey */.Aw)(key) !== undefined;
}
/**
 * The principal of a request, or undefined when nothing is to be checked (no session key and no caller
 * policy). A session key of a role that no longer exists is refused as AWS refuses an invalid token.
 */
function principalOf(headers, query, accountId, callerPolicy, roles, json) {
    const key = accessKeyOf(headers, query);
    const roleId = key ? (0,sessions/* roleIdOfAccessKey */.Aw)(key) : undefined;
    if (roleId) {
        const role = roles.roleById(roleId);
        if (!role) {
            throw new types/* AwsError */.Gy(json ? 'UnrecognizedClientException' : 'InvalidClientTokenId', 'The security token included in the request is invalid.', 403);
        }
        // A function's session is named after the function, as Lambda names it.
        const session = (0,sessions/* sessionNameOfToken */.Sh)(securityToken(headers, query)) ?? SESSION_NAME;
        return {
            arn: `arn:aws:sts::${accountId}:assumed-role/${role.roleName}/${session}`,
            principalArn: role.arn,
            principalType: 'AssumedRole',
            userId: `${role.roleId}:${session}`,
            policies: role.policies,
        };
    }
    if (callerPolicy === undefined)
        return undefined;
    return {
        arn: callerUserArn(accountId),
        principalArn: callerUserArn(accountId),
        principalType: 'User',
        userId: CALLER_USER_NAME,
        policies: [callerPolicy],
    };
}

;// CONCATENATED MODULE: ./src/endpoint/authz/roles.ts
function roleDirectoryOf(iam) {
    return {
        roleById(roleId) {
            const role = iam.findRoleById(roleId);
            return role && { roleName: role.RoleName, arn: role.Arn, roleId: role.RoleId, policies: role.policies };
        },
    };
}

;// CONCATENATED MODULE: ./src/endpoint/authz/authoriser.ts







/** IAM and STS's global endpoints are in us-east-1, which is the region IAM sees their requests in. */
const GLOBAL_SERVICES = new Set(['iam']);
function createAuthoriser(behaviour, iam, options = {}) {
    const roles = options.roles ?? roleDirectoryOf(iam);
    const now = options.now ?? (() => new Date());
    const lookup = { roleArn: (name) => (name ? iam.getRole(name)?.Arn : undefined) };
    return {
        inspects: (headers) => behaviour.callerPolicy !== undefined || isSessionRequest(headers),
        check(request) {
            const json = expectsJson(request.headers, request.path);
            const principal = principalOf(request.headers, request.query, request.accountId, behaviour.callerPolicy, roles, json);
            if (principal)
                authorise(request, principal, lookup, now());
        },
    };
}
/** Throws the service's AccessDenied unless every permission the request needs is allowed. */
function authorise(request, principal, lookup, at) {
    const call = readCall(request);
    const needed = authorisationsFor(call, lookup);
    if (!needed) {
        throw new AccessDeniedError(request.service, `User: ${principal.arn} is not authorized to perform: ${request.service}:${call.operation || '(no operation)'}: the local endpoint has no IAM action and resource for this operation (src/endpoint/authz/operations.ts), so it refuses it under a caller policy or role session rather than let it pass unchecked`);
    }
    const context = requestContext(request, principal, at);
    for (const { action, resource, context: extra } of needed) {
        const decision = (0,evaluate/* evaluatePolicies */.mY)(principal.policies, { action, resource, context: { ...context, ...extra } });
        if (decision !== 'Allow')
            throw new AccessDeniedError(request.service, denialMessage(request.service, principal.arn, action, resource, decision));
    }
}
/** The global condition keys AWS puts in every request's context that the endpoint can know cheaply. */
function requestContext(request, principal, at) {
    return {
        'aws:SourceIp': '127.0.0.1',
        'aws:CurrentTime': at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        'aws:EpochTime': String(Math.floor(at.getTime() / 1000)),
        // The endpoint speaks plain HTTP on the loopback interface.
        'aws:SecureTransport': 'false',
        'aws:RequestedRegion': GLOBAL_SERVICES.has(request.service) ? 'us-east-1' : request.region,
        'aws:PrincipalAccount': request.accountId,
        'aws:PrincipalArn': principal.principalArn,
        'aws:PrincipalType': principal.principalType,
        'aws:userid': principal.userId,
        ...(principal.principalType === 'User' ? { 'aws:username': principal.arn.slice(principal.arn.lastIndexOf('/') + 1) } : {}),
    };
}

;// CONCATENATED MODULE: ./src/endpoint/gate.ts
// The checks a request meets before its service sees it, where AWS makes them before the service does:
// transient faults (strict mode) and authorisation of the caller (a caller policy, or the role whose
// session credentials signed it). Each check throws the AwsError the caller is to get.


/** The gate of a running endpoint; with no check active, nothing is read early and nothing is refused. */
function createGate(behaviour, backends, log = () => undefined) {
    const checks = [];
    // Faults first: a throttled or failing front door answers before anything is authorised.
    if (behaviour.faultRate > 0)
        checks.push((0,faults/* createFaultCheck */.nD)(behaviour, log));
    checks.push(createAuthoriser(behaviour, backends.iam));
    return composeGate(checks);
}
function composeGate(checks) {
    return {
        checks,
        inspects: (headers) => checks.some((c) => c.inspects(headers)),
        async check(request) {
            for (const c of checks)
                if (c.inspects(request.headers))
                    await c.check(request);
        },
    };
}

// EXTERNAL MODULE: ./src/endpoint/services/sqs/errors.ts
var errors = __webpack_require__(30665);
// EXTERNAL MODULE: ./src/endpoint/protocol/json.ts
var protocol_json = __webpack_require__(50398);
;// CONCATENATED MODULE: ./src/endpoint/protocol/errors.ts
// An AwsError as the service that failed sends it: JSON services with their own Smithy namespace (SQS with
// its legacy query code header), query services as XML. Used for errors raised before a service sees the
// request (routing, faults, denials) and for failures the server catches.




const JSON_NAMESPACES = {
    dynamodb: 'com.amazonaws.dynamodb.v20120810',
    states: 'com.amazonaws.sfn',
    lambda: 'com.amazonaws.lambda',
};
function serviceErrorResponse(service, error, requestId, json) {
    // Authorisation failures have a shape of their own in every service (see authz/denial.ts).
    if (error instanceof AccessDeniedError)
        return accessDeniedResponse(error, requestId, json);
    if (service === 'sqs' && json)
        return (0,errors/* sqsErrorResponse */.Jt)(error);
    if (!json)
        return (0,query/* xmlError */.es)(error, requestId);
    const namespace = (service && JSON_NAMESPACES[service]) || 'com.amazon.coral.service';
    if (service === 'lambda')
        return (0,protocol_json/* jsonError */.FZ)(error, namespace, {}, 'application/json');
    return (0,protocol_json/* jsonError */.FZ)(error, namespace);
}

;// CONCATENATED MODULE: ./src/endpoint/limits.ts

const MiB = 1024 * 1024;
/** DynamoDB: "The total request size exceeds 16 MB" (BatchWriteItem), the largest any request may be. */
const DYNAMODB_MAX_REQUEST_BYTES = 16 * MiB;
/** DynamoDB: "DynamoDB supports nested attributes up to 32 levels deep." */
const DYNAMODB_MAX_NESTING = 32;
/**
 * DynamoDB expressions nested deeper than this many parentheses are refused here: dynalite's expression
 * parser (a PEG parser without memoisation) takes time exponential in the depth (measured: 7 levels under a
 * second, 9 eight seconds, 11 two minutes, the event loop blocked throughout). AWS accepts deeper ones.
 */
const DYNAMODB_MAX_EXPRESSION_PARENTHESES = 6;
/** SQS: one message and a whole batch's payload are each at most 1 MiB. */
const SQS_MAX_PAYLOAD_BYTES = MiB;
/** Step Functions: a definition is at most 1,048,576 characters. */
const SFN_MAX_DEFINITION_CHARS = 1_048_576;
/** Lambda: the request limits its RequestEntityTooLargeException names (50 MB zip, base64, in JSON; 6 MB invoke payload). */
const LAMBDA_MAX_REQUEST_BYTES = 69_905_067;
const LAMBDA_MAX_INVOKE_BYTES = 6_291_456;
/** A body whose content escapes in JSON (quotes, control characters) takes more bytes than its payload allows. */
const JSON_ESCAPE_ROOM = 4;
/** The query services' bodies (templates are at most 51,200 bytes, url-encoding triples that at worst). */
const QUERY_MAX_REQUEST_BYTES = MiB;
/** Past this many bytes over its limit a body is no longer drained so its answer can be read: the connection is cut. */
const MAX_DRAIN_BYTES = 256 * MiB;
const limits_QUERY_SERVICES = new Set(['cloudformation', 'iam', 'sts']);
function tooLarge(service, limit) {
    const code = service && limits_QUERY_SERVICES.has(service) ? 'RequestEntityTooLarge' : 'RequestEntityTooLargeException';
    return (size) => new types/* AwsError */.Gy(code, `Request must be smaller than ${limit} bytes (received at least ${size})`, 413);
}
/** How many body bytes a request for `service` may have, and what a larger one is answered with. */
function bodyLimit(service, target, path) {
    switch (service) {
        case 'dynamodb':
            return { bytes: DYNAMODB_MAX_REQUEST_BYTES, error: tooLarge(service, DYNAMODB_MAX_REQUEST_BYTES) };
        case 'sqs': {
            const bytes = SQS_MAX_PAYLOAD_BYTES * JSON_ESCAPE_ROOM;
            if (target === 'SendMessage')
                return { bytes, error: () => sqsMessageTooLong() };
            if (target === 'SendMessageBatch')
                return { bytes, error: (size) => sqsBatchTooLong(size) };
            return { bytes, error: tooLarge(service, bytes) };
        }
        case 'states': {
            const bytes = SFN_MAX_DEFINITION_CHARS * JSON_ESCAPE_ROOM;
            if (target && DEFINITION_OPERATIONS.has(target))
                return { bytes, error: () => definitionTooLong() };
            return { bytes, error: tooLarge(service, bytes) };
        }
        case 'lambda': {
            const [bytes, operation] = path.endsWith('/invocations')
                ? [LAMBDA_MAX_INVOKE_BYTES, 'InvokeFunction']
                : [LAMBDA_MAX_REQUEST_BYTES, path.endsWith('/code') ? 'UpdateFunctionCode' : 'CreateFunction'];
            return { bytes, error: () => new types/* AwsError */.Gy('RequestEntityTooLargeException', `Request must be smaller than ${bytes} bytes for the ${operation} operation`, 413) };
        }
        default:
            return { bytes: QUERY_MAX_REQUEST_BYTES, error: tooLarge(service, QUERY_MAX_REQUEST_BYTES) };
    }
}
/** Thrown (rejected) when the caller went away before its body was complete: nobody is left to answer. */
class CallerGone extends Error {
}
/**
 * Reads a body up to its limit. A larger one is drained (not kept) so the caller, still sending, can read
 * the error that answers it; only one past the drain allowance has its connection cut.
 */
function readBody(req, limit) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        let done = false;
        const finish = (outcome) => {
            if (done)
                return;
            done = true;
            outcome();
        };
        req.on('data', (chunk) => {
            size += chunk.length;
            if (size <= limit.bytes)
                chunks.push(chunk);
            else if (size > limit.bytes + MAX_DRAIN_BYTES) {
                finish(() => reject(limit.error(size)));
                req.destroy();
            }
        });
        req.on('end', () => finish(() => (size > limit.bytes ? reject(limit.error(size)) : resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)))));
        req.on('error', () => finish(() => reject(new CallerGone('the caller disconnected before its request was complete'))));
        req.on('close', () => finish(() => reject(new CallerGone('the caller disconnected before its request was complete'))));
    });
}
// ---- what a body holds ----
const DEFINITION_OPERATIONS = new Set(['CreateStateMachine', 'UpdateStateMachine', 'ValidateStateMachineDefinition']);
function definitionTooLong() {
    // The definition is sensitive: AWS leaves its value out of the message.
    return new types/* AwsError */.Gy('ValidationException', `1 validation error detected: Value at 'definition' failed to satisfy constraint: Member must have length less than or equal to ${SFN_MAX_DEFINITION_CHARS}`);
}
function sqsMessageTooLong() {
    return new types/* AwsError */.Gy('InvalidParameterValue', `One or more parameters are invalid. Reason: Message must be shorter than ${SQS_MAX_PAYLOAD_BYTES} bytes.`);
}
function sqsBatchTooLong(size) {
    return new types/* AwsError */.Gy('BatchRequestTooLong', `Batch requests cannot be longer than ${SQS_MAX_PAYLOAD_BYTES} bytes. You have sent ${size} bytes.`);
}
function parseObject(body) {
    try {
        const parsed = JSON.parse(body.toString('utf8'));
        return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : undefined;
    }
    catch {
        // The service answers malformed JSON itself.
        return undefined;
    }
}
/** An SQS message's payload as SQS counts it: the body and each attribute's name, type and value. */
function sqsPayloadBytes(entry) {
    let bytes = typeof entry.MessageBody === 'string' ? Buffer.byteLength(entry.MessageBody) : 0;
    const attributes = entry.MessageAttributes;
    if (attributes && typeof attributes === 'object') {
        for (const [name, value] of Object.entries(attributes)) {
            bytes += Buffer.byteLength(name);
            for (const member of ['DataType', 'StringValue', 'BinaryValue']) {
                if (typeof value?.[member] === 'string')
                    bytes += Buffer.byteLength(value[member]);
            }
        }
    }
    return bytes;
}
/**
 * Limits on what a read body holds; throws the service's error. Each is checked only when the body is big
 * enough to break it (a payload or definition is never longer than the JSON carrying it), so ordinary
 * requests are not parsed twice.
 */
function checkBody(request) {
    const { service, target, body } = request;
    if (service === 'dynamodb') {
        const error = dynamoDbRequestError(body);
        if (error)
            throw error;
    }
    else if (service === 'states' && target && DEFINITION_OPERATIONS.has(target) && body.length > SFN_MAX_DEFINITION_CHARS) {
        const definition = parseObject(body)?.definition;
        if (typeof definition === 'string' && definition.length > SFN_MAX_DEFINITION_CHARS)
            throw definitionTooLong();
    }
    else if (service === 'sqs' && target === 'SendMessageBatch' && body.length > SQS_MAX_PAYLOAD_BYTES) {
        const entries = parseObject(body)?.Entries;
        if (Array.isArray(entries)) {
            const total = entries.reduce((sum, entry) => sum + (entry && typeof entry === 'object' ? sqsPayloadBytes(entry) : 0), 0);
            if (total > SQS_MAX_PAYLOAD_BYTES)
                throw sqsBatchTooLong(total);
        }
    }
}
// ---- DynamoDB nesting ----
const SCALAR_TYPES = {
    S: (v) => typeof v === 'string',
    N: (v) => typeof v === 'string',
    B: (v) => typeof v === 'string',
    BOOL: (v) => typeof v === 'boolean',
    NULL: (v) => typeof v === 'boolean',
    SS: Array.isArray,
    NS: Array.isArray,
    BS: Array.isArray,
};
/** Deepest bracket nesting of a JSON text, counted over its bytes without parsing it. */
function jsonDepth(body) {
    let depth = 0;
    let max = 0;
    let inString = false;
    for (let i = 0; i < body.length; i++) {
        const byte = body[i];
        if (inString) {
            if (byte === 0x5c)
                i++; // backslash: skip the escaped byte
            else if (byte === 0x22)
                inString = false;
        }
        else if (byte === 0x22)
            inString = true;
        else if (byte === 0x7b || byte === 0x5b) {
            if (++depth > max)
                max = depth;
        }
        else if (byte === 0x7d || byte === 0x5d)
            depth--;
    }
    return max;
}
/** The type of an attribute value (`{"S": "x"}`, `{"M": {...}}`, ...), or undefined for anything else. */
function attributeType(node) {
    if (!node || typeof node !== 'object' || Array.isArray(node))
        return undefined;
    const keys = Object.keys(node);
    if (keys.length !== 1)
        return undefined;
    const [type] = keys;
    const value = node[type];
    if (type === 'M')
        return value && typeof value === 'object' && !Array.isArray(value) ? type : undefined;
    if (type === 'L')
        return Array.isArray(value) ? type : undefined;
    return SCALAR_TYPES[type]?.(value) ? type : undefined;
}
/**
 * Levels of the deepest attribute value anywhere in a request (a scalar is 1 level, each map or list
 * around it one more), walked without recursion so no depth can overflow the stack. Stops counting once
 * past the limit.
 */
function attributeNesting(root) {
    let deepest = 0;
    // level 0: not inside an attribute value (the request's own structure).
    const stack = [[root, 0]];
    while (stack.length > 0 && deepest <= DYNAMODB_MAX_NESTING) {
        const [node, level] = stack.pop();
        const type = attributeType(node);
        if (level === 0 && type === undefined) {
            if (node && typeof node === 'object')
                for (const child of Object.values(node))
                    stack.push([child, 0]);
            continue;
        }
        const here = Math.max(level, 1);
        deepest = Math.max(deepest, here);
        const value = type ? node[type] : undefined;
        if (type === 'M')
            for (const child of Object.values(value))
                stack.push([child, here + 1]);
        else if (type === 'L')
            for (const child of value)
                stack.push([child, here + 1]);
    }
    return deepest;
}
/** Whether `byte` occurs more than `times` times (native search, stopping as soon as it knows). */
function occursMoreThan(body, byte, times) {
    let found = 0;
    for (let at = body.indexOf(byte); at >= 0; at = body.indexOf(byte, at + 1))
        if (++found > times)
            return true;
    return false;
}
/** Deepest parenthesis nesting in an expression. */
function parenthesisDepth(expression) {
    let depth = 0;
    let max = 0;
    for (const char of expression) {
        if (char === '(')
            max = Math.max(max, ++depth);
        else if (char === ')')
            depth--;
    }
    return max;
}
/** Every `...Expression` string member anywhere in a request (TransactWriteItems and BatchGetItem nest them). */
function expressionsIn(root) {
    const out = [];
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (!node || typeof node !== 'object')
            continue;
        for (const [key, value] of Object.entries(node)) {
            if (typeof value === 'string' && key.endsWith('Expression'))
                out.push([key, value]);
            else if (value && typeof value === 'object')
                stack.push(value);
        }
    }
    return out;
}
/**
 * What the endpoint checks in a DynamoDB request before dynalite sees it: AWS's nesting limit (dynalite's
 * validation recurses and would overflow the stack on a deep enough item), and expressions too deeply
 * parenthesised for dynalite's parser. Only a body that could break either is parsed: an attribute value
 * sits at least three JSON levels down and each map or list level adds two.
 */
function dynamoDbRequestError(text) {
    const body = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
    const deep = jsonDepth(body) > 3 + 2 * (DYNAMODB_MAX_NESTING - 1);
    const parenthesised = occursMoreThan(body, 0x28, DYNAMODB_MAX_EXPRESSION_PARENTHESES);
    if (!deep && !parenthesised)
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(body.toString('utf8'));
    }
    catch {
        return undefined;
    }
    if (deep && attributeNesting(parsed) > DYNAMODB_MAX_NESTING) {
        return new types/* AwsError */.Gy('ValidationException', 'Nesting Levels have exceeded supported limits: Attributes in the item have nested levels beyond supported limit');
    }
    if (parenthesised) {
        for (const [member, expression] of expressionsIn(parsed)) {
            const depth = parenthesisDepth(expression);
            if (depth > DYNAMODB_MAX_EXPRESSION_PARENTHESES) {
                return new types/* AwsError */.Gy('ValidationException', `Invalid ${member}: parentheses nested ${depth} deep; the local endpoint takes at most ${DYNAMODB_MAX_EXPRESSION_PARENTHESES} (its expression parser's time grows exponentially with the depth; AWS takes deeper ones)`);
            }
        }
    }
    return undefined;
}
/** DynamoDB's error body for a refusal made here (validation errors carry coral's validate namespace). */
function dynamoDbErrorBody(error) {
    const namespace = error.code === 'ValidationException' ? 'com.amazon.coral.validate' : 'com.amazon.coral.service';
    return {
        status: error.status,
        headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-errortype': error.code },
        body: JSON.stringify({ __type: `${namespace}#${error.code}`, message: error.message }),
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/endpoint/persistence.ts
// Service state on disk: one JSON snapshot per service under the state directory, written after changes
// (coalesced, so a burst of calls costs one write) and at close, restored at start. Each write goes to a
// temporary file renamed over the old one, so a crash mid-write never leaves half a snapshot behind.
//
// A snapshot written 50 ms after a change loses that change if the process is killed in between. A
// service whose answered writes must survive that (SQS: a message answered 200 is the caller's to rely on)
// also keeps a write-ahead journal: each change is appended to `<service>.journal.<generation>` with a
// sequence number before its answer is sent (one write() to the operating system, which keeps it when
// the process dies; not fsync'd, so a power loss may still lose the last ones). Taking a snapshot starts a
// new journal generation in the same tick, and the snapshot records the last sequence number it holds;
// once it is on disk the older generations are deleted. At start, the journal records after the
// snapshot's sequence number are replayed over it.



/** How long changes are gathered before one write; short so a killed process loses little. */
const COALESCE_MS = 50;
function snapshotFile(stateDir, service) {
    return (0,external_node_path_.join)(stateDir, `${service}.json`);
}
function isJournaledSnapshot(value) {
    return typeof value === 'object' && value !== null && typeof value.journaledThrough === 'number' && 'state' in value;
}
/** Persistence that does nothing: state lives in memory only. */
const inMemory = {
    load: async () => undefined,
    restore: () => undefined,
    markDirty: () => undefined,
    flush: async () => undefined,
    close: async () => undefined,
};
/** One service's open journal: the generation being appended to and the last sequence number given. */
class Journal {
    stateDir;
    service;
    generation;
    fd;
    sequence = 0;
    constructor(stateDir, service, generation) {
        this.stateDir = stateDir;
        this.service = service;
        this.generation = generation;
    }
    static fileName(service, generation) {
        return `${service}.journal.${generation}`;
    }
    open() {
        this.fd = (0,external_node_fs_.openSync)((0,external_node_path_.join)(this.stateDir, Journal.fileName(this.service, this.generation)), 'a');
    }
    /** Appends one record before the change is answered: a single synchronous write of one line. */
    append(record) {
        if (this.fd === undefined)
            return;
        const line = { s: ++this.sequence, r: record };
        (0,external_node_fs_.writeSync)(this.fd, `${JSON.stringify(line)}\n`);
    }
    /** Starts the next generation (at a snapshot); returns the last sequence number the snapshot holds. */
    rotate() {
        this.close();
        this.generation++;
        this.open();
        return this.sequence;
    }
    close() {
        if (this.fd !== undefined)
            (0,external_node_fs_.closeSync)(this.fd);
        this.fd = undefined;
    }
}
/** The generations of `service`'s journal present in `files`, oldest first. */
function journalGenerations(files, service) {
    const prefix = `${service}.journal.`;
    return files
        .filter((file) => file.startsWith(prefix) && /^\d+$/.test(file.slice(prefix.length)))
        .map((file) => Number(file.slice(prefix.length)))
        .sort((a, b) => a - b);
}
function createPersistence(stateDir, services, log = () => undefined) {
    const loaded = new Map();
    const replayed = new Map();
    const journals = new Map();
    /** Services changed since their last write; `true` once something unnamed changed (write them all). */
    let dirty = new Set();
    let allDirty = false;
    let timer;
    let writing = Promise.resolve();
    async function writeDirty() {
        const changed = dirty;
        const all = allDirty;
        dirty = new Set();
        allDirty = false;
        await (0,promises_.mkdir)(stateDir, { recursive: true });
        for (const [service, persistable] of Object.entries(services())) {
            if (!all && !changed.has(service))
                continue;
            const file = snapshotFile(stateDir, service);
            const temporary = `${file}.${process.pid}.tmp`;
            // The snapshot and the journal's rotation happen in one tick: every record up to `through` is in
            // this snapshot, every later one in the new generation.
            const journal = journals.get(service);
            const state = persistable.snapshot();
            const content = journal ? { journaledThrough: journal.rotate(), state } : state;
            await (0,promises_.writeFile)(temporary, JSON.stringify(content));
            await (0,promises_.rename)(temporary, file);
            if (journal)
                await dropGenerationsBefore(service, journal.generation);
        }
    }
    async function dropGenerationsBefore(service, generation) {
        for (const old of journalGenerations(await (0,promises_.readdir)(stateDir), service)) {
            if (old < generation)
                await (0,promises_.rm)((0,external_node_path_.join)(stateDir, Journal.fileName(service, old)), { force: true });
        }
    }
    /** Writes are chained so two never interleave on the same temporary file. */
    function scheduleWrite() {
        writing = writing
            .then(writeDirty)
            .catch((error) => log(`could not persist state to ${stateDir}: ${error.message}`));
        return writing;
    }
    async function loadJournal(service, files, through) {
        const generations = journalGenerations(files, service);
        const records = [];
        let lastSequence = through;
        for (const generation of generations) {
            const file = (0,external_node_path_.join)(stateDir, Journal.fileName(service, generation));
            const lines = (await (0,promises_.readFile)(file, 'utf8')).split('\n');
            for (const [index, line] of lines.entries()) {
                if (line === '')
                    continue;
                let record;
                try {
                    record = JSON.parse(line);
                }
                catch (error) {
                    // A line cut short by a crash mid-write can only be the last one; it was never answered.
                    if (index === lines.length - 1 && generation === generations[generations.length - 1])
                        continue;
                    throw new Error(`The journal ${file} is damaged at line ${index + 1} (${error.message}); fix or remove it`, { cause: error });
                }
                if (record.s > through)
                    records.push(record.r);
                lastSequence = Math.max(lastSequence, record.s);
            }
        }
        replayed.set(service, { records, through, lastSequence, lastGeneration: generations[generations.length - 1] ?? 0 });
    }
    const markDirty = (service) => {
        if (service === undefined)
            allDirty = true;
        else
            dirty.add(service);
        if (timer)
            return;
        timer = setTimeout(() => {
            timer = undefined;
            void scheduleWrite();
        }, COALESCE_MS);
        // A pending write must not keep a finished process alive; close() flushes anyway.
        timer.unref();
    };
    const flush = async () => {
        if (timer) {
            clearTimeout(timer);
            timer = undefined;
        }
        if (allDirty || dirty.size > 0)
            await scheduleWrite();
        else
            await writing;
    };
    return {
        async load() {
            const files = await (0,promises_.readdir)(stateDir).catch(() => []);
            for (const [service, persistable] of Object.entries(services())) {
                let text;
                try {
                    text = await (0,promises_.readFile)(snapshotFile(stateDir, service), 'utf8');
                }
                catch (error) {
                    if (error.code !== 'ENOENT')
                        throw error;
                }
                let snapshot;
                if (text !== undefined) {
                    try {
                        snapshot = JSON.parse(text);
                    }
                    catch (error) {
                        // Starting empty would silently drop the state; refuse and say which file is damaged.
                        throw new Error(`The state file ${snapshotFile(stateDir, service)} is not valid JSON (${error.message}); fix or remove it`, { cause: error });
                    }
                }
                const through = isJournaledSnapshot(snapshot) ? snapshot.journaledThrough : 0;
                if (isJournaledSnapshot(snapshot))
                    snapshot = snapshot.state;
                if (text !== undefined)
                    loaded.set(service, snapshot);
                if (persistable.journal)
                    await loadJournal(service, files, through);
            }
        },
        restore() {
            const restored = [];
            for (const [service, persistable] of Object.entries(services())) {
                const journal = persistable.journal;
                const fromJournal = replayed.get(service);
                if (journal && fromJournal && fromJournal.records.length > 0) {
                    persistable.restore(journal.replay(loaded.get(service), fromJournal.records));
                    restored.push(`${service} (+${fromJournal.records.length} journaled changes)`);
                    // Fold the replayed records into a snapshot soon, so the journal does not grow across restarts.
                    markDirty(service);
                }
                else if (loaded.has(service)) {
                    persistable.restore(loaded.get(service));
                    restored.push(service);
                }
                if (journal) {
                    const open = new Journal(stateDir, service, (fromJournal?.lastGeneration ?? 0) + 1);
                    open.sequence = fromJournal?.lastSequence ?? 0;
                    open.open();
                    journals.set(service, open);
                    journal.attach((record) => open.append(record));
                }
            }
            if (restored.length > 0)
                log(`restored ${restored.join(', ')} from ${stateDir}`);
            loaded.clear();
            replayed.clear();
        },
        markDirty,
        flush,
        async close() {
            await flush();
            // Left on disk: empty when the final snapshot holds everything, the records it misses when it failed.
            for (const journal of journals.values())
                journal.close();
            journals.clear();
        },
    };
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
;// CONCATENATED MODULE: ./src/endpoint/services/dynamodb/in-process.ts
// Hands requests to dynalite's request listener as stand-in request objects whose body is already read:
// for the wire (so a client hanging up mid-body cannot reach dynalite, which rethrows stream errors) and
// for other services (CloudFormation, Step Functions), which reach DynamoDB in-process with no socket,
// through exactly the code path the wire uses.


// dynalite insists on a SigV4-shaped Authorization header and a date; it never checks the signature.
const SIGNED_HEADERS = {
    authorization: 'AWS4-HMAC-SHA256 Credential=local/20200101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
    'x-amz-date': '20200101T000000Z',
    'content-type': 'application/x-amz-json-1.0',
};
/**
 * Replays a request whose body is in hand. dynalite reads the body from 'data'/'end' events and, on 'end',
 * calls the legacy url.parse(), whose one-time deprecation warning would land in every user's log for
 * a call we do not make; the events are emitted synchronously with deprecation warnings held back, so
 * that warning is spent silently.
 */
function replay(listener, head, body, res) {
    const request = Object.assign(new external_node_events_.EventEmitter(), head);
    listener(request, res);
    const noDeprecation = process.noDeprecation;
    process.noDeprecation = true;
    try {
        if (body.length > 0)
            request.emit('data', body);
        request.emit('end');
    }
    finally {
        process.noDeprecation = noDeprecation;
    }
}
/** Sends one JSON-protocol DynamoDB operation through the listener and collects the answer. */
function callListener(listener, operation, body) {
    return new Promise((resolve) => {
        const chunks = [];
        const response = {
            statusCode: 200,
            setHeader: () => undefined,
            end(chunk) {
                if (chunk !== undefined)
                    chunks.push(Buffer.from(chunk));
                resolve({ status: this.statusCode, body: Buffer.concat(chunks).toString('utf8') });
            },
        };
        const head = { method: 'POST', url: '/', headers: { ...SIGNED_HEADERS, 'x-amz-target': `DynamoDB_20120810.${operation}` } };
        replay(listener, head, Buffer.from(body, 'utf8'), response);
    });
}
/** dynalite's error body `{__type: 'com.amazonaws.dynamodb.v20120810#Code', message}` as an AwsError. */
function errorFromBody(status, body) {
    let parsed = {};
    try {
        parsed = JSON.parse(body);
    }
    catch {
        // not JSON (e.g. dynalite's 404 text): keep the defaults below
    }
    const type = parsed.__type ?? 'InternalFailure';
    const code = type.slice(type.lastIndexOf('#') + 1);
    return new types/* AwsError */.Gy(code, parsed.message ?? parsed.Message ?? code, status, status >= 500 ? 'Receiver' : 'Sender');
}

;// CONCATENATED MODULE: ./src/endpoint/services/dynamodb/table-cache.ts
/** Wraps `store.getTable` (and the writes of `store.tableDb`) in place; returns how to read the cache's size. */
function cacheTableDefinitions(store) {
    const definitions = new Map();
    // Bumped when a write starts and when it completes: a read that overlapped a write is not kept.
    let generation = 0;
    const tableDb = store.tableDb;
    for (const method of ['put', 'del', 'batch']) {
        const write = tableDb[method].bind(tableDb);
        tableDb[method] = (...args) => {
            generation++;
            definitions.clear();
            const last = args.length - 1;
            const callback = args[last];
            if (typeof callback === 'function') {
                args[last] = (...results) => {
                    generation++;
                    definitions.clear();
                    callback(...results);
                };
            }
            write(...args);
        };
    }
    const read = store.getTable.bind(store);
    const getTable = (name, checkStatus, callback) => {
        // dynalite's item operations pass their callback as checkStatus (only ACTIVE tables will do); table
        // operations pass false and a callback, and change what they read: those always read the store.
        if (typeof checkStatus !== 'function')
            return read(name, checkStatus, callback);
        const done = checkStatus;
        const kept = definitions.get(name);
        // Answered asynchronously, as the store answers, so callers see the same order of events.
        if (kept)
            return process.nextTick(done, null, kept);
        const started = generation;
        read(name, (error, table) => {
            if (!error && table && table.TableStatus === 'ACTIVE' && generation === started)
                definitions.set(name, table);
            done(error, table);
        });
    };
    store.getTable = getTable;
    return { size: () => definitions.size };
}

;// CONCATENATED MODULE: ./src/endpoint/services/dynamodb/index.ts
// DynamoDB is dynalite, in-process: its request listener serves the endpoint's port directly (dynalite's
// own server never listens), in memory or on disk under <stateDir>/dynamodb. dynalite (LevelDB and
// all) is loaded on the first DynamoDB call, so an endpoint starts, and answers other services, sooner.







/** Operations answered here rather than by dynalite (kept apart so dynalite's internals load lazily). */
const TRANSACTION_OPERATIONS = ['TransactWriteItems', 'TransactGetItems'];
/** What dynalite implements (its own list); anything else is answered here with an error naming it. */
const DYNALITE_OPERATIONS = [
    'BatchGetItem', 'BatchWriteItem', 'CreateTable', 'DeleteItem', 'DeleteTable', 'DescribeTable', 'DescribeTimeToLive', 'GetItem',
    'ListTables', 'PutItem', 'Query', 'Scan', 'TagResource', 'UntagResource', 'ListTagsOfResource', 'UpdateItem', 'UpdateTable',
];
/** dynalite answers unknown operations with a bare code; AWS-shaped and naming the operation is more use. */
function unknownOperation(operation) {
    return {
        status: 400,
        body: JSON.stringify({
            __type: 'com.amazon.coral.service#UnknownOperationException',
            message: `DynamoDB operation ${operation || '(none)'} is not implemented by the local endpoint (it serves ${[...DYNALITE_OPERATIONS, ...TRANSACTION_OPERATIONS].join(', ')})`,
        }),
    };
}
/**
 * Creates dynalite and keeps hold of its store. dynalite closes its LevelDB only from its server's
 * close(), which fails before reaching the database when the server never listened; an on-disk store
 * left open keeps its lock, so a restart in the same process could not reopen it. Capturing the store
 * as dynalite creates it lets close() release it.
 */
async function createDynalite(path) {
    const [{ default: dynalite }, { default: dynaliteDb }, transactions] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(437), __webpack_require__.e(22), __webpack_require__.e(274)]).then(__webpack_require__.t.bind(__webpack_require__, 41274, 23)),
        __webpack_require__.e(/* import() */ 437).then(__webpack_require__.t.bind(__webpack_require__, 76437, 19)),
        Promise.all(/* import() */[__webpack_require__.e(437), __webpack_require__.e(22), __webpack_require__.e(166)]).then(__webpack_require__.bind(__webpack_require__, 89166)),
    ]);
    const create = dynaliteDb.create;
    let store;
    dynaliteDb.create = (options) => (store = create(options));
    try {
        // Tables become ACTIVE at once: CloudFormation and the SDK waiters need no artificial delay.
        const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0, ...(path ? { path } : {}) });
        const listener = server.listeners('request')[0];
        if (!listener || !store)
            throw new Error('dynalite did not expose its request listener and store');
        cacheTableDefinitions(store);
        return { listener, store, transactions };
    }
    finally {
        dynaliteDb.create = create;
    }
}
/**
 * The wire handler: reads the body here, then replays it to dynalite (see replay()). A client hanging
 * up mid-body simply gets no answer. Unsigned callers (routed here by X-Amz-Target) get the SigV4-shaped
 * headers dynalite insists on, since the endpoint checks no signatures.
 */
function wireHandler(load, call) {
    return (req, res) => {
        // The endpoint's limits first: a body over 16 MB, or nested past 32 levels, never reaches dynalite.
        readBody(req, bodyLimit('dynamodb', undefined, '/')).then((body) => {
            const refusal = dynamoDbRequestError(body);
            if (refusal) {
                const answer = dynamoDbErrorBody(refusal);
                res.writeHead(answer.status, answer.headers).end(answer.body);
                return;
            }
            const url = req.url ?? '/';
            const signed = req.headers.authorization !== undefined || url.includes('X-Amz-Algorithm=');
            const headers = signed ? req.headers : { ...SIGNED_HEADERS, ...req.headers };
            const operation = String(req.headers['x-amz-target'] ?? '').split('.')[1] ?? '';
            // Transactions (built here) and operations dynalite lacks (an error naming them) are answered here.
            if (req.method === 'POST' && !DYNALITE_OPERATIONS.includes(operation)) {
                call(operation, body.toString('utf8')).then((response) => res.writeHead(response.status, { 'content-type': 'application/x-amz-json-1.0' }).end(response.body), (error) => unavailable(res, error));
                return;
            }
            load().then(({ listener }) => replay(listener, { method: req.method ?? 'POST', url, headers }, body, res), (error) => unavailable(res, error));
        }, (error) => {
            // A client hanging up mid-body simply gets no answer.
            if (!(error instanceof types/* AwsError */.Gy) || res.destroyed)
                return;
            const answer = dynamoDbErrorBody(error);
            res.writeHead(answer.status, answer.headers).end(answer.body);
        });
    };
}
function unavailable(res, error) {
    const response = (0,protocol_json/* jsonError */.FZ)(new types/* AwsError */.Gy('InternalFailure', `DynamoDB (dynalite) failed: ${error.message}`, 500, 'Receiver'), 'com.amazon.coral.service');
    res.writeHead(response.status, response.headers).end(response.body);
}
function createDynamoDbService(settings) {
    let path;
    if (settings.stateDir) {
        path = (0,external_node_path_.join)(settings.stateDir, 'dynamodb');
        (0,external_node_fs_.mkdirSync)(path, { recursive: true });
    }
    let loading;
    const load = () => (loading ??= createDynalite(path).then((loaded) => {
        // dynalite takes the account for table ARNs from AWS_ACCOUNT_ID; the endpoint's account is fixed.
        loaded.store.tableDb.awsAccountId = settings.accountId;
        return loaded;
    }));
    const call = async (operation, body) => {
        // Other services' items (a task's output) meet the same nesting limit as the wire's.
        const refusal = dynamoDbRequestError(body);
        if (refusal)
            return dynamoDbErrorBody(refusal);
        const { listener, store, transactions } = await load();
        if (TRANSACTION_OPERATIONS.includes(operation)) {
            return transactions.runTransaction(operation, body, store, (get) => callListener(listener, 'GetItem', get));
        }
        if (!DYNALITE_OPERATIONS.includes(operation))
            return unknownOperation(operation);
        return callListener(listener, operation, body);
    };
    const backend = {
        // dynalite keeps one namespace for all regions, as a single-region emulator.
        async call(operation, input) {
            const response = await call(operation, JSON.stringify(input));
            if (response.status !== 200)
                throw errorFromBody(response.status, response.body);
            return JSON.parse(response.body);
        },
    };
    return {
        rawHandler: wireHandler(load, call),
        // Used only by callers holding an already-read request: replays it through the same listener.
        handler: {
            service: 'dynamodb',
            async handle(request) {
                const response = await call(request.target ?? '', request.body.toString('utf8'));
                return { status: response.status, headers: { 'content-type': 'application/x-amz-json-1.0' }, body: response.body };
            },
        },
        backend,
        // Nothing to release if no DynamoDB call was ever made.
        async close() {
            const loaded = await loading?.catch(() => undefined);
            if (!loaded)
                return;
            await new Promise((resolve, reject) => loaded.store.db.close((error) => (error ? reject(error) : resolve())));
        },
    };
}

;// CONCATENATED MODULE: ./src/endpoint/iam-policy/managed-policies.json
const managed_policies_namespaceObject = /*#__PURE__*/JSON.parse('{"R":{"arn:aws:iam::aws:policy/AdministratorAccess":{"name":"AdministratorAccess","policyVersion":"v1","sources":["https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html","https://github.com/zoph-io/MAMIP/blob/1b36617981d5e8905ceb82b8dcbd892340a023ba/policies/AdministratorAccess"],"retrieved":"2026-12-07","document":{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}},"arn:aws:iam::aws:policy/AmazonSQSFullAccess":{"name":"AmazonSQSFullAccess","policyVersion":"v1","sources":["https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AmazonSQSFullAccess.html","https://github.com/zoph-io/MAMIP/blob/1b36617981d5e8905ceb82b8dcbd892340a023ba/policies/AmazonSQSFullAccess"],"retrieved":"2026-12-07","document":{"Version":"2012-10-17","Statement":[{"Action":["sqs:*"],"Effect":"Allow","Resource":"*"}]}},"arn:aws:iam::aws:policy/AmazonSQSReadOnlyAccess":{"name":"AmazonSQSReadOnlyAccess","policyVersion":"v4","sources":["https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AmazonSQSReadOnlyAccess.html"],"retrieved":"2026-12-07","document":{"Version":"2012-10-17","Statement":[{"Sid":"AmazonSQSReadOnlyAccess","Effect":"Allow","Action":["sqs:GetQueueAttributes","sqs:GetQueueUrl","sqs:ListDeadLetterSourceQueues","sqs:ListQueues","sqs:ListMessageMoveTasks","sqs:ListQueueTags"],"Resource":"*"}]}},"arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess":{"name":"AmazonDynamoDBFullAccess","policyVersion":"v15","sources":["https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AmazonDynamoDBFullAccess.html","https://github.com/zoph-io/MAMIP/blob/24b649d3de6c701785bb4af34462aa8ee26f1528/policies/AmazonDynamoDBFullAccess"],"retrieved":"2026-12-07","document":{"Version":"2012-10-17","Statement":[{"Action":["dynamodb:*","dax:*","application-autoscaling:DeleteScalingPolicy","application-autoscaling:DeregisterScalableTarget","application-autoscaling:DescribeScalableTargets","application-autoscaling:DescribeScalingActivities","application-autoscaling:DescribeScalingPolicies","application-autoscaling:PutScalingPolicy","application-autoscaling:RegisterScalableTarget","cloudwatch:DeleteAlarms","cloudwatch:DescribeAlarmHistory","cloudwatch:DescribeAlarms","cloudwatch:DescribeAlarmsForMetric","cloudwatch:GetMetricStatistics","cloudwatch:ListMetrics","cloudwatch:PutMetricAlarm","cloudwatch:GetMetricData","datapipeline:ActivatePipeline","datapipeline:CreatePipeline","datapipeline:DeletePipeline","datapipeline:DescribeObjects","datapipeline:DescribePipelines","datapipeline:GetPipelineDefinition","datapipeline:ListPipelines","datapipeline:PutPipelineDefinition","datapipeline:QueryObjects","ec2:DescribeVpcs","ec2:DescribeSubnets","ec2:DescribeSecurityGroups","iam:GetRole","iam:ListRoles","kms:DescribeKey","kms:ListAliases","sns:CreateTopic","sns:DeleteTopic","sns:ListSubscriptions","sns:ListSubscriptionsByTopic","sns:ListTopics","sns:Subscribe","sns:Unsubscribe","sns:SetTopicAttributes","lambda:CreateFunction","lambda:ListFunctions","lambda:ListEventSourceMappings","lambda:CreateEventSourceMapping","lambda:DeleteEventSourceMapping","lambda:GetFunctionConfiguration","lambda:DeleteFunction","resource-groups:ListGroups","resource-groups:ListGroupResources","resource-groups:GetGroup","resource-groups:GetGroupQuery","resource-groups:DeleteGroup","resource-groups:CreateGroup","tag:GetResources","kinesis:ListStreams","kinesis:DescribeStream","kinesis:DescribeStreamSummary"],"Effect":"Allow","Resource":"*"},{"Action":"cloudwatch:GetInsightRuleReport","Effect":"Allow","Resource":"arn:aws:cloudwatch:*:*:insight-rule/DynamoDBContributorInsights*"},{"Action":["iam:PassRole"],"Effect":"Allow","Resource":"*","Condition":{"StringLike":{"iam:PassedToService":["application-autoscaling.amazonaws.com","application-autoscaling.amazonaws.com.cn","dax.amazonaws.com"]}}},{"Effect":"Allow","Action":["iam:CreateServiceLinkedRole"],"Resource":"*","Condition":{"StringEquals":{"iam:AWSServiceName":["replication.dynamodb.amazonaws.com","dax.amazonaws.com","dynamodb.application-autoscaling.amazonaws.com","contributorinsights.dynamodb.amazonaws.com","kinesisreplication.dynamodb.amazonaws.com"]}}}]}},"arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess":{"name":"AmazonDynamoDBReadOnlyAccess","policyVersion":"v14","sources":["https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AmazonDynamoDBReadOnlyAccess.html","https://github.com/zoph-io/MAMIP/blob/1b36617981d5e8905ceb82b8dcbd892340a023ba/policies/AmazonDynamoDBReadOnlyAccess"],"retrieved":"2026-12-07","document":{"Version":"2012-10-17","Statement":[{"Sid":"GeneralReadOnlyAccess","Action":["application-autoscaling:DescribeScalableTargets","application-autoscaling:DescribeScalingActivities","application-autoscaling:DescribeScalingPolicies","cloudwatch:DescribeAlarmHistory","cloudwatch:DescribeAlarms","cloudwatch:DescribeAlarmsForMetric","cloudwatch:GetMetricStatistics","cloudwatch:ListMetrics","cloudwatch:GetMetricData","datapipeline:DescribeObjects","datapipeline:DescribePipelines","datapipeline:GetPipelineDefinition","datapipeline:ListPipelines","datapipeline:QueryObjects","dynamodb:BatchGetItem","dynamodb:Describe*","dynamodb:List*","dynamodb:GetItem","dynamodb:GetResourcePolicy","dynamodb:Query","dynamodb:Scan","dynamodb:PartiQLSelect","dax:Describe*","dax:List*","dax:GetItem","dax:BatchGetItem","dax:Query","dax:Scan","ec2:DescribeVpcs","ec2:DescribeSubnets","ec2:DescribeSecurityGroups","iam:GetRole","iam:ListRoles","kms:DescribeKey","kms:ListAliases","sns:ListSubscriptionsByTopic","sns:ListTopics","lambda:ListFunctions","lambda:ListEventSourceMappings","lambda:GetFunctionConfiguration","resource-groups:ListGroups","resource-groups:ListGroupResources","resource-groups:GetGroup","resource-groups:GetGroupQuery","tag:GetResources","kinesis:ListStreams","kinesis:DescribeStream","kinesis:DescribeStreamSummary"],"Effect":"Allow","Resource":"*"},{"Sid":"CCIAccess","Action":"cloudwatch:GetInsightRuleReport","Effect":"Allow","Resource":"arn:aws:cloudwatch:*:*:insight-rule/DynamoDBContributorInsights*"}]}},"arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole":{"name":"AWSLambdaBasicExecutionRole","policyVersion":"v1","sources":["https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSLambdaBasicExecutionRole.html","https://github.com/zoph-io/MAMIP/blob/24b649d3de6c701785bb4af34462aa8ee26f1528/policies/AWSLambdaBasicExecutionRole"],"retrieved":"2026-12-07","document":{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["logs:CreateLogGroup","logs:CreateLogStream","logs:PutLogEvents"],"Resource":"*"}]}},"arn:aws:iam::aws:policy/service-role/AWSLambdaRole":{"name":"AWSLambdaRole","policyVersion":"v1","sources":["https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSLambdaRole.html","https://github.com/zoph-io/MAMIP/blob/1b36617981d5e8905ceb82b8dcbd892340a023ba/policies/AWSLambdaRole"],"retrieved":"2026-12-07","document":{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["lambda:InvokeFunction"],"Resource":["*"]}]}},"arn:aws:iam::aws:policy/AWSStepFunctionsFullAccess":{"name":"AWSStepFunctionsFullAccess","policyVersion":"v1","sources":["https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSStepFunctionsFullAccess.html","https://github.com/zoph-io/MAMIP/blob/1b36617981d5e8905ceb82b8dcbd892340a023ba/policies/AWSStepFunctionsFullAccess"],"retrieved":"2026-12-07","document":{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"states:*","Resource":"*"}]}}}}');
;// CONCATENATED MODULE: ./src/endpoint/iam-policy/managed-policies.ts
// The AWS managed policies the endpoint knows, by ARN (documents committed as data, with their sources,
// in managed-policies.json). A managed policy ARN not listed there resolves to nothing and so grants nothing.

const POLICIES = managed_policies_namespaceObject.R;
/** An AWS managed policy with its provenance, or undefined when the endpoint does not carry it. */
function managedPolicy(policyArn) {
    // Managed policies are global: the same ARN in every partition's spelling.
    const normalised = policyArn.replace(/^arn:aws[\w-]*:iam::aws:policy\//, 'arn:aws:iam::aws:policy/');
    return Object.hasOwn(POLICIES, normalised) ? POLICIES[normalised] : undefined;
}
/** The document of an AWS managed policy, or undefined when the endpoint does not carry it. */
function managedPolicyDocument(policyArn) {
    return managedPolicy(policyArn)?.document;
}
/** The ARNs of the AWS managed policies the endpoint carries. */
function knownManagedPolicyArns() {
    return Object.keys(POLICIES);
}

// EXTERNAL MODULE: ./src/endpoint/iam-policy/trust.ts
var trust = __webpack_require__(77406);
;// CONCATENATED MODULE: ./src/endpoint/services/iam/propagation.ts
// IAM is eventually consistent: "changes that you make ... can take time to become visible" to the other
// AWS services (IAM User Guide, "Troubleshoot IAM": changes I make are not always immediately visible,
// https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_general.html#troubleshoot_general_eventual-consistency).
// Each role keeps the revisions of the last lag period, so what the other services see is the role as
// it was `lag` ago: a role younger than that does not exist for them yet, and a policy change younger
// than that is not yet in effect. IAM's own API answers the latest revision at once, as on AWS.
class RoleHistory {
    lagMs;
    now;
    /** By role name (a name re-created after a delete continues the same history, as IAM's namespace does). */
    revisions = new Map();
    constructor(lagMs, now = Date.now) {
        this.lagMs = lagMs;
        this.now = now;
    }
    /** Records a role's new state (or its deletion); `at` 0 for roles already propagated (restored state). */
    record(name, role, at = this.now()) {
        const kept = this.pruned([...(this.revisions.get(name) ?? []), { at, role: role && copy(role) }]);
        if (kept.length === 0)
            this.revisions.delete(name);
        else
            this.revisions.set(name, kept);
    }
    /** The role by name as the other services see it now, or undefined. */
    seen(name) {
        const list = this.revisions.get(name);
        if (!list)
            return undefined;
        const horizon = this.now() - this.lagMs;
        let visible;
        for (const revision of list)
            if (revision.at <= horizon)
                visible = revision;
        return visible?.role;
    }
    /** Every role the other services see now (for lookups by RoleId). */
    allSeen() {
        return [...this.revisions.keys()].map((name) => this.seen(name)).filter((role) => role !== undefined);
    }
    /** When the latest change to a role becomes visible to the other services (ms since the epoch), or undefined for an unknown role. */
    visibleAt(name) {
        const list = this.revisions.get(name);
        return list && list.length > 0 ? list[list.length - 1].at + this.lagMs : undefined;
    }
    clear() {
        this.revisions.clear();
    }
    /** Keeps the newest revision already visible and every newer one. */
    pruned(list) {
        const horizon = this.now() - this.lagMs;
        let firstKept = 0;
        for (let i = 0; i < list.length; i++)
            if (list[i].at <= horizon)
                firstKept = i;
        const kept = list.slice(firstKept);
        // A deletion that everyone already sees leaves nothing to remember.
        return kept.length === 1 && !kept[0].role && kept[0].at <= horizon ? [] : kept;
    }
}
function copy(role) {
    return { ...role, policies: { ...role.policies }, attached: [...role.attached] };
}

;// CONCATENATED MODULE: ./src/endpoint/services/iam/model.ts
// IAM's state: roles with their trust policy, inline policies, attached managed policy ARNs and tags.
// IAM is global: one namespace for the account, whatever region a caller names.



const ROLE_NAME = /^[\w+=,.@-]+$/;
const ROLE_NAME_MAX = 64;
const PATH = /^\/([\x21-\x7e]*\/)?$/;
const noSuchRole = (name) => new types/* AwsError */.Gy('NoSuchEntity', `The role with name ${name} cannot be found.`, 404);
/** Policy documents arrive as text on the wire and as parsed objects from CloudFormation templates. */
function policyText(document) {
    return typeof document === 'string' ? document : JSON.stringify(document);
}
/**
 * The checks IAM makes that a hand-written policy most often fails: valid JSON, statements with an
 * Effect and actions, and (for permission policies, not trust policies) resources.
 */
function validatePolicy(text, kind) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new types/* AwsError */.Gy('MalformedPolicyDocument', 'This policy contains invalid Json');
    }
    const statements = parsed?.Statement;
    if (!statements || typeof statements !== 'object')
        throw new types/* AwsError */.Gy('MalformedPolicyDocument', 'Syntax errors in policy.');
    for (const statement of (Array.isArray(statements) ? statements : [statements])) {
        if (statement?.Effect !== 'Allow' && statement?.Effect !== 'Deny')
            throw new types/* AwsError */.Gy('MalformedPolicyDocument', 'Policy statement must contain a valid Effect.');
        if (!('Action' in statement) && !('NotAction' in statement))
            throw new types/* AwsError */.Gy('MalformedPolicyDocument', 'Policy statement must contain actions.');
        if (kind === 'identity' && !('Resource' in statement) && !('NotResource' in statement)) {
            throw new types/* AwsError */.Gy('MalformedPolicyDocument', 'Policy statement must contain resources.');
        }
    }
}
/** AWS role ids: "AROA" and 17 upper-case letters and digits. */
function newRoleId() {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    return `AROA${[...(0,external_node_crypto_.randomBytes)(17)].map((b) => alphabet[b % alphabet.length]).join('')}`;
}
/** The parts of a role other services act on. */
function stateOf(role) {
    return { RoleName: role.RoleName, RoleId: role.RoleId, Arn: role.Arn, trust: role.AssumeRolePolicyDocument, policies: role.policies, attached: role.attached };
}
class IamModel {
    accountId;
    onChange;
    roles = new Map();
    /** What the other services see: the roles as they were a propagation period ago. */
    propagated;
    constructor(accountId, onChange = () => undefined, options = {}) {
        this.accountId = accountId;
        this.onChange = onChange;
        this.propagated = new RoleHistory(options.propagationMs ?? 0, options.now);
    }
    /** Every change to a role: persisted, and on its way to the other services. */
    changed(role, deleted = false) {
        this.propagated.record(role.RoleName, deleted ? undefined : stateOf(role));
        this.onChange();
    }
    createRole(spec) {
        const name = spec.RoleName;
        if (typeof name === 'string' && name.length > ROLE_NAME_MAX) {
            throw new types/* AwsError */.Gy('ValidationError', `1 validation error detected: Value '${name}' at 'roleName' failed to satisfy constraint: Member must have length less than or equal to ${ROLE_NAME_MAX}`);
        }
        if (!ROLE_NAME.test(name ?? '')) {
            throw new types/* AwsError */.Gy('ValidationError', `1 validation error detected: Value '${name}' at 'roleName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+`);
        }
        const path = spec.Path ?? '/';
        if (!PATH.test(path))
            throw new types/* AwsError */.Gy('ValidationError', `The specified value for path is invalid. It must begin and end with / and contain only alphanumeric characters and/or / characters.`);
        if (this.roles.has(name))
            throw new types/* AwsError */.Gy('EntityAlreadyExists', `Role with name ${name} already exists.`, 409);
        const trust = policyText(spec.AssumeRolePolicyDocument);
        validatePolicy(trust, 'trust');
        const role = {
            RoleName: name,
            RoleId: newRoleId(),
            Arn: `arn:aws:iam::${this.accountId}:role${path}${name}`,
            Path: path,
            CreateDate: new Date().toISOString(),
            AssumeRolePolicyDocument: trust,
            Description: spec.Description,
            MaxSessionDuration: 3600,
            Tags: Object.entries(spec.Tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
            policies: {},
            attached: [],
        };
        for (const policy of spec.Policies ?? []) {
            const text = policyText(policy.PolicyDocument);
            validatePolicy(text, 'identity');
            role.policies[policy.PolicyName] = text;
        }
        role.attached = [...new Set(spec.ManagedPolicyArns ?? [])];
        this.roles.set(name, role);
        this.changed(role);
        return role;
    }
    /** By name, or by ARN (CloudFormation and Step Functions hold ARNs). */
    findRole(nameOrArn) {
        const name = nameOrArn.startsWith('arn:') ? nameOrArn.slice(nameOrArn.lastIndexOf('/') + 1) : nameOrArn;
        return this.roles.get(name);
    }
    requireRole(name) {
        const role = this.findRole(name);
        if (!role)
            throw noSuchRole(name);
        return role;
    }
    listRoles(pathPrefix = '/') {
        return [...this.roles.values()].filter((r) => r.Path.startsWith(pathPrefix)).sort((a, b) => a.RoleName.localeCompare(b.RoleName));
    }
    /** As on AWS, a role with inline or attached policies cannot be deleted. */
    deleteRole(name) {
        const role = this.requireRole(name);
        if (Object.keys(role.policies).length > 0)
            throw new types/* AwsError */.Gy('DeleteConflict', 'Cannot delete entity, must delete policies first.', 409);
        if (role.attached.length > 0)
            throw new types/* AwsError */.Gy('DeleteConflict', 'Cannot delete entity, must detach all policies first.', 409);
        this.roles.delete(role.RoleName);
        this.changed(role, true);
    }
    /** CloudFormation removes a role with everything on it, as its delete handler does. */
    forceDeleteRole(name) {
        const role = this.findRole(name);
        if (!role)
            return;
        this.roles.delete(role.RoleName);
        this.changed(role, true);
    }
    putRolePolicy(roleName, policyName, document) {
        const role = this.requireRole(roleName);
        validatePolicy(document, 'identity');
        role.policies[policyName] = document;
        this.changed(role);
    }
    getRolePolicy(roleName, policyName) {
        const document = this.requireRole(roleName).policies[policyName];
        if (document === undefined)
            throw new types/* AwsError */.Gy('NoSuchEntity', `The role policy with name ${policyName} cannot be found.`, 404);
        return document;
    }
    deleteRolePolicy(roleName, policyName) {
        const role = this.requireRole(roleName);
        if (!(policyName in role.policies))
            throw new types/* AwsError */.Gy('NoSuchEntity', `The role policy with name ${policyName} cannot be found.`, 404);
        delete role.policies[policyName];
        this.changed(role);
    }
    attachRolePolicy(roleName, policyArn) {
        const role = this.requireRole(roleName);
        if (!/^arn:aws[\w-]*:iam::(aws|\d{12}):policy\//.test(policyArn))
            throw new types/* AwsError */.Gy('InvalidInput', `ARN ${policyArn} is not valid.`);
        if (!role.attached.includes(policyArn))
            role.attached.push(policyArn);
        this.changed(role);
    }
    detachRolePolicy(roleName, policyArn) {
        const role = this.requireRole(roleName);
        if (!role.attached.includes(policyArn))
            throw new types/* AwsError */.Gy('NoSuchEntity', `Policy ${policyArn} was not found.`, 404);
        role.attached = role.attached.filter((arn) => arn !== policyArn);
        this.changed(role);
    }
    tagRole(roleName, tags) {
        const role = this.requireRole(roleName);
        for (const tag of tags) {
            const existing = role.Tags.find((t) => t.Key === tag.Key);
            if (existing)
                existing.Value = tag.Value;
            else
                role.Tags.push({ ...tag });
        }
        this.onChange();
    }
    untagRole(roleName, keys) {
        const role = this.requireRole(roleName);
        role.Tags = role.Tags.filter((t) => !keys.includes(t.Key));
        this.onChange();
    }
    /**
     * CloudFormation's update of a role in place (as its handler does with UpdateAssumeRolePolicy, UpdateRole,
     * Put/DeleteRolePolicy, Attach/DetachRolePolicy and tags): same ARN and RoleId, so session credentials minted
     * for the role stay valid. Every document is checked before anything changes.
     */
    replaceRole(spec) {
        const role = this.requireRole(spec.RoleName);
        const trust = policyText(spec.AssumeRolePolicyDocument);
        validatePolicy(trust, 'trust');
        const policies = {};
        for (const policy of spec.Policies ?? []) {
            const text = policyText(policy.PolicyDocument);
            validatePolicy(text, 'identity');
            policies[policy.PolicyName] = text;
        }
        role.AssumeRolePolicyDocument = trust;
        role.Description = spec.Description;
        role.policies = policies;
        role.attached = [...new Set(spec.ManagedPolicyArns ?? [])];
        role.Tags = Object.entries(spec.Tags ?? {}).map(([Key, Value]) => ({ Key, Value }));
        this.changed(role);
        return role;
    }
    updateAssumeRolePolicy(roleName, document) {
        const role = this.requireRole(roleName);
        validatePolicy(document, 'trust');
        role.AssumeRolePolicyDocument = document;
        this.changed(role);
    }
    snapshot() {
        return [...this.roles.values()];
    }
    /** Restored roles have long propagated. */
    restore(snapshot) {
        this.roles.clear();
        this.propagated.clear();
        for (const role of snapshot ?? []) {
            this.roles.set(role.RoleName, role);
            this.propagated.record(role.RoleName, stateOf(role), 0);
        }
    }
}

;// CONCATENATED MODULE: ./src/endpoint/services/iam/index.ts
// IAM over the query protocol (Version 2010-05-08): roles, inline and attached policies, tags; and the
// backend CloudFormation provisions roles through.





const XMLNS = 'https://iam.amazonaws.com/doc/2010-05-08/';
const DEFAULT_MAX_ITEMS = 100;
/** A role as IAM returns it: the trust policy URL-encoded, tags only when there are some. */
function roleXml(role) {
    return {
        Path: role.Path,
        RoleName: role.RoleName,
        RoleId: role.RoleId,
        Arn: role.Arn,
        CreateDate: role.CreateDate,
        AssumeRolePolicyDocument: encodeURIComponent(role.AssumeRolePolicyDocument),
        Description: role.Description,
        MaxSessionDuration: role.MaxSessionDuration,
        Tags: role.Tags.length > 0 ? role.Tags : undefined,
    };
}
/** Marker/MaxItems paging over an already ordered list. */
function page(items, params) {
    const start = Number(params.get('Marker') ?? 0) || 0;
    const max = Number(params.get('MaxItems') ?? DEFAULT_MAX_ITEMS) || DEFAULT_MAX_ITEMS;
    const slice = items.slice(start, start + max);
    const next = start + slice.length;
    return { items: slice, IsTruncated: next < items.length, Marker: next < items.length ? String(next) : undefined };
}
/** Policy text stored by IAM is valid JSON (IAM checked it); anything else counts as granting nothing. */
function parsed(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** A propagated role with its managed policies resolved to documents (unknown ones grant nothing). */
function effective(role) {
    const managed = role.attached.map((arn) => managedPolicyDocument(arn)).filter((document) => document !== undefined);
    return {
        RoleName: role.RoleName,
        RoleId: role.RoleId,
        Arn: role.Arn,
        trustPolicy: parsed(role.trust),
        policies: [...Object.values(role.policies).map(parsed), ...managed],
        attachedPolicyArns: [...role.attached],
    };
}
const nameOf = (nameOrArn) => (nameOrArn.startsWith('arn:') ? nameOrArn.slice(nameOrArn.lastIndexOf('/') + 1) : nameOrArn);
/** `options.now`: the clock propagation is measured with (tests inject one). */
function createIamService(settings, options = {}) {
    const model = new IamModel(settings.accountId, () => settings.markDirty(), { propagationMs: settings.behaviour.propagationMs, now: options.now });
    /** The role as the other services see it; an ARN must name the role exactly (path included). */
    const seen = (nameOrArn) => {
        const role = model.propagated.seen(nameOf(nameOrArn));
        return role && (!nameOrArn.startsWith('arn:') || role.Arn === nameOrArn) ? role : undefined;
    };
    const byId = (roleId) => {
        const role = model.propagated.allSeen().find((r) => r.RoleId === roleId);
        return role && effective(role);
    };
    const operations = {
        CreateRole: (p) => {
            const role = model.createRole({
                RoleName: (0,query/* requireParam */.tk)(p, 'RoleName'),
                AssumeRolePolicyDocument: (0,query/* requireParam */.tk)(p, 'AssumeRolePolicyDocument'),
                Path: p.get('Path') ?? undefined,
                Description: p.get('Description') ?? undefined,
                Tags: Object.fromEntries((0,query/* readStructList */.OW)(p, 'Tags').map((t) => [t.Key, t.Value ?? ''])),
            });
            const maxSession = p.get('MaxSessionDuration');
            if (maxSession)
                role.MaxSessionDuration = Number(maxSession);
            return { Role: roleXml(role) };
        },
        GetRole: (p) => ({ Role: { ...roleXml(model.requireRole((0,query/* requireParam */.tk)(p, 'RoleName'))), RoleLastUsed: {} } }),
        DeleteRole: (p) => void model.deleteRole((0,query/* requireParam */.tk)(p, 'RoleName')),
        ListRoles: (p) => {
            const { items, IsTruncated, Marker } = page(model.listRoles(p.get('PathPrefix') ?? '/'), p);
            // ListRoles leaves tags out, as AWS does.
            return { Roles: items.map((role) => ({ ...roleXml(role), Tags: undefined })), IsTruncated, Marker };
        },
        UpdateAssumeRolePolicy: (p) => void model.updateAssumeRolePolicy((0,query/* requireParam */.tk)(p, 'RoleName'), (0,query/* requireParam */.tk)(p, 'PolicyDocument')),
        PutRolePolicy: (p) => void model.putRolePolicy((0,query/* requireParam */.tk)(p, 'RoleName'), (0,query/* requireParam */.tk)(p, 'PolicyName'), (0,query/* requireParam */.tk)(p, 'PolicyDocument')),
        GetRolePolicy: (p) => {
            const roleName = (0,query/* requireParam */.tk)(p, 'RoleName');
            const policyName = (0,query/* requireParam */.tk)(p, 'PolicyName');
            return { RoleName: roleName, PolicyName: policyName, PolicyDocument: encodeURIComponent(model.getRolePolicy(roleName, policyName)) };
        },
        DeleteRolePolicy: (p) => void model.deleteRolePolicy((0,query/* requireParam */.tk)(p, 'RoleName'), (0,query/* requireParam */.tk)(p, 'PolicyName')),
        ListRolePolicies: (p) => {
            const { items, IsTruncated, Marker } = page(Object.keys(model.requireRole((0,query/* requireParam */.tk)(p, 'RoleName')).policies).sort(), p);
            return { PolicyNames: items, IsTruncated, Marker };
        },
        AttachRolePolicy: (p) => void model.attachRolePolicy((0,query/* requireParam */.tk)(p, 'RoleName'), (0,query/* requireParam */.tk)(p, 'PolicyArn')),
        DetachRolePolicy: (p) => void model.detachRolePolicy((0,query/* requireParam */.tk)(p, 'RoleName'), (0,query/* requireParam */.tk)(p, 'PolicyArn')),
        ListAttachedRolePolicies: (p) => {
            const attached = model.requireRole((0,query/* requireParam */.tk)(p, 'RoleName')).attached.map((arn) => ({ PolicyName: arn.slice(arn.lastIndexOf('/') + 1), PolicyArn: arn }));
            const { items, IsTruncated, Marker } = page(attached, p);
            return { AttachedPolicies: items, IsTruncated, Marker };
        },
        TagRole: (p) => void model.tagRole((0,query/* requireParam */.tk)(p, 'RoleName'), (0,query/* readStructList */.OW)(p, 'Tags').map((t) => ({ Key: t.Key, Value: t.Value ?? '' }))),
        UntagRole: (p) => void model.untagRole((0,query/* requireParam */.tk)(p, 'RoleName'), (0,query/* readList */.LD)(p, 'TagKeys')),
        ListRoleTags: (p) => {
            const { items, IsTruncated, Marker } = page(model.requireRole((0,query/* requireParam */.tk)(p, 'RoleName')).Tags, p);
            return { Tags: items, IsTruncated, Marker };
        },
    };
    const backend = {
        createRole: (spec) => {
            const role = model.createRole(spec);
            return { RoleName: role.RoleName, Arn: role.Arn, RoleId: role.RoleId };
        },
        deleteRole: (roleName) => model.forceDeleteRole(roleName),
        updateRole: (spec) => void model.replaceRole(spec),
        getRole: (nameOrArn) => {
            const role = model.findRole(nameOrArn);
            if (!role)
                return undefined;
            return {
                RoleName: role.RoleName,
                Arn: role.Arn,
                RoleId: role.RoleId,
                Path: role.Path,
                Description: role.Description,
                AssumeRolePolicyDocument: JSON.parse(role.AssumeRolePolicyDocument),
                ManagedPolicyArns: [...role.attached],
                Policies: Object.entries(role.policies).map(([PolicyName, text]) => ({ PolicyName, PolicyDocument: JSON.parse(text) })),
                Tags: Object.fromEntries(role.Tags.map((t) => [t.Key, t.Value])),
            };
        },
        effectiveRole: (nameOrArn) => {
            const role = seen(nameOrArn);
            return role && effective(role);
        },
        findRoleById: (roleId) => byId(roleId),
        effectivePolicies: (nameOrArn) => {
            const role = seen(nameOrArn);
            return role ? effective(role).policies : [];
        },
        checkAssumable: (roleArn, principals, context) => {
            const role = seen(roleArn);
            return role !== undefined && (0,trust/* trustPolicyAllows */.$L)(parsed(role.trust), role.Arn, principals, context);
        },
        propagatedAt: (nameOrArn) => model.propagated.visibleAt(nameOf(nameOrArn)),
    };
    async function handle(request) {
        const params = (0,query/* parseQueryParams */.UA)(request);
        const action = params.get('Action') ?? '';
        const operation = operations[action];
        if (!operation)
            return (0,query/* xmlError */.es)(new types/* AwsError */.Gy('InvalidAction', `Could not find operation ${action} for version 2010-05-08`), request.requestId);
        try {
            return (0,query/* xmlResponse */.te)(action, operation(params) ?? undefined, request.requestId, XMLNS);
        }
        catch (error) {
            if (error instanceof types/* AwsError */.Gy)
                return (0,query/* xmlError */.es)(error, request.requestId);
            throw error;
        }
    }
    return {
        handler: { service: 'iam', handle },
        backend,
        persist: { snapshot: () => model.snapshot(), restore: (snapshot) => model.restore(snapshot) },
    };
}

// EXTERNAL MODULE: ./src/endpoint/services/sqs/model.ts
var sqs_model = __webpack_require__(7953);
;// CONCATENATED MODULE: ./src/endpoint/services/sqs/journal.ts

const QUEUE_CHANGES = new Set(['CreateQueue', 'SetQueueAttributes', 'TagQueue', 'UntagQueue']);
function keyOf(region, name) {
    return `${region}/${name}`;
}
function queueRecord(queue) {
    const { messages: _messages, ...settings } = queue;
    return { queue: settings };
}
function parse(text) {
    try {
        const value = JSON.parse(text.toString());
        return value && typeof value === 'object' ? value : {};
    }
    catch {
        return {};
    }
}
/**
 * A top-level string member read without parsing the whole body (a send carries up to 1 MiB of message).
 * A key inside a string value has its quotes escaped, so only real members match; a value with escapes of
 * its own is left to the full parse.
 */
function stringMember(text, name) {
    const match = new RegExp(`"${name}"\\s*:\\s*"([^"\\\\]*)"`).exec(text);
    return match ? match[1] : undefined;
}
/** Every MessageId in an answer (SendMessage, SendMessageBatch's Successful, ReceiveMessage's Messages). */
function messageIds(text) {
    return [...text.matchAll(/"MessageId"\s*:\s*"([0-9a-f-]{36})"/g)].map((match) => match[1]);
}
function entries(input) {
    return Array.isArray(input.Entries) ? input.Entries : [];
}
class SqsJournal {
    model;
    append;
    constructor(model) {
        this.model = model;
    }
    attach(append) {
        this.append = append;
    }
    /** Whether changes are being journaled (only with a state directory). */
    get active() {
        return this.append !== undefined;
    }
    /** A queue's settings as they now are (created by CloudFormation, say). */
    queueChanged(queue) {
        if (queue)
            this.append?.(queueRecord(queue));
    }
    queueDeleted(region, name) {
        this.append?.({ deleteQueue: keyOf(region, name), at: Date.now() });
    }
    /** A message as it is now stored, or its deletion when it is gone. */
    messageChanged(queue, id) {
        const message = queue.messages.get(id);
        this.append?.(message ? { in: keyOf(queue.region, queue.name), message } : { in: keyOf(queue.region, queue.name), deleteMessage: id });
    }
    /** Records what a wire operation answered with 200 changed; called before the answer is sent. */
    recordWire(request, response) {
        const append = this.append;
        const target = request.target;
        if (!append || response.status !== 200 || !target)
            return;
        if (target.startsWith('Get') || target.startsWith('List'))
            return;
        const text = request.body.toString('utf8');
        const sends = target === 'SendMessage' || target === 'SendMessageBatch' || target === 'ReceiveMessage';
        const quick = sends ? stringMember(text, 'QueueUrl') : undefined;
        const input = quick === undefined ? parse(text) : {};
        const queueName = quick ?? (typeof input.QueueUrl === 'string' ? input.QueueUrl : typeof input.QueueName === 'string' ? input.QueueName : '');
        if (target === 'DeleteQueue') {
            const name = (0,sqs_model/* queueNameOf */.k4)(queueName);
            if (name)
                this.queueDeleted(request.region, name);
            return;
        }
        const queue = this.model.findQueue(request.region, queueName);
        if (!queue)
            return;
        if (QUEUE_CHANGES.has(target))
            return this.queueChanged(queue);
        if (target === 'PurgeQueue')
            return append({ purge: keyOf(queue.region, queue.name) });
        const ids = [];
        if (sends) {
            ids.push(...messageIds(typeof response.body === 'string' ? response.body : response.body.toString('utf8')));
        }
        else {
            // Deletes and visibility changes name their messages by receipt handle.
            const handles = [input.ReceiptHandle, ...entries(input).map((entry) => entry.ReceiptHandle)];
            for (const handle of handles) {
                const id = typeof handle === 'string' ? (0,sqs_model/* messageIdOfHandle */.S3)(handle) : undefined;
                if (id)
                    ids.push(id);
            }
        }
        for (const id of ids)
            this.messageChanged(queue, id);
    }
    /** The snapshot (this version's, or the bare queue list earlier versions wrote) with the records applied. */
    replay(snapshot, records) {
        const base = (Array.isArray(snapshot) ? { queues: snapshot, deletedAt: {} } : snapshot) ?? { queues: [], deletedAt: {} };
        const deletedAt = { ...base.deletedAt };
        const queues = new Map();
        for (const stored of base.queues ?? []) {
            queues.set(keyOf(stored.region, stored.name), { ...stored, messages: new Map(stored.messages.map((m) => [m.id, m])) });
        }
        for (const record of records) {
            if ('queue' in record) {
                const key = keyOf(record.queue.region, record.queue.name);
                queues.set(key, { ...record.queue, messages: queues.get(key)?.messages ?? new Map() });
            }
            else if ('deleteQueue' in record) {
                queues.delete(record.deleteQueue);
                if (record.at !== undefined)
                    deletedAt[record.deleteQueue] = record.at;
            }
            else if ('purge' in record) {
                queues.get(record.purge)?.messages.clear();
            }
            else if ('message' in record) {
                queues.get(record.in)?.messages.set(record.message.id, record.message);
            }
            else {
                queues.get(record.in)?.messages.delete(record.deleteMessage);
            }
        }
        return { queues: [...queues.values()].map((queue) => ({ ...queue, messages: [...queue.messages.values()] })), deletedAt };
    }
}

// EXTERNAL MODULE: ./src/endpoint/services/sqs/digest.ts
var digest = __webpack_require__(49722);
;// CONCATENATED MODULE: ./src/endpoint/services/sqs/wire.ts
// SQS's JSON wire (X-Amz-Target AmazonSQS.<Operation>): reads each operation's input, calls the model,
// shapes the output as the service does (empty lists and absent members left out).





const BATCH_ENTRY_ID = /^[A-Za-z0-9_-]{1,80}$/;
function wire_stringMember(input, name) {
    const value = input[name];
    if (typeof value !== 'string' || value === '')
        throw (0,errors/* missingParameter */.Am)(name);
    return value;
}
function requiredInteger(input, name) {
    const value = optionalInteger(input, name);
    if (value === undefined)
        throw (0,errors/* missingParameter */.Am)(name);
    return value;
}
function optionalInteger(input, name) {
    const value = input[name];
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value))
        throw (0,errors/* invalidParameter */.VL)(`Value ${String(value)} for parameter ${name} is invalid. Reason: must be an integer.`);
    return value;
}
function stringMap(input, name) {
    const value = input[name];
    if (value === undefined || value === null)
        return {};
    if (typeof value !== 'object' || Array.isArray(value))
        throw (0,errors/* invalidParameter */.VL)(`Value for parameter ${name} is invalid. Reason: must be a map of strings.`);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
}
function stringList(input, name) {
    const value = input[name];
    return Array.isArray(value) ? value.map(String) : [];
}
/** Checks a batch's entries the way SQS does before acting on any of them. */
function batchEntries(input) {
    const entries = input.Entries;
    if (!Array.isArray(entries) || entries.length === 0)
        throw (0,errors/* sqsError */.Ss)('EmptyBatchRequest', 'There should be at least one SendMessageBatchRequestEntry in the request.');
    if (entries.length > 10)
        throw (0,errors/* sqsError */.Ss)('TooManyEntriesInBatchRequest', `Maximum number of entries per request are 10. You have sent ${entries.length}.`);
    const ids = new Set();
    for (const entry of entries) {
        if (!entry || typeof entry !== 'object')
            throw (0,errors/* invalidParameter */.VL)('Each batch entry must be a structure.');
        const id = String(entry.Id ?? '');
        if (!BATCH_ENTRY_ID.test(id))
            throw (0,errors/* sqsError */.Ss)('InvalidBatchEntryId', 'A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.');
        if (ids.has(id))
            throw (0,errors/* sqsError */.Ss)('BatchEntryIdsNotDistinct', `Id ${id} repeated.`);
        ids.add(id);
    }
    return entries;
}
/** Runs each entry on its own: failures become Failed entries, as batch operations report them. */
function perEntry(entries, act) {
    const Successful = [];
    const Failed = [];
    for (const entry of entries) {
        const Id = String(entry.Id);
        try {
            Successful.push({ Id, ...act(entry) });
        }
        catch (error) {
            if (!(error instanceof types/* AwsError */.Gy))
                throw error;
            Failed.push({ Id, SenderFault: error.sender === 'Sender', Code: error.code, Message: error.message });
        }
    }
    return { Successful, Failed };
}
function sendInput(entry) {
    return {
        MessageBody: typeof entry.MessageBody === 'string' ? entry.MessageBody : undefined,
        DelaySeconds: optionalInteger(entry, 'DelaySeconds'),
        MessageAttributes: entry.MessageAttributes,
        MessageSystemAttributes: entry.MessageSystemAttributes,
        MessageGroupId: entry.MessageGroupId,
        MessageDeduplicationId: entry.MessageDeduplicationId,
    };
}
/** Which message attributes a receive asked for: 'All', '.*', 'prefix.*' or exact names. */
function selectAttributes(attributes, names) {
    if (!attributes || names.length === 0)
        return undefined;
    // All of them: the stored attributes themselves (so their digest from the send applies).
    if (names.some((pattern) => pattern === 'All' || pattern === '.*'))
        return Object.keys(attributes).length > 0 ? attributes : undefined;
    const wanted = (name) => names.some((pattern) => pattern === 'All' || pattern === '.*' || pattern === name || (pattern.endsWith('.*') && name.startsWith(pattern.slice(0, -1))));
    const selected = Object.fromEntries(Object.entries(attributes).filter(([name]) => wanted(name)));
    return Object.keys(selected).length > 0 ? selected : undefined;
}
function systemAttributes(message, names, accountId) {
    if (names.length === 0)
        return undefined;
    const all = {
        SenderId: accountId,
        SentTimestamp: String(message.sentAt),
        ApproximateReceiveCount: String(message.receiveCount),
        ApproximateFirstReceiveTimestamp: String(message.firstReceivedAt ?? message.sentAt),
        MessageGroupId: message.groupId,
        MessageDeduplicationId: message.deduplicationId,
        SequenceNumber: message.sequenceNumber,
        AWSTraceHeader: message.systemAttributes?.AWSTraceHeader?.StringValue,
    };
    const out = {};
    for (const [name, value] of Object.entries(all)) {
        if (value !== undefined && (names.includes('All') || names.includes(name)))
            out[name] = value;
    }
    return Object.keys(out).length > 0 ? out : undefined;
}
class SqsWire {
    model;
    settings;
    operations;
    constructor(model, settings) {
        this.model = model;
        this.settings = settings;
        this.operations = {
            CreateQueue: (input, request) => {
                const queue = model.createQueue(request.region, wire_stringMember(input, 'QueueName'), stringMap(input, 'Attributes'), stringMap(input, 'tags'));
                return { QueueUrl: this.urlOf(queue, request) };
            },
            GetQueueUrl: (input, request) => {
                const queue = model.findQueue(request.region, wire_stringMember(input, 'QueueName'));
                if (!queue)
                    throw (0,errors/* sqsError */.Ss)('QueueDoesNotExist', 'The specified queue does not exist.');
                return { QueueUrl: this.urlOf(queue, request) };
            },
            ListQueues: (input, request) => {
                const max = optionalInteger(input, 'MaxResults');
                if (max !== undefined && (max < 1 || max > 1000))
                    throw (0,errors/* invalidParameter */.VL)(`Value ${max} for parameter MaxResults is invalid. Reason: must be between 1 and 1000.`);
                const all = model.listQueues(request.region, typeof input.QueueNamePrefix === 'string' ? input.QueueNamePrefix : '');
                const start = typeof input.NextToken === 'string' ? Number(Buffer.from(input.NextToken, 'base64').toString('utf8')) || 0 : 0;
                const page = all.slice(start, max === undefined ? 1000 : start + max);
                const next = start + page.length;
                return {
                    QueueUrls: page.length > 0 ? page.map((q) => this.urlOf(q, request)) : undefined,
                    NextToken: max !== undefined && next < all.length ? Buffer.from(String(next)).toString('base64') : undefined,
                };
            },
            DeleteQueue: (input, request) => model.deleteQueue(this.queue(input, request)),
            PurgeQueue: (input, request) => model.purgeQueue(this.queue(input, request)),
            GetQueueAttributes: (input, request) => {
                const attributes = model.getAttributes(this.queue(input, request), stringList(input, 'AttributeNames'));
                return { Attributes: Object.keys(attributes).length > 0 ? attributes : undefined };
            },
            SetQueueAttributes: (input, request) => model.setAttributes(this.queue(input, request), stringMap(input, 'Attributes')),
            TagQueue: (input, request) => model.tagQueue(this.queue(input, request), stringMap(input, 'Tags')),
            UntagQueue: (input, request) => model.untagQueue(this.queue(input, request), stringList(input, 'TagKeys')),
            ListQueueTags: (input, request) => {
                const tags = this.queue(input, request).tags;
                return { Tags: Object.keys(tags).length > 0 ? tags : undefined };
            },
            ListDeadLetterSourceQueues: (input, request) => ({
                queueUrls: model.deadLetterSources(this.queue(input, request)).map((q) => this.urlOf(q, request)),
            }),
            SendMessage: (input, request) => model.send(this.queue(input, request), sendInput(input)),
            SendMessageBatch: (input, request) => {
                const queue = this.queue(input, request);
                return perEntry(batchEntries(input), (entry) => model.send(queue, sendInput(entry)));
            },
            ReceiveMessage: (input, request) => this.receive(input, request),
            DeleteMessage: (input, request) => model.deleteMessage(this.queue(input, request), wire_stringMember(input, 'ReceiptHandle')),
            DeleteMessageBatch: (input, request) => {
                const queue = this.queue(input, request);
                return perEntry(batchEntries(input), (entry) => {
                    model.deleteMessage(queue, wire_stringMember(entry, 'ReceiptHandle'));
                    return {};
                });
            },
            ChangeMessageVisibility: (input, request) => model.changeVisibility(this.queue(input, request), wire_stringMember(input, 'ReceiptHandle'), requiredInteger(input, 'VisibilityTimeout')),
            ChangeMessageVisibilityBatch: (input, request) => {
                const queue = this.queue(input, request);
                return perEntry(batchEntries(input), (entry) => {
                    model.changeVisibility(queue, wire_stringMember(entry, 'ReceiptHandle'), requiredInteger(entry, 'VisibilityTimeout'));
                    return {};
                });
            },
        };
    }
    /**
     * `<endpoint>/<account>/<name>`, on the host the caller used when there is one: an SDK client whose
     * endpoint is http://localhost:4566 then gets URLs on that origin, and does not warn on every call
     * that the queue URL points elsewhere. Queues are found by name, so either form works everywhere.
     */
    urlOf(queue, request) {
        const host = request?.headers.host;
        const origin = host && /^[\w.-]+(:\d+)?$|^\[[\d:a-fA-F]+\](:\d+)?$/.test(host) ? `http://${host}` : this.settings.url;
        return `${origin}/${this.settings.accountId}/${queue.name}`;
    }
    queue(input, request) {
        return this.model.requireQueue(request.region, wire_stringMember(input, 'QueueUrl'));
    }
    async receive(input, request) {
        const queue = this.queue(input, request);
        const maxMessages = optionalInteger(input, 'MaxNumberOfMessages') ?? 1;
        if (maxMessages < 1 || maxMessages > 10) {
            throw (0,errors/* invalidParameter */.VL)(`Value ${maxMessages} for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.`);
        }
        const waitSeconds = optionalInteger(input, 'WaitTimeSeconds') ?? Number(queue.attributes.ReceiveMessageWaitTimeSeconds);
        if (waitSeconds < 0 || waitSeconds > 20) {
            throw (0,errors/* invalidParameter */.VL)(`Value ${waitSeconds} for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if provided.`);
        }
        const visibilityTimeout = optionalInteger(input, 'VisibilityTimeout');
        if (visibilityTimeout !== undefined && (visibilityTimeout < 0 || visibilityTimeout > 43200)) {
            throw (0,errors/* invalidParameter */.VL)(`Value ${visibilityTimeout} for parameter VisibilityTimeout is invalid. Reason: Must be between 0 and 43200, if provided.`);
        }
        const systemNames = [...stringList(input, 'AttributeNames'), ...stringList(input, 'MessageSystemAttributeNames')];
        const attributeNames = stringList(input, 'MessageAttributeNames');
        const messages = await this.model.receive(queue, { maxMessages, waitSeconds, visibilityTimeout }, request.signal);
        if (messages.length === 0)
            return {};
        return {
            Messages: messages.map((message) => {
                const attributes = selectAttributes(message.attributes, attributeNames);
                return {
                    MessageId: message.id,
                    ReceiptHandle: message.receiptHandle,
                    MD5OfBody: message.md5OfBody,
                    Body: message.body,
                    Attributes: systemAttributes(message, systemNames, this.settings.accountId),
                    // Over the attributes returned, which is what the SDKs can check: when they are all of the
                    // message's, the digest computed as it was sent.
                    MD5OfMessageAttributes: attributes
                        ? attributes === message.attributes && message.md5OfAttributes
                            ? message.md5OfAttributes
                            : (0,digest/* md5OfMessageAttributes */.UL)(attributes)
                        : undefined,
                    MessageAttributes: attributes,
                };
            }),
        };
    }
    async handle(request) {
        if (!request.target) {
            // A query-protocol (form) caller: answer in its own language rather than with JSON it cannot read.
            return (0,query/* xmlError */.es)(new types/* AwsError */.Gy('InvalidAction', 'The local endpoint speaks the SQS JSON protocol (X-Amz-Target: AmazonSQS.<Action>) only.'), request.requestId);
        }
        const operation = this.operations[request.target];
        if (!operation) {
            return (0,errors/* sqsErrorResponse */.Jt)(new types/* AwsError */.Gy('UnsupportedOperation', `The operation ${request.target} is not supported by the local endpoint.`));
        }
        try {
            const output = await operation((0,protocol_json/* parseJsonBody */.Y2)(request), request);
            return (0,protocol_json/* jsonResponse */.Yf)(output ?? {});
        }
        catch (error) {
            if (error instanceof types/* AwsError */.Gy)
                return (0,errors/* sqsErrorResponse */.Jt)(error);
            throw error;
        }
    }
}

;// CONCATENATED MODULE: ./src/endpoint/services/sqs/index.ts



function createSqsService(settings) {
    const model = new sqs_model/* SqsModel */.J1(settings.accountId, () => settings.markDirty(), {
        queueNameMs: settings.behaviour.queueNameCooldownMs,
        purgeMs: settings.behaviour.purgeCooldownMs,
    });
    const wire = new SqsWire(model, settings);
    // With a state directory, every answered change is journaled before its answer goes out.
    const journal = new SqsJournal(model);
    const ref = (queue) => ({ name: queue.name, url: wire.urlOf(queue), arn: model.arnOf(queue) });
    const backend = {
        createQueue: (name, attributes, region, tags) => {
            const queue = model.createQueue(region, name, attributes, tags);
            journal.queueChanged(queue);
            return ref(queue);
        },
        deleteQueue: (urlOrName, region) => {
            const queue = model.findQueue(region, urlOrName);
            if (!queue)
                return;
            model.deleteQueue(queue);
            journal.queueDeleted(region, queue.name);
        },
        setQueueAttributes: (urlOrName, attributes, region) => model.setAttributes(model.requireQueue(region, urlOrName), attributes),
        getQueue: (urlOrName, region) => {
            const queue = model.findQueue(region, urlOrName);
            return queue ? ref(queue) : undefined;
        },
        sendMessage: (input, region) => {
            const queue = model.requireQueue(region, input.QueueUrl);
            const result = model.send(queue, input);
            journal.messageChanged(queue, result.MessageId);
            return { MessageId: result.MessageId, MD5OfMessageBody: result.MD5OfMessageBody, MD5OfMessageAttributes: result.MD5OfMessageAttributes };
        },
    };
    return {
        handler: {
            service: 'sqs',
            handle: async (request) => {
                const response = await wire.handle(request);
                journal.recordWire(request, response);
                return response;
            },
        },
        backend,
        persist: { snapshot: () => model.snapshot(), restore: (snapshot) => model.restore(snapshot), journal },
        close: async () => model.close(),
    };
}

;// CONCATENATED MODULE: ./src/endpoint/services/sts/index.ts



const sts_XMLNS = 'https://sts.amazonaws.com/doc/2011-06-15/';
/** The session name when a session token does not carry one. */
const DEFAULT_SESSION_NAME = 'local-session';
/** The access key id of a SigV4-signed request (Authorization header, or a presigned URL's query). */
function sts_accessKeyOf(headers, query) {
    const authorization = Array.isArray(headers.authorization) ? headers.authorization[0] : headers.authorization;
    const credential = /Credential=([^,\s]+)/.exec(authorization ?? '')?.[1] ?? query?.get('X-Amz-Credential') ?? undefined;
    // The credential scope is the last four parts: the key id is what comes before.
    return credential?.split('/').slice(0, -4).join('/') || undefined;
}
function sts_securityToken(headers, query) {
    const header = headers['x-amz-security-token'];
    return (Array.isArray(header) ? header[0] : header) ?? query?.get('X-Amz-Security-Token') ?? undefined;
}
function createStsService(settings, backends = {}) {
    return {
        handler: {
            service: 'sts',
            async handle(request) {
                const params = (0,query/* parseQueryParams */.UA)(request);
                const action = params.get('Action') ?? '';
                if (action === 'GetCallerIdentity') {
                    const key = sts_accessKeyOf(request.headers, request.query);
                    const roleId = key ? (0,sessions/* roleIdOfAccessKey */.Aw)(key) : undefined;
                    if (roleId) {
                        const role = backends.iam?.findRoleById(roleId);
                        // Keys of a role that is gone are refused as AWS refuses an expired or unknown token.
                        if (!role)
                            return (0,query/* xmlError */.es)(new types/* AwsError */.Gy('InvalidClientTokenId', 'The security token included in the request is invalid.', 403), request.requestId);
                        const session = (0,sessions/* sessionNameOfToken */.Sh)(sts_securityToken(request.headers, request.query)) ?? DEFAULT_SESSION_NAME;
                        const identity = { UserId: `${role.RoleId}:${session}`, Account: settings.accountId, Arn: `arn:aws:sts::${settings.accountId}:assumed-role/${role.RoleName}/${session}` };
                        return (0,query/* xmlResponse */.te)(action, identity, request.requestId, sts_XMLNS);
                    }
                    // The root user's UserId is the account id itself.
                    const identity = { UserId: settings.accountId, Account: settings.accountId, Arn: `arn:aws:iam::${settings.accountId}:root` };
                    return (0,query/* xmlResponse */.te)(action, identity, request.requestId, sts_XMLNS);
                }
                return (0,query/* xmlError */.es)(new types/* AwsError */.Gy('InvalidAction', `Could not find operation ${action} for version 2011-06-15`), request.requestId);
            },
        },
    };
}

;// CONCATENATED MODULE: ./src/endpoint/services/index.ts
// The service registry: makes every emulated service and publishes each one's backend on the shared
// `backends` object, which services read at call time (so the order they are made in does not matter).
//
// Lambda, Step Functions and CloudFormation carry the heavy libraries (aws-local-stepfunctions,
// asl-validator, the template engine): loading them costs several hundred milliseconds, against tens for
// the rest. Deferred, they load together on the first request for any of them, so a fresh endpoint
// answers at once. They load as one group because CloudFormation and Step Functions call each other's
// and Lambda's backends synchronously.





const DEFERRED_SERVICES = ['lambda', 'states', 'cloudformation'];
/** Stands in for a backend whose service has none (yet): any call fails with an error naming it. */
function services_unavailable(service) {
    return new Proxy({}, {
        get: (_target, member) => () => {
            throw new types/* AwsError */.Gy('ServiceUnavailable', `The local endpoint's ${service} service offers no ${String(member)} to other services (not loaded)`, 503, 'Receiver');
        },
    });
}
/**
 * `onChange(service)` hears which service changed (so only its snapshot is rewritten); each service gets
 * settings whose markDirty() names it.
 */
function createServices(settings, onChange = () => settings.markDirty()) {
    const settingsFor = (service) => ({
        // Read through: the url is only known once the server listens.
        get url() {
            return settings.url;
        },
        accountId: settings.accountId,
        timeScale: settings.timeScale,
        behaviour: settings.behaviour,
        stateDir: settings.stateDir,
        log: settings.log,
        markDirty: () => onChange(service),
    });
    const backends = {};
    const dynamodb = createDynamoDbService(settingsFor('dynamodb'));
    const sqs = createSqsService(settingsFor('sqs'));
    const iam = createIamService(settingsFor('iam'));
    const sts = createStsService(settingsFor('sts'), backends);
    backends.dynamodb = dynamodb.backend ?? services_unavailable('dynamodb');
    backends.sqs = sqs.backend ?? services_unavailable('sqs');
    backends.iam = iam.backend ?? services_unavailable('iam');
    backends.lambda = services_unavailable('lambda');
    backends.states = services_unavailable('states');
    const services = new Map([
        ['dynamodb', dynamodb],
        ['sqs', sqs],
        ['iam', iam],
        ['sts', sts],
    ]);
    let loading;
    let loaded = false;
    const loadDeferred = () => (loading ??= (async () => {
        const [{ createLambdaService }, { createStepFunctionsService }, { createCloudFormationService }] = await Promise.all([
            __webpack_require__.e(/* import() */ 637).then(__webpack_require__.bind(__webpack_require__, 3637)),
            Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(307), __webpack_require__.e(198), __webpack_require__.e(107)]).then(__webpack_require__.bind(__webpack_require__, 15107)),
            __webpack_require__.e(/* import() */ 869).then(__webpack_require__.bind(__webpack_require__, 1869)),
        ]);
        const lambda = createLambdaService(settingsFor('lambda'), backends);
        const states = createStepFunctionsService(settingsFor('states'), backends);
        const cloudformation = createCloudFormationService(settingsFor('cloudformation'), backends);
        if (lambda.backend)
            backends.lambda = lambda.backend;
        if (states.backend)
            backends.states = states.backend;
        services.set('lambda', lambda).set('states', states).set('cloudformation', cloudformation);
        loaded = true;
    })());
    // Until loaded, each deferred service is a stand-in that loads the group, then hands the request on.
    for (const name of DEFERRED_SERVICES) {
        services.set(name, {
            handler: {
                service: name,
                handle: async (request) => {
                    await loadDeferred();
                    return services.get(name).handler.handle(request);
                },
            },
        });
    }
    return {
        services,
        backends,
        loadDeferred,
        get deferredLoaded() {
            return loaded;
        },
        settled: async () => {
            await loading?.catch(() => undefined);
        },
    };
}

;// CONCATENATED MODULE: ./src/endpoint/server.ts
// The local AWS endpoint: one node:http server on 127.0.0.1 that routes each request to an emulated
// service (see router.ts), persists their state when given a directory, and never lets a failing
// handler take the process down: the caller gets an AWS-shaped 500 instead.














const DEFAULT_PORT = 4566;
/** How long close() lets requests in flight finish before cutting their connections. */
const CLOSE_GRACE_MS = 2000;
/** Dependants first, so nothing calls a service that has already stopped; dynalite last of all. */
const CLOSE_ORDER = ['cloudformation', 'states', 'lambda', 'sqs', 'iam', 'sts'];
const SERVED = ['dynamodb', 'sqs', 'lambda', 'states', 'cloudformation', 'iam', 'sts'];
async function startEndpoint(options = {}) {
    const log = options.log ?? (() => undefined);
    const stateDir = options.stateDir ? (0,external_node_path_.resolve)(options.stateDir) : undefined;
    if (stateDir)
        await (0,promises_.mkdir)(stateDir, { recursive: true });
    let url = '';
    let persistence = inMemory;
    const settings = {
        get url() {
            return url;
        },
        accountId: types/* ACCOUNT_ID */.W_,
        timeScale: options.timeScale ?? 1,
        behaviour: (0,behaviour.resolveBehaviour)(options, options.timeScale ?? 1),
        stateDir,
        log,
        markDirty: () => persistence.markDirty(),
    };
    const serviceSet = createServices(settings, (service) => persistence.markDirty(service));
    const { services, backends } = serviceSet;
    let closing;
    const gate = createGate(settings.behaviour, backends, log);
    const server = (0,external_node_http_.createServer)(createRequestListener(services, {
        log,
        logRequests: options.logRequests,
        isClosing: () => closing !== undefined,
        gate,
        admission: createAdmission({ allowOrigins: options.allowOrigins }),
    }));
    // Long polls and slow invocations must not be cut by Node's default request timeouts.
    server.requestTimeout = 0;
    server.headersTimeout = 60_000;
    // SDK clients reuse idle connections with no timeout of their own; a server closing them after Node's
    // default 5 s races those reuses into "socket hang up" errors. close() drops idle ones at once anyway.
    server.keepAliveTimeout = 60_000;
    try {
        // Restoring state needs every service, so a state directory loads the deferred ones up front.
        if (!options.deferServices || stateDir)
            await serviceSet.loadDeferred();
        if (stateDir) {
            persistence = createPersistence(stateDir, () => persistablesOf(services), log);
            await persistence.load();
        }
        await listen(server, options.port ?? DEFAULT_PORT);
        url = `http://127.0.0.1:${server.address().port}`;
        // Synchronously after listening, so state is back before the first request is read.
        persistence.restore();
    }
    catch (error) {
        // Whatever started (workers, dynalite, the port) must not keep the process alive.
        server.close();
        await serviceSet.settled();
        await closeServices(services);
        throw error;
    }
    const port = server.address().port;
    return {
        url,
        port,
        backends,
        close: () => (closing ??= serviceSet.settled().then(() => shutdown(server, services, persistence))),
    };
}
function persistablesOf(services) {
    const out = {};
    for (const [name, instance] of services)
        if (instance.persist)
            out[name] = instance.persist;
    return out;
}
function listen(server, port) {
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
            server.off('error', reject);
            resolve();
        });
    });
}
async function closeServices(services) {
    for (const name of [...CLOSE_ORDER, 'dynamodb'])
        await services.get(name)?.close?.();
}
async function shutdown(server, services, persistence) {
    const serverClosed = new Promise((resolve) => server.close(() => resolve()));
    // Services first: SQS answers its long polls, Step Functions records runs as aborted.
    for (const name of CLOSE_ORDER)
        await services.get(name)?.close?.();
    server.closeIdleConnections();
    let grace;
    await Promise.race([serverClosed, new Promise((resolve) => (grace = setTimeout(resolve, CLOSE_GRACE_MS)))]);
    clearTimeout(grace);
    server.closeAllConnections();
    await serverClosed;
    await persistence.close();
    await services.get('dynamodb')?.close?.();
}
/** The server's request listener over a registry (exported so routing can be tested with stand-in services). */
function createRequestListener(services, options = {}) {
    return (req, res) => void serve(services, req, res, options);
}
async function serve(services, req, res, options) {
    const log = options.log ?? (() => undefined);
    // Made only for an answer of ours: DynamoDB's raw path (dynalite) gives its answers ids of its own.
    let requestId;
    const url = requestUrl(req.url);
    const json = expectsJson(req.headers, url.pathname);
    let service;
    try {
        const route = routeByHeaders(req.headers, url);
        service = route.service;
        if (options.logRequests)
            log(`${route.service ?? '?'} ${route.target ?? `${req.method} ${url.pathname}`}`);
        if (options.admission) {
            const cors = options.admission.corsHeaders(req.headers);
            if (cors)
                for (const [name, value] of Object.entries(cors))
                    res.setHeader(name, value);
            if (options.admission.isAllowedPreflight(req.method ?? '', req.headers)) {
                res.writeHead(204, preflightHeaders(req.headers)).end();
                return;
            }
            options.admission.admit({ method: req.method ?? 'GET', url, headers: req.headers, service: route.service });
        }
        // Asked once: whether any check reads this request decides both the raw path and the gate's run below.
        const inspected = options.gate?.inspects(req.headers) === true;
        const raw = route.service && !inspected ? services.get(route.service)?.rawHandler : undefined;
        if (raw)
            return raw(req, res);
        // A caller that hangs up before its answer (a cancelled long poll) must not be waited on, or be
        // handed messages it will never see.
        const caller = new AbortController();
        res.once('close', () => {
            if (res.writableFinished)
                return;
            caller.abort();
            if (options.logRequests)
                log(`${route.service ?? '?'} ${route.target ?? url.pathname}: caller disconnected`);
        });
        const body = await readBody(req, bodyLimit(route.service, route.target, url.pathname));
        service = route.service ?? serviceFromVersion(server_formParams(req, body));
        const instance = service ? services.get(service) : undefined;
        if (!service || !instance) {
            const targetHeader = req.headers['x-amz-target'];
            const what = service
                ? `service '${service}'`
                : targetHeader
                    ? `X-Amz-Target '${String(targetHeader)}'`
                    : 'this request (no SigV4 scope, X-Amz-Target, Lambda path or query Version names a service)';
            throw new types/* AwsError */.Gy('UnknownService', `The local endpoint does not serve ${what}; it serves ${SERVED.join(', ')}`);
        }
        requestId = (0,external_node_crypto_.randomUUID)();
        const request = {
            service,
            method: req.method ?? 'GET',
            path: url.pathname,
            query: url.searchParams,
            headers: req.headers,
            body,
            target: route.target,
            region: route.region,
            accountId: types/* ACCOUNT_ID */.W_,
            requestId,
            signal: caller.signal,
        };
        checkBody(request);
        if (inspected)
            await options.gate?.check(request);
        const response = await instance.handler.handle(request);
        send(res, response, requestId, options.isClosing?.());
    }
    catch (error) {
        if (error instanceof CallerGone)
            return;
        const awsError = error instanceof types/* AwsError */.Gy ? error : new types/* AwsError */.Gy('InternalFailure', `The local endpoint failed: ${error?.message ?? String(error)}`, 500, 'Receiver');
        // Injected faults are logged by the check that made them; a stack here would read as a failure of ours.
        if (awsError.status >= 500 && !(error instanceof faults/* InjectedFault */.Nr))
            log(`${req.method} ${req.url}: ${error?.stack ?? String(error)}`);
        requestId ??= (0,external_node_crypto_.randomUUID)();
        send(res, serviceErrorResponse(service, awsError, requestId, json), requestId, options.isClosing?.());
    }
}
function server_formParams(req, body) {
    const params = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams;
    if ((req.headers['content-type'] ?? '').includes('x-www-form-urlencoded')) {
        for (const [k, v] of new URLSearchParams(body.toString('utf8')))
            params.set(k, v);
    }
    return params;
}
function send(res, response, requestId, closing = false) {
    if (res.headersSent || res.destroyed)
        return;
    // Answers given while closing (long polls ended by close()) release their connection at once.
    if (closing)
        res.shouldKeepAlive = false;
    // A string body is handed over as it is: Node sends it with the head in one write, where a Buffer
    // made of it would go out as a second chunk (and be copied once more on the way).
    const { body } = response;
    res.writeHead(response.status, {
        'x-amzn-requestid': requestId,
        ...response.headers,
        'content-length': String(typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.length),
    });
    res.end(body);
}


/***/ }),

/***/ 49722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ md5Hex),
/* harmony export */   UL: () => (/* binding */ md5OfMessageAttributes)
/* harmony export */ });
/* unused harmony export isBinaryType */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// The MD5 digests SQS returns with sends and receives, computed exactly as the SDKs verify them.

function md5Hex(data) {
    // The one-shot digest: no Hash object per call (two or more digests per message sent).
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)('md5', data, 'hex');
}
/** Binary data types (`Binary`, `Binary.custom`) are digested as bytes with transport type 2. */
function isBinaryType(dataType) {
    return dataType === 'Binary' || dataType.startsWith('Binary.');
}
/**
 * Over the attributes sorted by name: for each, the length-prefixed name and data type, one transport
 * byte (1 string/number, 2 binary) and the length-prefixed value. Undefined when there are none.
 */
function md5OfMessageAttributes(attributes) {
    const names = Object.keys(attributes ?? {}).sort();
    if (!attributes || names.length === 0)
        return undefined;
    // Each value's bytes once, then written into one buffer (no buffer per length prefix).
    const fields = [];
    const transports = [];
    for (const name of names) {
        const { DataType, StringValue, BinaryValue } = attributes[name];
        const binary = isBinaryType(DataType);
        fields.push(Buffer.from(name, 'utf8'), Buffer.from(DataType, 'utf8'), binary ? Buffer.from(BinaryValue ?? '', 'base64') : Buffer.from(StringValue ?? '', 'utf8'));
        transports.push(binary ? 2 : 1);
    }
    const out = Buffer.allocUnsafe(fields.reduce((size, field) => size + 4 + field.length, 0) + transports.length);
    let at = 0;
    const put = (field) => {
        at = out.writeUInt32BE(field.length, at);
        at += field.copy(out, at);
    };
    for (let i = 0; i < transports.length; i++) {
        put(fields[3 * i]);
        put(fields[3 * i + 1]);
        at = out.writeUInt8(transports[i], at);
        put(fields[3 * i + 2]);
    }
    return md5Hex(out);
}


/***/ }),

/***/ 30665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ missingParameter),
/* harmony export */   Jt: () => (/* binding */ sqsErrorResponse),
/* harmony export */   Pv: () => (/* binding */ queueDoesNotExist),
/* harmony export */   Ss: () => (/* binding */ sqsError),
/* harmony export */   VL: () => (/* binding */ invalidParameter)
/* harmony export */ });
/* harmony import */ var _protocol_json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50398);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(816);
// SQS errors as its query-compatible JSON protocol sends them: the modern code in __type and the legacy
// query code (with the fault side) in x-amzn-query-error, which the SDK reports as the error's Code.


/** Modern code -> [legacy query code, HTTP status], as in the SQS service model. */
const QUERY_CODES = {
    QueueDoesNotExist: ['AWS.SimpleQueueService.NonExistentQueue', 400],
    QueueNameExists: ['QueueAlreadyExists', 400],
    QueueDeletedRecently: ['AWS.SimpleQueueService.QueueDeletedRecently', 400],
    ReceiptHandleIsInvalid: ['ReceiptHandleIsInvalid', 404],
    MessageNotInflight: ['AWS.SimpleQueueService.MessageNotInflight', 400],
    PurgeQueueInProgress: ['AWS.SimpleQueueService.PurgeQueueInProgress', 403],
    EmptyBatchRequest: ['AWS.SimpleQueueService.EmptyBatchRequest', 400],
    TooManyEntriesInBatchRequest: ['AWS.SimpleQueueService.TooManyEntriesInBatchRequest', 400],
    BatchEntryIdsNotDistinct: ['AWS.SimpleQueueService.BatchEntryIdsNotDistinct', 400],
    InvalidBatchEntryId: ['AWS.SimpleQueueService.InvalidBatchEntryId', 400],
    BatchRequestTooLong: ['AWS.SimpleQueueService.BatchRequestTooLong', 400],
    UnsupportedOperation: ['AWS.SimpleQueueService.UnsupportedOperation', 400],
    InvalidAddress: ['InvalidAddress', 404],
    InvalidAttributeName: ['InvalidAttributeName', 400],
    InvalidAttributeValue: ['InvalidAttributeValue', 400],
    InvalidMessageContents: ['InvalidMessageContents', 400],
    ResourceNotFoundException: ['ResourceNotFoundException', 404],
    // Transient errors (the endpoint's --fault-rate): the modelled throttle, and the common 5xx errors of
    // the SQS API Reference ("Common Errors"), which are not in the model and keep their code as the query code.
    RequestThrottled: ['RequestThrottled', 403],
    InternalFailure: ['InternalFailure', 500],
    ServiceUnavailable: ['ServiceUnavailable', 503],
};
/** An SQS error; the HTTP status comes from the service model when the code is modelled. */
function sqsError(code, message) {
    const status = QUERY_CODES[code]?.[1] ?? 400;
    return new _types__WEBPACK_IMPORTED_MODULE_1__/* .AwsError */ .Gy(code, message, status, status >= 500 ? 'Receiver' : 'Sender');
}
const queueDoesNotExist = () => sqsError('QueueDoesNotExist', 'The specified queue does not exist.');
const invalidParameter = (message) => sqsError('InvalidParameterValue', message);
const missingParameter = (name) => sqsError('MissingParameter', `The request must contain the parameter ${name}.`);
function sqsErrorResponse(error) {
    const queryCode = QUERY_CODES[error.code]?.[0] ?? error.code;
    return (0,_protocol_json__WEBPACK_IMPORTED_MODULE_0__/* .jsonError */ .FZ)(error, 'com.amazonaws.sqs', { 'x-amzn-query-error': `${queryCode};${error.sender}` });
}


/***/ }),

/***/ 7953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J1: () => (/* binding */ SqsModel),
/* harmony export */   S3: () => (/* binding */ messageIdOfHandle),
/* harmony export */   g2: () => (/* binding */ DEFAULT_ATTRIBUTES),
/* harmony export */   k4: () => (/* binding */ queueNameOf)
/* harmony export */ });
/* unused harmony exports MAX_VISIBILITY_TIMEOUT, queueArn */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30665);
/* harmony import */ var _digest__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49722);
// SQS's state and behaviour, apart from the wire: queues per region, messages with visibility timeouts,
// receive counts and receipt handles, dead-letter redrive, and long polls that answer as soon as a
// message becomes visible (or at their deadline, or when the endpoint closes).



/** SQS's values for the attributes a queue is created without (CreateQueue, Amazon SQS API Reference). */
const DEFAULT_ATTRIBUTES = {
    DelaySeconds: '0',
    MaximumMessageSize: '1048576',
    MessageRetentionPeriod: '345600',
    ReceiveMessageWaitTimeSeconds: '0',
    VisibilityTimeout: '30',
    SqsManagedSseEnabled: 'true',
};
/** Settable attributes with their allowed integer ranges (undefined: free text or boolean). */
const SETTABLE = {
    DelaySeconds: [0, 900],
    MaximumMessageSize: [1024, 1048576],
    MessageRetentionPeriod: [60, 1209600],
    ReceiveMessageWaitTimeSeconds: [0, 20],
    VisibilityTimeout: [0, 43200],
    KmsDataKeyReusePeriodSeconds: [60, 86400],
    Policy: undefined,
    RedrivePolicy: undefined,
    RedriveAllowPolicy: undefined,
    KmsMasterKeyId: undefined,
    SqsManagedSseEnabled: undefined,
    FifoQueue: undefined,
    ContentBasedDeduplication: undefined,
    DeduplicationScope: undefined,
    FifoThroughputLimit: undefined,
};
const COMPUTED = [
    'QueueArn',
    'ApproximateNumberOfMessages',
    'ApproximateNumberOfMessagesNotVisible',
    'ApproximateNumberOfMessagesDelayed',
    'CreatedTimestamp',
    'LastModifiedTimestamp',
];
const MAX_VISIBILITY_TIMEOUT = 43200;
// Characters SQS accepts in a body: #x9 #xA #xD, #x20-#xD7FF, #xE000-#xFFFD, #x10000-#x10FFFF.
// eslint-disable-next-line no-control-regex -- naming the allowed control characters is the point
const INVALID_BODY_CHARACTER = /[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const QUEUE_NAME = /^[A-Za-z0-9_-]{1,80}$/;
/** A FIFO queue's name: the same characters, and the `.fifo` suffix counts towards the 80. */
const FIFO_QUEUE_NAME = /^[A-Za-z0-9_-]{1,75}\.fifo$/;
/** SQS's wording (CreateQueue, InvalidParameterValue) for a name outside the limits. */
const QUEUE_NAME_LIMITS = 'Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length';
const FIFO_QUEUE_NAME_LIMITS = 'The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length.';
function queueArn(region, accountId, name) {
    return `arn:aws:sqs:${region}:${accountId}:${name}`;
}
/** Queue URLs already parsed (every message operation names its queue by URL); bounded, it is a cache only. */
const namesOfUrls = new Map();
const NAMES_OF_URLS_MAX = 1000;
/** The queue name in `<endpoint>/<account>/<name>` (any host: clients may reach us by another name), or a bare name. */
function queueNameOf(urlOrName) {
    if (QUEUE_NAME.test(urlOrName) || FIFO_QUEUE_NAME.test(urlOrName))
        return urlOrName;
    if (namesOfUrls.has(urlOrName))
        return namesOfUrls.get(urlOrName);
    let name;
    try {
        const segments = new URL(urlOrName).pathname.split('/').filter(Boolean);
        name = segments.length === 2 ? segments[1] : undefined;
    }
    catch {
        name = undefined;
    }
    if (namesOfUrls.size >= NAMES_OF_URLS_MAX)
        namesOfUrls.clear();
    namesOfUrls.set(urlOrName, name);
    return name;
}
function newReceiptHandle(messageId) {
    return Buffer.from(`${messageId} ${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`).toString('base64');
}
/** The message id inside a handle this endpoint issued, or undefined for anything else. */
function messageIdOfHandle(handle) {
    const [id, nonce, extra] = Buffer.from(handle, 'base64').toString('utf8').split(' ');
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    return extra === undefined && uuid.test(id ?? '') && uuid.test(nonce ?? '') ? id : undefined;
}
class SqsModel {
    accountId;
    onChange;
    cooldowns;
    queues = new Map();
    /** Names deleted within the cooldown (`<region>/<name>` -> when), which CreateQueue refuses. */
    deletedAt = new Map();
    /** Long polls waiting on a queue, woken by anything that can make a message visible. */
    waiters = new Map();
    closed = false;
    sequence = 0;
    constructor(accountId, onChange = () => undefined, cooldowns = { queueNameMs: 0, purgeMs: 0 }) {
        this.accountId = accountId;
        this.onChange = onChange;
        this.cooldowns = cooldowns;
    }
    key(region, name) {
        return `${region}/${name}`;
    }
    // ---- queues ----
    createQueue(region, name, attributes = {}, tags = {}) {
        // A queue is FIFO only when asked for (FifoQueue=true); a standard queue's name cannot hold the '.'.
        const fifo = attributes.FifoQueue === 'true';
        if (fifo ? !FIFO_QUEUE_NAME.test(name) : !QUEUE_NAME.test(name))
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .invalidParameter */ .VL)(fifo ? FIFO_QUEUE_NAME_LIMITS : QUEUE_NAME_LIMITS);
        this.validateAttributes(attributes);
        if (this.deletedRecently(region, name)) {
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .sqsError */ .Ss)('QueueDeletedRecently', 'You must wait 60 seconds after deleting a queue before you can create another with the same name.');
        }
        const existing = this.queues.get(this.key(region, name));
        if (existing) {
            for (const [attribute, value] of Object.entries(attributes)) {
                if ((existing.attributes[attribute] ?? '') !== value) {
                    throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .sqsError */ .Ss)('QueueNameExists', `A queue already exists with the same name and a different value for attribute ${attribute}`);
                }
            }
            return existing;
        }
        const now = Date.now();
        const queue = {
            name,
            region,
            createdAt: now,
            modifiedAt: now,
            attributes: { ...DEFAULT_ATTRIBUTES, ...attributes },
            tags: { ...tags },
            messages: new Map(),
        };
        this.queues.set(this.key(region, name), queue);
        this.onChange();
        return queue;
    }
    findQueue(region, urlOrName) {
        const name = queueNameOf(urlOrName);
        return name ? this.queues.get(this.key(region, name)) : undefined;
    }
    requireQueue(region, urlOrName) {
        const queue = this.findQueue(region, urlOrName);
        if (!queue)
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .queueDoesNotExist */ .Pv)();
        return queue;
    }
    listQueues(region, prefix = '') {
        return [...this.queues.values()].filter((q) => q.region === region && q.name.startsWith(prefix)).sort((a, b) => a.name.localeCompare(b.name));
    }
    deleteQueue(queue) {
        const key = this.key(queue.region, queue.name);
        this.queues.delete(key);
        if (this.cooldowns.queueNameMs > 0)
            this.deletedAt.set(key, Date.now());
        this.wake(queue);
        this.onChange();
    }
    /** Whether the name was deleted within the cooldown; forgets deletions older than that. */
    deletedRecently(region, name) {
        const key = this.key(region, name);
        const at = this.deletedAt.get(key);
        if (at === undefined)
            return false;
        if (Date.now() - at < this.cooldowns.queueNameMs)
            return true;
        this.deletedAt.delete(key);
        return false;
    }
    purgeQueue(queue) {
        const now = Date.now();
        if (queue.purgedAt !== undefined && now - queue.purgedAt < this.cooldowns.purgeMs) {
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .sqsError */ .Ss)('PurgeQueueInProgress', `Only one PurgeQueue operation on ${queue.name} is allowed every 60 seconds.`);
        }
        queue.purgedAt = now;
        queue.messages.clear();
        this.onChange();
    }
    arnOf(queue) {
        return queueArn(queue.region, this.accountId, queue.name);
    }
    validateAttributes(attributes) {
        for (const [name, value] of Object.entries(attributes)) {
            if (!(name in SETTABLE))
                throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .sqsError */ .Ss)('InvalidAttributeName', `Unknown Attribute ${name}.`);
            const range = SETTABLE[name];
            const number = Number(value);
            if (range && (!/^\d+$/.test(value) || number < range[0] || number > range[1])) {
                throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .sqsError */ .Ss)('InvalidAttributeValue', `Invalid value for the parameter ${name}.`);
            }
            if (name === 'RedrivePolicy' && value !== '') {
                try {
                    const policy = JSON.parse(value);
                    if (typeof policy.deadLetterTargetArn !== 'string' || !(Number(policy.maxReceiveCount) >= 1))
                        throw new Error('shape');
                }
                catch {
                    throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .sqsError */ .Ss)('InvalidAttributeValue', `Value ${value} for parameter RedrivePolicy is invalid. Reason: Redrive policy is not a valid JSON map with deadLetterTargetArn and maxReceiveCount.`);
                }
            }
        }
    }
    getAttributes(queue, names) {
        const wanted = names.includes('All') ? [...COMPUTED, ...Object.keys(queue.attributes)] : names;
        const now = Date.now();
        let visible = 0;
        let inFlight = 0;
        let delayed = 0;
        for (const message of queue.messages.values()) {
            if (message.visibleAt <= now)
                visible++;
            else if (message.receiveCount > 0)
                inFlight++;
            else
                delayed++;
        }
        const computed = {
            QueueArn: this.arnOf(queue),
            ApproximateNumberOfMessages: String(visible),
            ApproximateNumberOfMessagesNotVisible: String(inFlight),
            ApproximateNumberOfMessagesDelayed: String(delayed),
            CreatedTimestamp: String(Math.floor(queue.createdAt / 1000)),
            LastModifiedTimestamp: String(Math.floor(queue.modifiedAt / 1000)),
        };
        const out = {};
        for (const name of wanted) {
            if (name in computed)
                out[name] = computed[name];
            else if (name in queue.attributes)
                out[name] = queue.attributes[name];
            else if (!(name in SETTABLE))
                throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .sqsError */ .Ss)('InvalidAttributeName', `Unknown Attribute ${name}.`);
        }
        return out;
    }
    setAttributes(queue, attributes) {
        this.validateAttributes(attributes);
        for (const [name, value] of Object.entries(attributes)) {
            // An empty value clears optional policies, as on AWS.
            if (value === '' && !(name in DEFAULT_ATTRIBUTES))
                delete queue.attributes[name];
            else
                queue.attributes[name] = value;
        }
        queue.modifiedAt = Date.now();
        this.wake(queue);
        this.onChange();
    }
    tagQueue(queue, tags) {
        Object.assign(queue.tags, tags);
        this.onChange();
    }
    untagQueue(queue, keys) {
        for (const key of keys)
            delete queue.tags[key];
        this.onChange();
    }
    /** Queues whose redrive policy names this one as their dead-letter queue. */
    deadLetterSources(queue) {
        const arn = this.arnOf(queue);
        return [...this.queues.values()].filter((q) => this.redrivePolicy(q)?.deadLetterTargetArn === arn);
    }
    redrivePolicy(queue) {
        const text = queue.attributes.RedrivePolicy;
        if (!text)
            return undefined;
        const policy = JSON.parse(text);
        return { deadLetterTargetArn: policy.deadLetterTargetArn, maxReceiveCount: Number(policy.maxReceiveCount) };
    }
    // ---- messages ----
    send(queue, input) {
        const body = input.MessageBody;
        if (body === undefined || body === '')
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .sqsError */ .Ss)('MissingParameter', 'The request must contain the parameter MessageBody.');
        if (INVALID_BODY_CHARACTER.test(body)) {
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .sqsError */ .Ss)('InvalidMessageContents', 'Invalid characters found. Valid unicode characters are #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF');
        }
        const maxSize = Number(queue.attributes.MaximumMessageSize);
        if (Buffer.byteLength(body) > maxSize) {
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .invalidParameter */ .VL)(`One or more parameters are invalid. Reason: Message must be shorter than ${maxSize} bytes.`);
        }
        const delay = input.DelaySeconds ?? Number(queue.attributes.DelaySeconds);
        if (!Number.isInteger(delay) || delay < 0 || delay > 900) {
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .invalidParameter */ .VL)(`Value ${delay} for parameter DelaySeconds is invalid. Reason: must be between 0 and 900, if provided.`);
        }
        const attributes = validateMessageAttributes(input.MessageAttributes);
        const fifo = queue.attributes.FifoQueue === 'true';
        if (fifo && !input.MessageGroupId)
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .sqsError */ .Ss)('MissingParameter', 'The request must contain the parameter MessageGroupId.');
        const now = Date.now();
        const message = {
            id: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)(),
            body,
            md5OfBody: (0,_digest__WEBPACK_IMPORTED_MODULE_2__/* .md5Hex */ .CC)(body),
            attributes,
            md5OfAttributes: (0,_digest__WEBPACK_IMPORTED_MODULE_2__/* .md5OfMessageAttributes */ .UL)(attributes),
            systemAttributes: input.MessageSystemAttributes,
            sentAt: now,
            visibleAt: now + delay * 1000,
            receiveCount: 0,
            groupId: input.MessageGroupId,
            deduplicationId: input.MessageDeduplicationId,
            sequenceNumber: fifo ? String(++this.sequence).padStart(20, '0') : undefined,
        };
        queue.messages.set(message.id, message);
        this.wake(queue);
        this.onChange();
        return {
            MessageId: message.id,
            MD5OfMessageBody: message.md5OfBody,
            MD5OfMessageAttributes: message.md5OfAttributes,
            MD5OfMessageSystemAttributes: (0,_digest__WEBPACK_IMPORTED_MODULE_2__/* .md5OfMessageAttributes */ .UL)(message.systemAttributes),
            SequenceNumber: message.sequenceNumber,
        };
    }
    /**
     * Receives up to maxMessages, long polling up to waitSeconds for the first one to become visible.
     * Stops (with nothing) when `signal` aborts: messages are never taken for a caller that has gone.
     */
    async receive(queue, options, signal) {
        const deadline = Date.now() + options.waitSeconds * 1000;
        for (;;) {
            if (this.closed || signal?.aborted || !this.queues.has(this.key(queue.region, queue.name)))
                return [];
            const received = this.takeVisible(queue, options);
            if (received.length > 0) {
                this.onChange();
                return received;
            }
            const now = Date.now();
            if (now >= deadline)
                return [];
            await this.changeOrTimeout(queue, Math.min(deadline, this.nextVisibleAt(queue) ?? deadline) - now, signal);
        }
    }
    takeVisible(queue, options) {
        const now = Date.now();
        const visibility = options.visibilityTimeout ?? Number(queue.attributes.VisibilityTimeout);
        const redrive = this.redrivePolicy(queue);
        const out = [];
        for (const message of queue.messages.values()) {
            if (out.length >= options.maxMessages)
                break;
            if (message.visibleAt > now)
                continue;
            if (redrive && message.receiveCount >= redrive.maxReceiveCount && this.moveToDeadLetter(queue, message, redrive.deadLetterTargetArn))
                continue;
            message.receiveCount++;
            message.firstReceivedAt ??= now;
            message.visibleAt = now + visibility * 1000;
            message.receiptHandle = newReceiptHandle(message.id);
            out.push(message);
        }
        return out;
    }
    moveToDeadLetter(queue, message, targetArn) {
        const target = [...this.queues.values()].find((q) => this.arnOf(q) === targetArn);
        if (!target || target === queue)
            return false;
        queue.messages.delete(message.id);
        target.messages.set(message.id, { ...message, visibleAt: Date.now(), receiptHandle: undefined });
        this.wake(target);
        return true;
    }
    nextVisibleAt(queue) {
        let next;
        for (const message of queue.messages.values())
            if (next === undefined || message.visibleAt < next)
                next = message.visibleAt;
        return next;
    }
    /** Resolves when the queue changes, after `ms`, when the model closes or the signal aborts, whichever is first. */
    changeOrTimeout(queue, ms, signal) {
        return new Promise((resolve) => {
            const waiters = this.waiters.get(queue) ?? new Set();
            this.waiters.set(queue, waiters);
            const done = () => {
                clearTimeout(timer);
                signal?.removeEventListener('abort', done);
                waiters.delete(done);
                if (waiters.size === 0)
                    this.waiters.delete(queue);
                resolve();
            };
            const timer = setTimeout(done, Math.max(0, ms));
            signal?.addEventListener('abort', done, { once: true });
            waiters.add(done);
        });
    }
    wake(queue) {
        for (const waiter of [...(this.waiters.get(queue) ?? [])])
            waiter();
    }
    /** Deletes the message the handle was issued for, if that handle is still its latest (AWS ignores stale ones). */
    deleteMessage(queue, handle) {
        const message = this.messageFor(queue, handle);
        if (message && message.receiptHandle === handle) {
            queue.messages.delete(message.id);
            this.onChange();
        }
    }
    changeVisibility(queue, handle, seconds) {
        if (!Number.isInteger(seconds) || seconds < 0 || seconds > MAX_VISIBILITY_TIMEOUT) {
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .invalidParameter */ .VL)(`Value ${seconds} for parameter VisibilityTimeout is invalid. Reason: Must be between 0 and ${MAX_VISIBILITY_TIMEOUT}.`);
        }
        const message = this.messageFor(queue, handle);
        if (!message || message.receiptHandle !== handle) {
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .invalidParameter */ .VL)(`Value ${handle} for parameter ReceiptHandle is invalid. Reason: Message does not exist or is not available for visibility timeout change.`);
        }
        const now = Date.now();
        if (message.visibleAt <= now)
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .sqsError */ .Ss)('MessageNotInflight', 'Message is not in flight.');
        message.visibleAt = now + seconds * 1000;
        if (seconds === 0)
            this.wake(queue);
        this.onChange();
    }
    messageFor(queue, handle) {
        const id = messageIdOfHandle(handle);
        if (!id)
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .sqsError */ .Ss)('ReceiptHandleIsInvalid', `The input receipt handle "${handle}" is not a valid receipt handle.`);
        return queue.messages.get(id);
    }
    // ---- lifecycle ----
    /** Ends every long poll at once (they answer with no messages). */
    close() {
        this.closed = true;
        for (const queue of [...this.waiters.keys()])
            this.wake(queue);
    }
    snapshot() {
        const deletedAt = {};
        for (const [key, at] of this.deletedAt)
            if (Date.now() - at < this.cooldowns.queueNameMs)
                deletedAt[key] = at;
        return { queues: [...this.queues.values()].map((queue) => ({ ...queue, messages: [...queue.messages.values()] })), deletedAt };
    }
    /** Takes a snapshot of this version, or the bare queue list earlier versions wrote. */
    restore(snapshot) {
        this.queues.clear();
        this.deletedAt.clear();
        const stored = (Array.isArray(snapshot) ? { queues: snapshot, deletedAt: {} } : snapshot) ?? { queues: [], deletedAt: {} };
        for (const queue of stored.queues ?? []) {
            this.queues.set(this.key(queue.region, queue.name), { ...queue, messages: new Map(queue.messages.map((m) => [m.id, m])) });
            for (const message of queue.messages) {
                const sequence = Number(message.sequenceNumber ?? 0);
                if (sequence > this.sequence)
                    this.sequence = sequence;
            }
        }
        for (const [key, at] of Object.entries(stored.deletedAt ?? {}))
            if (typeof at === 'number')
                this.deletedAt.set(key, at);
    }
}
/** At most 10 attributes, each with a data type and a value of that type. */
function validateMessageAttributes(attributes) {
    if (!attributes || Object.keys(attributes).length === 0)
        return undefined;
    const names = Object.keys(attributes);
    if (names.length > 10)
        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .invalidParameter */ .VL)(`Number of message attributes [${names.length}] exceeds the allowed maximum [10].`);
    for (const name of names) {
        const { DataType, StringValue, BinaryValue } = attributes[name] ?? {};
        if (!DataType)
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .invalidParameter */ .VL)(`The message attribute '${name}' must contain non-empty message attribute type.`);
        const base = DataType.split('.')[0];
        if (!['String', 'Number', 'Binary'].includes(base)) {
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .invalidParameter */ .VL)(`The type of message (user) attribute '${name}' is invalid. You must use only the following supported type prefixes: Binary, Number, String.`);
        }
        const value = base === 'Binary' ? BinaryValue : StringValue;
        if (value === undefined || value === '') {
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .invalidParameter */ .VL)(`The message attribute '${name}' must contain non-empty message attribute value for message attribute type '${base}'.`);
        }
        if (base === 'Number' && !Number.isFinite(Number(value))) {
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .invalidParameter */ .VL)(`Can't cast the value of message (user) attribute '${name}' to a number.`);
        }
    }
    return attributes;
}


/***/ }),

/***/ 816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gy: () => (/* binding */ AwsError),
/* harmony export */   W_: () => (/* binding */ ACCOUNT_ID),
/* harmony export */   t9: () => (/* binding */ DEFAULT_REGION)
/* harmony export */ });
const ACCOUNT_ID = '000000000000';
const DEFAULT_REGION = 'us-east-1';
/** An AWS error: code (e.g. 'ResourceNotFoundException'), message, HTTP status, and fault side. */
class AwsError extends Error {
    code;
    status;
    sender;
    constructor(code, message, status = 400, sender = 'Sender') {
        super(message);
        this.code = code;
        this.status = status;
        this.sender = sender;
        this.name = code;
    }
}


/***/ })

};
