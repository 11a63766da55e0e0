import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 398:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DQ: () => (/* binding */ epochSeconds),
/* harmony export */   FZ: () => (/* binding */ jsonError),
/* harmony export */   VW: () => (/* binding */ requireString),
/* harmony export */   Y2: () => (/* binding */ parseJsonBody),
/* harmony export */   Yf: () => (/* binding */ jsonResponse)
/* harmony export */ });
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(816);
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

/***/ 4886:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ readList),
/* harmony export */   OW: () => (/* binding */ readStructList),
/* harmony export */   UA: () => (/* binding */ parseQueryParams),
/* harmony export */   es: () => (/* binding */ xmlError),
/* harmony export */   te: () => (/* binding */ xmlResponse),
/* harmony export */   tk: () => (/* binding */ requireParam)
/* harmony export */ });
/* unused harmony exports escapeXml, toXml */
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(816);
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

/***/ 816:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 9154:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("vm");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  I: () => (/* reexport */ startEndpoint)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/endpoint/protocol/json.ts
var protocol_json = __nccwpck_require__(398);
// EXTERNAL MODULE: ./src/endpoint/protocol/query.ts
var query = __nccwpck_require__(4886);
;// CONCATENATED MODULE: ./src/endpoint/persistence.ts
// Service state on disk: one JSON snapshot per service under the state directory, written after changes
// (coalesced, so a burst of calls costs one write) and at close, restored at start. Each write goes to a
// temporary file renamed over the old one, so a crash mid-write never leaves half a snapshot behind.


/** How long changes are gathered before one write; short so a killed process loses little. */
const COALESCE_MS = 50;
function snapshotFile(stateDir, service) {
    return (0,external_node_path_.join)(stateDir, `${service}.json`);
}
/** Persistence that does nothing: state lives in memory only. */
const inMemory = {
    load: async () => undefined,
    restore: () => undefined,
    markDirty: () => undefined,
    flush: async () => undefined,
};
function createPersistence(stateDir, services, log = () => undefined) {
    const loaded = new Map();
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
            await (0,promises_.writeFile)(temporary, JSON.stringify(persistable.snapshot()));
            await (0,promises_.rename)(temporary, file);
        }
    }
    /** Writes are chained so two never interleave on the same temporary file. */
    function scheduleWrite() {
        writing = writing
            .then(writeDirty)
            .catch((error) => log(`could not persist state to ${stateDir}: ${error.message}`));
        return writing;
    }
    return {
        async load() {
            for (const service of Object.keys(services())) {
                let text;
                try {
                    text = await (0,promises_.readFile)(snapshotFile(stateDir, service), 'utf8');
                }
                catch (error) {
                    if (error.code === 'ENOENT')
                        continue;
                    throw error;
                }
                try {
                    loaded.set(service, JSON.parse(text));
                }
                catch (error) {
                    // Starting empty would silently drop the state; refuse and say which file is damaged.
                    throw new Error(`The state file ${snapshotFile(stateDir, service)} is not valid JSON (${error.message}); fix or remove it`, { cause: error });
                }
            }
        },
        restore() {
            for (const [service, persistable] of Object.entries(services())) {
                if (loaded.has(service))
                    persistable.restore(loaded.get(service));
            }
            if (loaded.size > 0)
                log(`restored ${[...loaded.keys()].join(', ')} from ${stateDir}`);
            loaded.clear();
        },
        markDirty(service) {
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
        },
        async flush() {
            if (timer) {
                clearTimeout(timer);
                timer = undefined;
            }
            if (allDirty || dirty.size > 0)
                await scheduleWrite();
            else
                await writing;
        },
    };
}

