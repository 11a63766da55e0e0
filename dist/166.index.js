export const id = 166;
export const ids = [166];
export const modules = {

/***/ 89166:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runTransaction: () => (/* binding */ runTransaction)
/* harmony export */ });
/* harmony import */ var dynalite_db_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76437);
/* harmony import */ var dynalite_validations_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10405);
/* harmony import */ var dynalite_validations_putItem_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49491);
/* harmony import */ var dynalite_validations_updateItem_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58311);
/* harmony import */ var dynalite_validations_deleteItem_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23069);
/* harmony import */ var dynalite_actions_putItem_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9212);
/* harmony import */ var dynalite_actions_putItem_js__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(dynalite_actions_putItem_js__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var dynalite_actions_updateItem_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(21626);
/* harmony import */ var dynalite_actions_updateItem_js__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(dynalite_actions_updateItem_js__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var dynalite_actions_deleteItem_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(88916);
/* harmony import */ var dynalite_actions_deleteItem_js__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(dynalite_actions_deleteItem_js__WEBPACK_IMPORTED_MODULE_7__);
// TransactWriteItems and TransactGetItems, which dynalite lacks, built from dynalite's own parts: every
// action is validated as its single-item operation would be, every condition is checked against the
// current items before anything is written, and only then are the writes applied, one by one. So a
// failed condition cancels the whole transaction with AWS's per-item CancellationReasons. (Writes from
// other callers may interleave with the apply phase: isolation is not emulated.)








const NAMESPACE = 'com.amazonaws.dynamodb.v20120810';
const MAX_ACTIONS = 100;
const KINDS = {
    Put: { validation: dynalite_validations_putItem_js__WEBPACK_IMPORTED_MODULE_2__, action: (dynalite_actions_putItem_js__WEBPACK_IMPORTED_MODULE_5___default()), keyFrom: 'Item' },
    Update: { validation: dynalite_validations_updateItem_js__WEBPACK_IMPORTED_MODULE_3__, action: (dynalite_actions_updateItem_js__WEBPACK_IMPORTED_MODULE_6___default()), keyFrom: 'Key' },
    Delete: { validation: dynalite_validations_deleteItem_js__WEBPACK_IMPORTED_MODULE_4__, action: (dynalite_actions_deleteItem_js__WEBPACK_IMPORTED_MODULE_7___default()), keyFrom: 'Key' },
    // A condition on one item: validated like a DeleteItem (Key, ConditionExpression), never applied.
    ConditionCheck: { validation: dynalite_validations_deleteItem_js__WEBPACK_IMPORTED_MODULE_4__, keyFrom: 'Key' },
};
class Failure extends Error {
    status;
    body;
    constructor(status, body) {
        super(String(body.message ?? body.Message ?? body.__type));
        this.status = status;
        this.body = body;
    }
}
const validationError = (message) => new Failure(400, { __type: 'com.amazon.coral.validate#ValidationException', message });
function fromDynalite(error) {
    if (error.statusCode && error.body)
        return new Failure(error.statusCode, error.body);
    throw error;
}
function call(run) {
    return new Promise((resolve, reject) => run((error, value) => (error ? reject(error) : resolve(value))));
}
/** Validates one TransactItem and finds its table and item key. */
async function plan(store, entry) {
    const names = Object.keys(entry ?? {}).filter((name) => entry[name] != null);
    if (names.length !== 1 || !KINDS[names[0]]) {
        throw validationError('TransactItems can only contain one of Check, Put, Update or Delete');
    }
    const kind = KINDS[names[0]];
    let data;
    try {
        data = dynalite_validations_index_js__WEBPACK_IMPORTED_MODULE_1__.checkTypes({ ...entry[names[0]] }, kind.validation.types);
        dynalite_validations_index_js__WEBPACK_IMPORTED_MODULE_1__.checkValidations(data, kind.validation.types, kind.validation.custom, store);
    }
    catch (error) {
        throw fromDynalite(error);
    }
    const table = await call((done) => store.getTable(String(data.TableName), done)).catch((error) => {
        throw fromDynalite(error);
    });
    const invalid = kind.keyFrom === 'Key' ? dynalite_db_index_js__WEBPACK_IMPORTED_MODULE_0__.validateKey(data.Key, table) : undefined;
    if (invalid)
        throw fromDynalite(invalid);
    return { kind, data, table, key: `${table.TableName}/${dynalite_db_index_js__WEBPACK_IMPORTED_MODULE_0__.createKey(data[kind.keyFrom], table)}` };
}
/** The item as stored now, or undefined. */
async function current(store, planned) {
    const key = dynalite_db_index_js__WEBPACK_IMPORTED_MODULE_0__.createKey(planned.data[planned.kind.keyFrom], planned.table);
    return call((done) => store.getItemDb(planned.table.TableName).get(key, done)).catch((error) => {
        if (error.name === 'NotFoundError')
            return undefined;
        throw error;
    });
}
async function transactWrite(store, input) {
    const entries = input.TransactItems;
    if (!Array.isArray(entries) || entries.length === 0 || entries.length > MAX_ACTIONS) {
        throw validationError(`1 validation error detected: Value at 'transactItems' failed to satisfy constraint: Member must have length between 1 and ${MAX_ACTIONS}`);
    }
    const planned = [];
    for (const entry of entries)
        planned.push(await plan(store, entry));
    if (new Set(planned.map((p) => p.key)).size !== planned.length) {
        throw validationError('Transaction request cannot include multiple operations on one item');
    }
    const reasons = [];
    for (const item of planned) {
        const failed = dynalite_db_index_js__WEBPACK_IMPORTED_MODULE_0__.checkConditional(item.data, await current(store, item));
        reasons.push(failed ? { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' } : { Code: 'None' });
    }
    if (reasons.some((reason) => reason.Code !== 'None')) {
        throw new Failure(400, {
            __type: `${NAMESPACE}#TransactionCanceledException`,
            message: `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.map((r) => r.Code).join(', ')}]`,
            CancellationReasons: reasons,
        });
    }
    for (const item of planned) {
        if (!item.kind.action)
            continue;
        // Conditions were checked above; applying without them keeps a passed check from failing now.
        const data = { ...item.data, _condition: undefined, ConditionExpression: undefined, Expected: undefined };
        await call((done) => item.kind.action?.(store, data, done)).catch((error) => {
            throw fromDynalite(error);
        });
    }
    return {};
}
async function transactGet(store, input, getItem) {
    const entries = input.TransactItems;
    if (!Array.isArray(entries) || entries.length === 0 || entries.length > MAX_ACTIONS) {
        throw validationError(`1 validation error detected: Value at 'transactItems' failed to satisfy constraint: Member must have length between 1 and ${MAX_ACTIONS}`);
    }
    const responses = [];
    for (const entry of entries) {
        const response = await getItem(JSON.stringify((entry ?? {}).Get ?? {}));
        const body = JSON.parse(response.body);
        if (response.status !== 200)
            throw new Failure(response.status, body);
        responses.push(body.Item ? { Item: body.Item } : {});
    }
    return { Responses: responses };
}
/** Runs a transaction operation and answers as the wire would: status and JSON body. */
async function runTransaction(operation, body, store, getItem) {
    try {
        let input;
        try {
            input = JSON.parse(body);
        }
        catch {
            throw new Failure(400, { __type: 'com.amazon.coral.service#SerializationException' });
        }
        const output = operation === 'TransactWriteItems' ? await transactWrite(store, input) : await transactGet(store, input, getItem);
        return { status: 200, body: JSON.stringify(output) };
    }
    catch (error) {
        if (error instanceof Failure)
            return { status: error.status, body: JSON.stringify(error.body) };
        throw error;
    }
}


/***/ })

};
