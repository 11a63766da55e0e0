export const id = 582;
export const ids = [582];
export const modules = {

/***/ 40201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ACTION_NAME: () => (/* binding */ ACTION_NAME),
/* harmony export */   ACTION_VERSION: () => (/* binding */ ACTION_VERSION),
/* harmony export */   CUSTOM_USER_AGENT: () => (/* binding */ CUSTOM_USER_AGENT),
/* harmony export */   createClients: () => (/* binding */ createClients)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3805);
/* harmony import */ var _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64305);
/* harmony import */ var _aws_sdk_lib_dynamodb__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58907);
/* harmony import */ var _aws_sdk_client_sfn__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18476);
/* harmony import */ var _aws_sdk_client_sqs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8868);
// AWS SDK v3 clients for one run: region, optional endpoint, adaptive retries; credentials from the default chain.
// Imported only by the operations (loaded after the inputs are valid), so a bad input never loads the SDK.





/** The action's name and version (package.json's; a unit test keeps the two equal). */
const ACTION_NAME = 'stepfunctions-message-pump-action';
const ACTION_VERSION = '0.1.0';
/**
 * Added to every request's User-Agent, so the calls this action makes can be told apart in CloudTrail
 * (userAgent field) and by AWS Support from those of other tools using the same credentials.
 */
const CUSTOM_USER_AGENT = [[ACTION_NAME, ACTION_VERSION]];
/** Clients are made on first use, so an operation pays only for the services it calls. */
function createClients(config) {
    const common = {
        region: config.region,
        ...(config.endpoint ? { endpoint: config.endpoint } : {}),
        retryMode: 'adaptive',
        maxAttempts: 5,
        customUserAgent: CUSTOM_USER_AGENT,
    };
    const cache = new Map();
    const once = (key, make) => {
        if (!cache.has(key))
            cache.set(key, make());
        return cache.get(key);
    };
    const clients = {
        get cloudformation() {
            return once('cloudformation', () => new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__/* .CloudFormationClient */ .m1N(common));
        },
        get sfn() {
            return once('sfn', () => new _aws_sdk_client_sfn__WEBPACK_IMPORTED_MODULE_2__/* .SFNClient */ .ZIB(common));
        },
        get dynamodb() {
            return once('dynamodb', () => new _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_3__.DynamoDBClient(common));
        },
        get documents() {
            return once('documents', () => _aws_sdk_lib_dynamodb__WEBPACK_IMPORTED_MODULE_0__/* .DynamoDBDocumentClient */ .TG.from(clients.dynamodb, { marshallOptions: { removeUndefinedValues: true } }));
        },
        get sqs() {
            return once('sqs', () => new _aws_sdk_client_sqs__WEBPACK_IMPORTED_MODULE_4__/* .SQSClient */ .hW(common));
        },
    };
    return clients;
}


/***/ })

};