// EXTERNAL MODULE: ./src/endpoint/types.ts
var types = __nccwpck_require__(816);
;// CONCATENATED MODULE: ./src/endpoint/router.ts

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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:events"
const external_node_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
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
    const request = Object.assign(new external_node_events_namespaceObject.EventEmitter(), head);
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
        Promise.all(/* import() */[__nccwpck_require__.e(437), __nccwpck_require__.e(22), __nccwpck_require__.e(274)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1274, 23)),
        __nccwpck_require__.e(/* import() */ 437).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6437, 19)),
        Promise.all(/* import() */[__nccwpck_require__.e(437), __nccwpck_require__.e(22), __nccwpck_require__.e(166)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9166)),
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
        const chunks = [];
        req.on('data', (chunk) => chunks.push(chunk));
        req.on('error', () => undefined);
        req.on('end', () => {
            const url = req.url ?? '/';
            const signed = req.headers.authorization !== undefined || url.includes('X-Amz-Algorithm=');
            const headers = signed ? req.headers : { ...SIGNED_HEADERS, ...req.headers };
            const operation = String(req.headers['x-amz-target'] ?? '').split('.')[1] ?? '';
            // Transactions (built here) and operations dynalite lacks (an error naming them) are answered here.
            if (req.method === 'POST' && !DYNALITE_OPERATIONS.includes(operation)) {
                call(operation, Buffer.concat(chunks).toString('utf8')).then((response) => res.writeHead(response.status, { 'content-type': 'application/x-amz-json-1.0' }).end(response.body), (error) => unavailable(res, error));
                return;
            }
            load().then(({ listener }) => replay(listener, { method: req.method ?? 'POST', url, headers }, Buffer.concat(chunks), res), (error) => unavailable(res, error));
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

;// CONCATENATED MODULE: ./src/endpoint/services/iam/model.ts
// IAM's state: roles with their trust policy, inline policies, attached managed policy ARNs and tags.
// IAM is global: one namespace for the account, whatever region a caller names.


const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;
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
class IamModel {
    accountId;
    onChange;
    roles = new Map();
    constructor(accountId, onChange = () => undefined) {
        this.accountId = accountId;
        this.onChange = onChange;
    }
    createRole(spec) {
        const name = spec.RoleName;
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
        this.onChange();
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
        this.onChange();
    }
    /** CloudFormation removes a role with everything on it, as its delete handler does. */
    forceDeleteRole(name) {
        const role = this.findRole(name);
        if (!role)
            return;
        this.roles.delete(role.RoleName);
        this.onChange();
    }
    putRolePolicy(roleName, policyName, document) {
        const role = this.requireRole(roleName);
        validatePolicy(document, 'identity');
        role.policies[policyName] = document;
        this.onChange();
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
        this.onChange();
    }
    attachRolePolicy(roleName, policyArn) {
        const role = this.requireRole(roleName);
        if (!/^arn:aws[\w-]*:iam::(aws|\d{12}):policy\//.test(policyArn))
            throw new types/* AwsError */.Gy('InvalidInput', `ARN ${policyArn} is not valid.`);
        if (!role.attached.includes(policyArn))
            role.attached.push(policyArn);
        this.onChange();
    }
    detachRolePolicy(roleName, policyArn) {
        const role = this.requireRole(roleName);
        if (!role.attached.includes(policyArn))
            throw new types/* AwsError */.Gy('NoSuchEntity', `Policy ${policyArn} was not found.`, 404);
        role.attached = role.attached.filter((arn) => arn !== policyArn);
        this.onChange();
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
    updateAssumeRolePolicy(roleName, document) {
        const role = this.requireRole(roleName);
        validatePolicy(document, 'trust');
        role.AssumeRolePolicyDocument = document;
        this.onChange();
    }
    snapshot() {
        return [...this.roles.values()];
    }
    restore(snapshot) {
        this.roles.clear();
        for (const role of snapshot ?? [])
            this.roles.set(role.RoleName, role);
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
function createIamService(settings) {
    const model = new IamModel(settings.accountId, () => settings.markDirty());
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

;// CONCATENATED MODULE: ./src/endpoint/services/sqs/errors.ts
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
};
/** An SQS error; the HTTP status comes from the service model when the code is modelled. */
function sqsError(code, message) {
    return new types/* AwsError */.Gy(code, message, QUERY_CODES[code]?.[1] ?? 400);
}
const queueDoesNotExist = () => sqsError('QueueDoesNotExist', 'The specified queue does not exist.');
const invalidParameter = (message) => sqsError('InvalidParameterValue', message);
const missingParameter = (name) => sqsError('MissingParameter', `The request must contain the parameter ${name}.`);
function sqsErrorResponse(error) {
    const queryCode = QUERY_CODES[error.code]?.[0] ?? error.code;
    return (0,protocol_json/* jsonError */.FZ)(error, 'com.amazonaws.sqs', { 'x-amzn-query-error': `${queryCode};${error.sender}` });
}

;// CONCATENATED MODULE: ./src/endpoint/services/sqs/digest.ts
// The MD5 digests SQS returns with sends and receives, computed exactly as the SDKs verify them.

function md5Hex(data) {
    return (0,external_node_crypto_.createHash)('md5').update(data).digest('hex');
}
function lengthPrefixed(bytes) {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    return Buffer.concat([length, bytes]);
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
    const parts = [];
    for (const name of names) {
        const { DataType, StringValue, BinaryValue } = attributes[name];
        const binary = isBinaryType(DataType);
        parts.push(lengthPrefixed(Buffer.from(name, 'utf8')));
        parts.push(lengthPrefixed(Buffer.from(DataType, 'utf8')));
        parts.push(Buffer.from([binary ? 2 : 1]));
        parts.push(lengthPrefixed(binary ? Buffer.from(BinaryValue ?? '', 'base64') : Buffer.from(StringValue ?? '', 'utf8')));
    }
    return md5Hex(Buffer.concat(parts));
}

;// CONCATENATED MODULE: ./src/endpoint/services/sqs/model.ts
// SQS's state and behaviour, apart from the wire: queues per region, messages with visibility timeouts,
// receive counts and receipt handles, dead-letter redrive, and long polls that answer as soon as a
// message becomes visible (or at their deadline, or when the endpoint closes).



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
function queueArn(region, accountId, name) {
    return `arn:aws:sqs:${region}:${accountId}:${name}`;
}
/** The queue name in `<endpoint>/<account>/<name>` (any host: clients may reach us by another name), or a bare name. */
function queueNameOf(urlOrName) {
    if (QUEUE_NAME.test(urlOrName) || /^[A-Za-z0-9_-]{1,75}\.fifo$/.test(urlOrName))
        return urlOrName;
    try {
        const segments = new URL(urlOrName).pathname.split('/').filter(Boolean);
        return segments.length === 2 ? segments[1] : undefined;
    }
    catch {
        return undefined;
    }
}
function newReceiptHandle(messageId) {
    return Buffer.from(`${messageId} ${(0,external_node_crypto_.randomUUID)()}`).toString('base64');
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
    queues = new Map();
    /** Long polls waiting on a queue, woken by anything that can make a message visible. */
    waiters = new Map();
    closed = false;
    sequence = 0;
    constructor(accountId, onChange = () => undefined) {
        this.accountId = accountId;
        this.onChange = onChange;
    }
    key(region, name) {
        return `${region}/${name}`;
    }
    // ---- queues ----
    createQueue(region, name, attributes = {}, tags = {}) {
        const fifo = name.endsWith('.fifo');
        if (!(fifo ? /^[A-Za-z0-9_-]{1,75}\.fifo$/ : QUEUE_NAME).test(name)) {
            throw invalidParameter('Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length');
        }
        this.validateAttributes(attributes);
        if (fifo !== (attributes.FifoQueue === 'true')) {
            if (fifo)
                attributes = { ...attributes, FifoQueue: 'true' };
            else if (attributes.FifoQueue === 'true')
                throw sqsError('InvalidAttributeName', 'The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length.');
        }
        const existing = this.queues.get(this.key(region, name));
        if (existing) {
            for (const [attribute, value] of Object.entries(attributes)) {
                if ((existing.attributes[attribute] ?? '') !== value) {
                    throw sqsError('QueueNameExists', `A queue already exists with the same name and a different value for attribute ${attribute}`);
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
            throw queueDoesNotExist();
        return queue;
    }
    listQueues(region, prefix = '') {
        return [...this.queues.values()].filter((q) => q.region === region && q.name.startsWith(prefix)).sort((a, b) => a.name.localeCompare(b.name));
    }
    deleteQueue(queue) {
        this.queues.delete(this.key(queue.region, queue.name));
        this.wake(queue);
        this.onChange();
    }
    purgeQueue(queue) {
        queue.messages.clear();
        this.onChange();
    }
    arnOf(queue) {
        return queueArn(queue.region, this.accountId, queue.name);
    }
    validateAttributes(attributes) {
        for (const [name, value] of Object.entries(attributes)) {
            if (!(name in SETTABLE))
                throw sqsError('InvalidAttributeName', `Unknown Attribute ${name}.`);
            const range = SETTABLE[name];
            const number = Number(value);
            if (range && (!/^\d+$/.test(value) || number < range[0] || number > range[1])) {
                throw sqsError('InvalidAttributeValue', `Invalid value for the parameter ${name}.`);
            }
            if (name === 'RedrivePolicy' && value !== '') {
                try {
                    const policy = JSON.parse(value);
                    if (typeof policy.deadLetterTargetArn !== 'string' || !(Number(policy.maxReceiveCount) >= 1))
                        throw new Error('shape');
                }
                catch {
                    throw sqsError('InvalidAttributeValue', `Value ${value} for parameter RedrivePolicy is invalid. Reason: Redrive policy is not a valid JSON map with deadLetterTargetArn and maxReceiveCount.`);
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
                throw sqsError('InvalidAttributeName', `Unknown Attribute ${name}.`);
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
            throw sqsError('MissingParameter', 'The request must contain the parameter MessageBody.');
        if (INVALID_BODY_CHARACTER.test(body)) {
            throw sqsError('InvalidMessageContents', 'Invalid characters found. Valid unicode characters are #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF');
        }
        const maxSize = Number(queue.attributes.MaximumMessageSize);
        if (Buffer.byteLength(body) > maxSize) {
            throw invalidParameter(`One or more parameters are invalid. Reason: Message must be shorter than ${maxSize} bytes.`);
        }
        const delay = input.DelaySeconds ?? Number(queue.attributes.DelaySeconds);
        if (!Number.isInteger(delay) || delay < 0 || delay > 900) {
            throw invalidParameter(`Value ${delay} for parameter DelaySeconds is invalid. Reason: must be between 0 and 900, if provided.`);
        }
        const attributes = validateMessageAttributes(input.MessageAttributes);
        const fifo = queue.attributes.FifoQueue === 'true';
        if (fifo && !input.MessageGroupId)
            throw sqsError('MissingParameter', 'The request must contain the parameter MessageGroupId.');
        const now = Date.now();
        const message = {
            id: (0,external_node_crypto_.randomUUID)(),
            body,
            md5OfBody: md5Hex(body),
            attributes,
            md5OfAttributes: md5OfMessageAttributes(attributes),
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
            MD5OfMessageSystemAttributes: md5OfMessageAttributes(message.systemAttributes),
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
            throw invalidParameter(`Value ${seconds} for parameter VisibilityTimeout is invalid. Reason: Must be between 0 and ${MAX_VISIBILITY_TIMEOUT}.`);
        }
        const message = this.messageFor(queue, handle);
        if (!message || message.receiptHandle !== handle) {
            throw invalidParameter(`Value ${handle} for parameter ReceiptHandle is invalid. Reason: Message does not exist or is not available for visibility timeout change.`);
        }
        const now = Date.now();
        if (message.visibleAt <= now)
            throw sqsError('MessageNotInflight', 'Message is not in flight.');
        message.visibleAt = now + seconds * 1000;
        if (seconds === 0)
            this.wake(queue);
        this.onChange();
    }
    messageFor(queue, handle) {
        const id = messageIdOfHandle(handle);
        if (!id)
            throw sqsError('ReceiptHandleIsInvalid', `The input receipt handle "${handle}" is not a valid receipt handle.`);
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
        return [...this.queues.values()].map((queue) => ({ ...queue, messages: [...queue.messages.values()] }));
    }
    restore(snapshot) {
        this.queues.clear();
        for (const stored of snapshot ?? []) {
            this.queues.set(this.key(stored.region, stored.name), { ...stored, messages: new Map(stored.messages.map((m) => [m.id, m])) });
            for (const message of stored.messages) {
                const sequence = Number(message.sequenceNumber ?? 0);
                if (sequence > this.sequence)
                    this.sequence = sequence;
            }
        }
    }
}
/** At most 10 attributes, each with a data type and a value of that type. */
function validateMessageAttributes(attributes) {
    if (!attributes || Object.keys(attributes).length === 0)
        return undefined;
    const names = Object.keys(attributes);
    if (names.length > 10)
        throw invalidParameter(`Number of message attributes [${names.length}] exceeds the allowed maximum [10].`);
    for (const name of names) {
        const { DataType, StringValue, BinaryValue } = attributes[name] ?? {};
        if (!DataType)
            throw invalidParameter(`The message attribute '${name}' must contain non-empty message attribute type.`);
        const base = DataType.split('.')[0];
        if (!['String', 'Number', 'Binary'].includes(base)) {
            throw invalidParameter(`The type of message (user) attribute '${name}' is invalid. You must use only the following supported type prefixes: Binary, Number, String.`);
        }
        const value = base === 'Binary' ? BinaryValue : StringValue;
        if (value === undefined || value === '') {
            throw invalidParameter(`The message attribute '${name}' must contain non-empty message attribute value for message attribute type '${base}'.`);
        }
        if (base === 'Number' && !Number.isFinite(Number(value))) {
            throw invalidParameter(`Can't cast the value of message (user) attribute '${name}' to a number.`);
        }
    }
    return attributes;
}

;// CONCATENATED MODULE: ./src/endpoint/services/sqs/wire.ts
// SQS's JSON wire (X-Amz-Target AmazonSQS.<Operation>): reads each operation's input, calls the model,
// shapes the output as the service does (empty lists and absent members left out).





const BATCH_ENTRY_ID = /^[A-Za-z0-9_-]{1,80}$/;
function stringMember(input, name) {
    const value = input[name];
    if (typeof value !== 'string' || value === '')
        throw missingParameter(name);
    return value;
}
function requiredInteger(input, name) {
    const value = optionalInteger(input, name);
    if (value === undefined)
        throw missingParameter(name);
    return value;
}
function optionalInteger(input, name) {
    const value = input[name];
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value))
        throw invalidParameter(`Value ${String(value)} for parameter ${name} is invalid. Reason: must be an integer.`);
    return value;
}
function stringMap(input, name) {
    const value = input[name];
    if (value === undefined || value === null)
        return {};
    if (typeof value !== 'object' || Array.isArray(value))
        throw invalidParameter(`Value for parameter ${name} is invalid. Reason: must be a map of strings.`);
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
        throw sqsError('EmptyBatchRequest', 'There should be at least one SendMessageBatchRequestEntry in the request.');
    if (entries.length > 10)
        throw sqsError('TooManyEntriesInBatchRequest', `Maximum number of entries per request are 10. You have sent ${entries.length}.`);
    const ids = new Set();
    for (const entry of entries) {
        if (!entry || typeof entry !== 'object')
            throw invalidParameter('Each batch entry must be a structure.');
        const id = String(entry.Id ?? '');
        if (!BATCH_ENTRY_ID.test(id))
            throw sqsError('InvalidBatchEntryId', 'A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.');
        if (ids.has(id))
            throw sqsError('BatchEntryIdsNotDistinct', `Id ${id} repeated.`);
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
                const queue = model.createQueue(request.region, stringMember(input, 'QueueName'), stringMap(input, 'Attributes'), stringMap(input, 'tags'));
                return { QueueUrl: this.urlOf(queue, request) };
            },
            GetQueueUrl: (input, request) => {
                const queue = model.findQueue(request.region, stringMember(input, 'QueueName'));
                if (!queue)
                    throw sqsError('QueueDoesNotExist', 'The specified queue does not exist.');
                return { QueueUrl: this.urlOf(queue, request) };
            },
            ListQueues: (input, request) => {
                const max = optionalInteger(input, 'MaxResults');
                if (max !== undefined && (max < 1 || max > 1000))
                    throw invalidParameter(`Value ${max} for parameter MaxResults is invalid. Reason: must be between 1 and 1000.`);
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
            DeleteMessage: (input, request) => model.deleteMessage(this.queue(input, request), stringMember(input, 'ReceiptHandle')),
            DeleteMessageBatch: (input, request) => {
                const queue = this.queue(input, request);
                return perEntry(batchEntries(input), (entry) => {
                    model.deleteMessage(queue, stringMember(entry, 'ReceiptHandle'));
                    return {};
                });
            },
            ChangeMessageVisibility: (input, request) => model.changeVisibility(this.queue(input, request), stringMember(input, 'ReceiptHandle'), requiredInteger(input, 'VisibilityTimeout')),
            ChangeMessageVisibilityBatch: (input, request) => {
                const queue = this.queue(input, request);
                return perEntry(batchEntries(input), (entry) => {
                    model.changeVisibility(queue, stringMember(entry, 'ReceiptHandle'), requiredInteger(entry, 'VisibilityTimeout'));
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
        return this.model.requireQueue(request.region, stringMember(input, 'QueueUrl'));
    }
    async receive(input, request) {
        const queue = this.queue(input, request);
        const maxMessages = optionalInteger(input, 'MaxNumberOfMessages') ?? 1;
        if (maxMessages < 1 || maxMessages > 10) {
            throw invalidParameter(`Value ${maxMessages} for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.`);
        }
        const waitSeconds = optionalInteger(input, 'WaitTimeSeconds') ?? Number(queue.attributes.ReceiveMessageWaitTimeSeconds);
        if (waitSeconds < 0 || waitSeconds > 20) {
            throw invalidParameter(`Value ${waitSeconds} for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if provided.`);
        }
        const visibilityTimeout = optionalInteger(input, 'VisibilityTimeout');
        if (visibilityTimeout !== undefined && (visibilityTimeout < 0 || visibilityTimeout > 43200)) {
            throw invalidParameter(`Value ${visibilityTimeout} for parameter VisibilityTimeout is invalid. Reason: Must be between 0 and 43200, if provided.`);
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
                            : md5OfMessageAttributes(attributes)
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
            return sqsErrorResponse(new types/* AwsError */.Gy('UnsupportedOperation', `The operation ${request.target} is not supported by the local endpoint.`));
        }
        try {
            const output = await operation((0,protocol_json/* parseJsonBody */.Y2)(request), request);
            return (0,protocol_json/* jsonResponse */.Yf)(output ?? {});
        }
        catch (error) {
            if (error instanceof types/* AwsError */.Gy)
                return sqsErrorResponse(error);
            throw error;
        }
    }
}

;// CONCATENATED MODULE: ./src/endpoint/services/sqs/index.ts


function createSqsService(settings) {
    const model = new SqsModel(settings.accountId, () => settings.markDirty());
    const wire = new SqsWire(model, settings);
    const ref = (queue) => ({ name: queue.name, url: wire.urlOf(queue), arn: model.arnOf(queue) });
    const backend = {
        createQueue: (name, attributes, region, tags) => ref(model.createQueue(region, name, attributes, tags)),
        deleteQueue: (urlOrName, region) => {
            const queue = model.findQueue(region, urlOrName);
            if (queue)
                model.deleteQueue(queue);
        },
        getQueue: (urlOrName, region) => {
            const queue = model.findQueue(region, urlOrName);
            return queue ? ref(queue) : undefined;
        },
        sendMessage: (input, region) => {
            const result = model.send(model.requireQueue(region, input.QueueUrl), input);
            return { MessageId: result.MessageId, MD5OfMessageBody: result.MD5OfMessageBody, MD5OfMessageAttributes: result.MD5OfMessageAttributes };
        },
    };
    return {
        handler: { service: 'sqs', handle: (request) => wire.handle(request) },
        backend,
        persist: { snapshot: () => model.snapshot(), restore: (snapshot) => model.restore(snapshot) },
        close: async () => model.close(),
    };
}

;// CONCATENATED MODULE: ./src/endpoint/services/sts/index.ts
// STS: GetCallerIdentity, answering as the emulated account's root (any credentials are accepted).


const sts_XMLNS = 'https://sts.amazonaws.com/doc/2011-06-15/';
function createStsService(settings) {
    return {
        handler: {
            service: 'sts',
            async handle(request) {
                const action = (0,query/* parseQueryParams */.UA)(request).get('Action') ?? '';
                if (action === 'GetCallerIdentity') {
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
        stateDir: settings.stateDir,
        markDirty: () => onChange(service),
    });
    const backends = {};
    const dynamodb = createDynamoDbService(settingsFor('dynamodb'));
    const sqs = createSqsService(settingsFor('sqs'));
    const iam = createIamService(settingsFor('iam'));
    const sts = createStsService(settingsFor('sts'));
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
            __nccwpck_require__.e(/* import() */ 717).then(__nccwpck_require__.bind(__nccwpck_require__, 7717)),
            Promise.all(/* import() */[__nccwpck_require__.e(788), __nccwpck_require__.e(464)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6464)),
            Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(880)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3880)),
        ]);
        const lambda = createLambdaService(settingsFor('lambda'));
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
/** Largest request body read (Lambda code uploads are the big ones). */
const MAX_BODY_BYTES = 64 * 1024 * 1024;
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
        stateDir,
        markDirty: () => persistence.markDirty(),
    };
    const serviceSet = createServices(settings, (service) => persistence.markDirty(service));
    const { services, backends } = serviceSet;
    let closing;
    const server = (0,external_node_http_.createServer)(createRequestListener(services, { log, logRequests: options.logRequests, isClosing: () => closing !== undefined }));
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
    await persistence.flush();
    await services.get('dynamodb')?.close?.();
}
/** The server's request listener over a registry (exported so routing can be tested with stand-in services). */
function createRequestListener(services, options = {}) {
    return (req, res) => void serve(services, req, res, options);
}
async function serve(services, req, res, options) {
    const log = options.log ?? (() => undefined);
    const requestId = (0,external_node_crypto_.randomUUID)();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const json = expectsJson(req.headers, url.pathname);
    try {
        const route = routeByHeaders(req.headers, url);
        if (options.logRequests)
            log(`${route.service ?? '?'} ${route.target ?? `${req.method} ${url.pathname}`}`);
        const raw = route.service ? services.get(route.service)?.rawHandler : undefined;
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
        const body = await readBody(req);
        const service = route.service ?? serviceFromVersion(formParams(req, body));
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
        const response = await instance.handler.handle({
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
        });
        send(res, response, requestId, options.isClosing?.());
    }
    catch (error) {
        const awsError = error instanceof types/* AwsError */.Gy ? error : new types/* AwsError */.Gy('InternalFailure', `The local endpoint failed: ${error?.message ?? String(error)}`, 500, 'Receiver');
        if (awsError.status >= 500)
            log(`${req.method} ${req.url}: ${error?.stack ?? String(error)}`);
        send(res, json ? (0,protocol_json/* jsonError */.FZ)(awsError, 'com.amazon.coral.service') : (0,query/* xmlError */.es)(awsError, requestId), requestId, options.isClosing?.());
    }
}
function formParams(req, body) {
    const params = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams;
    if ((req.headers['content-type'] ?? '').includes('x-www-form-urlencoded')) {
        for (const [k, v] of new URLSearchParams(body.toString('utf8')))
            params.set(k, v);
    }
    return params;
}
function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        req.on('data', (chunk) => {
            size += chunk.length;
            if (size > MAX_BODY_BYTES) {
                reject(new types/* AwsError */.Gy('RequestEntityTooLarge', `Request body exceeds ${MAX_BODY_BYTES} bytes`, 413));
                req.destroy();
                return;
            }
            chunks.push(chunk);
        });
        req.on('end', () => resolve(Buffer.concat(chunks)));
        req.on('error', reject);
    });
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

;// CONCATENATED MODULE: ./src/endpoint/cli.ts
// `npm run endpoint -- [--port P] [--state-dir D] [--time-scale X] [--verbose]`: the local AWS endpoint as a
// process. Its first line on stdout is exactly `listening on http://127.0.0.1:P` (scripts wait for it);
// everything else goes to stderr. SIGINT/SIGTERM stop it cleanly (state persisted) with exit code 0.
// Imported rather than run (the benchmark does, to time the endpoint in the process of its clients, as
// `endpoint-url: local` runs it), the bundle only exports startEndpoint and starts nothing.



const USAGE = `Usage: npm run endpoint -- [options]

A local AWS endpoint (DynamoDB, SQS, Lambda, Step Functions, CloudFormation, IAM, STS) on 127.0.0.1.
Point SDKs, the AWS CLI or boto3 at it with endpoint-url; any credentials are accepted.

Options:
  --port P          TCP port on 127.0.0.1 (default ${DEFAULT_PORT}; 0 picks a free one)
  --state-dir D     keep state in directory D across restarts (default: in memory)
  --time-scale X    multiply Wait states and similar delays by X (default 1 = real speed)
  --verbose         log every request to stderr
  --help            show this help
`;
/** Parses the command line; throws with a message fit for the user on anything invalid. */
function parseCli(argv) {
    const { values } = (0,external_node_util_.parseArgs)({
        args: argv,
        options: {
            port: { type: 'string' },
            'state-dir': { type: 'string' },
            'time-scale': { type: 'string' },
            verbose: { type: 'boolean', default: false },
            help: { type: 'boolean', short: 'h', default: false },
        },
        strict: true,
    });
    const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new Error(`--port must be an integer from 0 to 65535, got '${values.port}'`);
    const timeScale = values['time-scale'] === undefined ? 1 : Number(values['time-scale']);
    if (!Number.isFinite(timeScale) || timeScale <= 0)
        throw new Error(`--time-scale must be a number above 0, got '${values['time-scale']}'`);
    return { port, stateDir: values['state-dir'], timeScale, logRequests: values.verbose, help: values.help };
}
async function main() {
    let options;
    try {
        options = parseCli(process.argv.slice(2));
    }
    catch (error) {
        process.stderr.write(`${error.message}\n\n${USAGE}`);
        process.exitCode = 2;
        return;
    }
    if (options.help) {
        process.stdout.write(USAGE);
        return;
    }
    // Deferred services: the first answer comes sooner; the heavy ones load on their first request.
    const endpoint = await startEndpoint({ ...options, deferServices: true, log: (line) => process.stderr.write(`${line}\n`) });
    process.stdout.write(`listening on ${endpoint.url}\n`);
    let stopping = false;
    const stop = (signal) => {
        if (stopping)
            return;
        stopping = true;
        process.stderr.write(`${signal}: stopping the endpoint\n`);
        endpoint.close().then(() => process.exit(0), (error) => {
            process.stderr.write(`error while stopping: ${error.message}\n`);
            process.exit(1);
        });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
}
// import.meta.main is true only for the module node was started with. Node before 22.18 lacks it, and cannot run
// state machines here anyway (aws-local-stepfunctions needs Node >= 22): say so rather than exit quietly.
if (import.meta.main === undefined) {
    process.stderr.write(`the local endpoint needs Node.js 22.18 or newer (this is ${process.version}); npm run endpoint uses the project's own Node 24\n`);
    process.exitCode = 1;
}
else if (import.meta.main) {
    main().catch((error) => {
        process.stderr.write(`could not start the endpoint: ${error.message}\n`);
        process.exit(1);
    });
}

var __webpack_exports__startEndpoint = __webpack_exports__.I;
export { __webpack_exports__startEndpoint as startEndpoint };
