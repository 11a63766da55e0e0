export const id = 201;
export const ids = [201];
export const modules = {

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ACTION_NAME: () => (/* binding */ ACTION_NAME),
/* harmony export */   ACTION_VERSION: () => (/* binding */ ACTION_VERSION),
/* harmony export */   CUSTOM_USER_AGENT: () => (/* binding */ CUSTOM_USER_AGENT),
/* harmony export */   MAX_ATTEMPTS: () => (/* binding */ MAX_ATTEMPTS),
/* harmony export */   RETRY_LOG_MIDDLEWARE: () => (/* binding */ RETRY_LOG_MIDDLEWARE),
/* harmony export */   RetryLog: () => (/* binding */ RetryLog),
/* harmony export */   addRetryLog: () => (/* binding */ addRetryLog),
/* harmony export */   createClients: () => (/* binding */ createClients)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3218);
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3805);
/* harmony import */ var _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4305);
/* harmony import */ var _aws_sdk_lib_dynamodb__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8907);
/* harmony import */ var _aws_sdk_client_sfn__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8476);
/* harmony import */ var _aws_sdk_client_sqs__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8868);
// AWS SDK v3 clients for one run: region, optional endpoint, adaptive retries (each one logged and counted);
// credentials from the default chain. Imported only by the operations (loaded after the inputs are valid), so a bad
// input never loads the SDK.






/** The action's name and version (package.json's; a unit test keeps the two equal). */
const ACTION_NAME = 'stepfunctions-message-pump-action';
const ACTION_VERSION = '0.1.0';
/**
 * Added to every request's User-Agent, so the calls this action makes can be told apart in CloudTrail
 * (userAgent field) and by AWS Support from those of other tools using the same credentials.
 */
const CUSTOM_USER_AGENT = [[ACTION_NAME, ACTION_VERSION]];
/** The SDK's retries made through one set of clients, so a step can say how many it needed. */
class RetryLog {
    total = 0;
    byOperation = {};
    record(operation) {
        this.total += 1;
        this.byOperation[operation] = (this.byOperation[operation] ?? 0) + 1;
    }
}
/** What the client's error says, in one line: "ThrottlingException (HTTP 400): Rate exceeded". */
function describeAttemptError(err) {
    if (!(err instanceof Error))
        return String(err);
    const status = err.$metadata?.httpStatusCode;
    const code = err.code;
    const message = err.message.split('\n')[0];
    return `${err.name}${code && code !== err.name ? ` ${code}` : ''}${status ? ` (HTTP ${status})` : ''}${message && message !== err.name ? `: ${message}` : ''}`;
}
const RETRY_LOG_MIDDLEWARE = 'message-pump-retry-log';
/**
 * Sits inside the SDK's retry middleware, so it sees every attempt of a command: an attempt after the first is a
 * retry, logged as a warning naming the operation, the attempt and the error the previous attempt got, and counted.
 */
function addRetryLog(client, log, maxAttempts) {
    const state = new WeakMap();
    const middleware = (next, context) => async (args) => {
        const seen = state.get(context) ?? { attempts: 0 };
        state.set(context, seen);
        seen.attempts += 1;
        const operation = `${(context.clientName ?? 'AWS').replace(/Client$/, '')} ${context.commandName?.replace(/Command$/, '') ?? 'call'}`;
        if (seen.attempts > 1) {
            log.record(operation);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`AWS SDK retry: ${operation} attempt ${seen.attempts} of ${maxAttempts}, after ${describeAttemptError(seen.lastError)}`);
        }
        try {
            return await next(args);
        }
        catch (err) {
            seen.lastError = err;
            throw err;
        }
    };
    client.middlewareStack.addRelativeTo(middleware, {
        relation: 'after',
        toMiddleware: 'retryMiddleware',
        name: RETRY_LOG_MIDDLEWARE,
    });
}
/** Attempts the SDK makes of one command (the first and up to four retries). */
const MAX_ATTEMPTS = 5;
/** Clients are made on first use, so an operation pays only for the services it calls. */
function createClients(config) {
    const common = {
        region: config.region,
        ...(config.endpoint ? { endpoint: config.endpoint } : {}),
        retryMode: 'adaptive',
        maxAttempts: MAX_ATTEMPTS,
        customUserAgent: CUSTOM_USER_AGENT,
    };
    const retries = new RetryLog();
    const cache = new Map();
    const once = (key, make) => {
        if (!cache.has(key)) {
            const client = make();
            // The document client shares the DynamoDB client's middleware stack, which already logs.
            if (key !== 'documents')
                addRetryLog(client, retries, MAX_ATTEMPTS);
            cache.set(key, client);
        }
        return cache.get(key);
    };
    const clients = {
        get cloudformation() {
            return once('cloudformation', () => new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_2__/* .CloudFormationClient */ .m1N(common));
        },
        get sfn() {
            return once('sfn', () => new _aws_sdk_client_sfn__WEBPACK_IMPORTED_MODULE_3__/* .SFNClient */ .ZIB(common));
        },
        get dynamodb() {
            return once('dynamodb', () => new _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_4__.DynamoDBClient(common));
        },
        get documents() {
            return once('documents', () => _aws_sdk_lib_dynamodb__WEBPACK_IMPORTED_MODULE_1__/* .DynamoDBDocumentClient */ .TG.from(clients.dynamodb, { marshallOptions: { removeUndefinedValues: true } }));
        },
        get sqs() {
            return once('sqs', () => new _aws_sdk_client_sqs__WEBPACK_IMPORTED_MODULE_5__/* .SQSClient */ .hW(common));
        },
        retries,
    };
    return clients;
}


/***/ })

};
