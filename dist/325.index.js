export const id = 325;
export const ids = [325,910];
export const modules = {

/***/ 42122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ CheckRecorder),
/* harmony export */   j: () => (/* binding */ CheckFailure)
/* harmony export */ });
/* harmony import */ var _wait__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40910);
// Named checks: every "show" of the reference becomes a check that passes or fails, with its duration and detail.

/** Thrown by a check body to fail the check with a specific detail. */
class CheckFailure extends Error {
    constructor(detail) {
        super(detail);
        this.name = 'CheckFailure';
    }
}
class CheckRecorder {
    now;
    results = [];
    constructor(now = Date.now) {
        this.now = now;
    }
    /**
     * Runs `body` as the check `name`. The body returns the detail of a pass; it fails the check by throwing
     * (CheckFailure for an expected mismatch, WaitTimeoutError when its condition never came, any other error).
     * Returns whether the check passed. Never throws, except when the run was cancelled (AbortError passes through).
     */
    async check(name, body) {
        const started = this.now();
        try {
            const detail = await body();
            this.record({ name, passed: true, seconds: (this.now() - started) / 1000, detail });
            return true;
        }
        catch (err) {
            if (err instanceof Error && err.name === 'AbortError')
                throw err;
            const detail = err instanceof CheckFailure || err instanceof _wait__WEBPACK_IMPORTED_MODULE_0__.WaitTimeoutError
                ? err.message
                : `${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`;
            this.record({ name, passed: false, seconds: (this.now() - started) / 1000, detail });
            return false;
        }
    }
    record(result) {
        this.results.push({ ...result, seconds: Math.round(result.seconds * 100) / 100 });
    }
    list() {
        return [...this.results];
    }
    get failed() {
        return this.results.filter((r) => !r.passed);
    }
}


/***/ }),

/***/ 17325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LoggingCheckRecorder: () => (/* binding */ LoggingCheckRecorder),
  describeError: () => (/* binding */ describeError),
  report: () => (/* binding */ report)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./src/checks.ts
var checks = __webpack_require__(42122);
;// CONCATENATED MODULE: ./src/definition/mermaid.ts
// Amazon States Language -> a Mermaid flowchart for the job summary: one node per state, Map iterators and
// Parallel branches as subgraphs, and every transition drawn, so a loop (Pause Then Loop -> Scan) shows as an edge.
/** Renders `definition` as the body of a ```mermaid block (flowchart TD). Unknown shapes are drawn, not rejected. */
function definitionToMermaid(definition) {
    const lines = ['flowchart TD'];
    const ids = new IdAllocator();
    const start = ids.next('start');
    lines.push(`  ${start}((Start))`);
    const entry = renderGraph(definition, '', ids, lines, '  ');
    if (entry)
        lines.push(`  ${start} --> ${entry}`);
    return lines.join('\n');
}
/** Node ids are generated (state names may hold any character); labels carry the names. */
class IdAllocator {
    count = 0;
    next(prefix = 's') {
        this.count += 1;
        return `${prefix}${this.count}`;
    }
}
/**
 * Draws one StartAt/States graph (the top level, a Map iterator or a Parallel branch) into `lines`.
 * `scope` keeps node ids of nested graphs apart from their parents'. Returns the id of the StartAt node.
 */
function renderGraph(graph, scope, ids, lines, indent) {
    const states = isObject(graph.States) ? graph.States : {};
    const names = Object.keys(states);
    const idOf = new Map(names.map((name) => [name, ids.next(`${scope}s`)]));
    const edges = [];
    let endId;
    const end = () => {
        if (!endId) {
            endId = ids.next(`${scope}done`);
            lines.push(`${indent}${endId}((End))`);
        }
        return endId;
    };
    const target = (next) => (typeof next === 'string' ? idOf.get(next) : undefined);
    for (const name of names) {
        const state = isObject(states[name]) ? states[name] : {};
        const id = idOf.get(name);
        const type = typeof state.Type === 'string' ? state.Type : 'State';
        const nested = nestedGraphs(state);
        if (nested.length > 0) {
            lines.push(`${indent}subgraph ${id} ["${label(name)} (${type})"]`);
            lines.push(`${indent}  direction TB`);
            nested.forEach((sub, index) => {
                const subScope = `${id}b${index}`;
                const subStart = ids.next(`${subScope}start`);
                lines.push(`${indent}  ${subStart}((Start))`);
                const subEntry = renderGraph(sub, subScope, ids, lines, `${indent}  `);
                if (subEntry)
                    lines.push(`${indent}  ${subStart} --> ${subEntry}`);
            });
            lines.push(`${indent}end`);
        }
        else {
            lines.push(`${indent}${id}${shape(type, name)}`);
        }
        const next = target(state.Next);
        if (next)
            edges.push(`${id} --> ${next}`);
        if (state.End === true || type === 'Succeed' || type === 'Fail')
            edges.push(`${id} --> ${end()}`);
        if (Array.isArray(state.Choices)) {
            for (const choice of state.Choices) {
                const to = isObject(choice) ? target(choice.Next) : undefined;
                if (to)
                    edges.push(`${id} -->|choice| ${to}`);
            }
        }
        const fallback = target(state.Default);
        if (fallback)
            edges.push(`${id} -->|default| ${fallback}`);
        if (Array.isArray(state.Catch)) {
            for (const handler of state.Catch) {
                const to = isObject(handler) ? target(handler.Next) : undefined;
                if (to)
                    edges.push(`${id} -.->|catch| ${to}`);
            }
        }
    }
    for (const edge of edges)
        lines.push(`${indent}${edge}`);
    return target(graph.StartAt);
}
/** The graphs nested in a state: a Map's ItemProcessor (or the older Iterator), a Parallel's Branches. */
function nestedGraphs(state) {
    const processor = state.ItemProcessor ?? state.Iterator;
    if (isObject(processor))
        return [processor];
    if (Array.isArray(state.Branches))
        return state.Branches.filter(isObject);
    return [];
}
function shape(type, name) {
    const text = `"${label(name)}"`;
    switch (type) {
        case 'Choice':
            return `{${text}}`;
        case 'Wait':
            return `([${text}])`;
        case 'Succeed':
        case 'Fail':
            return `[[${text}]]`;
        case 'Pass':
            return `[/${text}/]`;
        default:
            return `[${text}]`;
    }
}
/** Mermaid labels in double quotes: quotes and markup characters become entity codes. */
function label(text) {
    return text.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/report.ts
// What the step shows at the end: step outputs, an annotation per failed check, a notice with the totals,
// and the job summary (checks table, Mermaid diagram of the definition in use, timings).



/** A CheckRecorder that also logs each check the moment an operation records it. */
class LoggingCheckRecorder extends checks/* CheckRecorder */.P {
    record(result) {
        super.record(result);
        const mark = result.passed ? '✅' : '❌';
        core.info(`${mark} ${result.name} (${result.seconds.toFixed(1)} s): ${result.detail}`);
    }
}
/** Sets outputs, annotations and the summary; fails the step when a check failed or an operation threw. */
async function report(input) {
    const { checks, outcome, errors } = input;
    const failed = checks.filter((c) => !c.passed);
    const passed = failed.length === 0 && errors.length === 0;
    for (const [name, value] of Object.entries(outcome.outputs))
        core.setOutput(name, value);
    core.setOutput('result', passed ? 'passed' : 'failed');
    core.setOutput('checks', JSON.stringify(checks));
    for (const check of failed)
        core.error(check.detail, { title: check.name });
    if (checks.length > 0) {
        core.notice(`${checks.length - failed.length} of ${checks.length} checks passed in ${input.seconds.toFixed(1)} s`, {
            title: `message pump ${input.operation}`,
        });
    }
    await writeSummary(input, passed);
    const reasons = [...errors];
    if (failed.length > 0) {
        const names = failed.map((c) => c.name).join(', ');
        reasons.push(`${failed.length} of ${checks.length} check${checks.length === 1 ? '' : 's'} failed: ${names}`);
    }
    if (reasons.length > 0)
        core.setFailed(reasons.join('; '));
}
async function writeSummary(input, passed) {
    const { checks, outcome, errors } = input;
    const summary = core.summary.addHeading(`Message pump: ${input.operation} ${passed ? 'passed' : 'failed'}`, 2);
    if (errors.length > 0)
        summary.addRaw(`<p><strong>Errors:</strong> ${escapeHtml(errors.join('; '))}</p>`, true);
    if (checks.length > 0) {
        summary.addTable([
            [
                { data: 'result', header: true },
                { data: 'check', header: true },
                { data: 'seconds', header: true },
                { data: 'detail', header: true },
            ],
            ...checks.map((c) => [c.passed ? '✅' : '❌', escapeHtml(c.name), c.seconds.toFixed(1), escapeHtml(c.detail)]),
        ]);
    }
    if (outcome.definition) {
        summary.addHeading('State machine definition', 3);
        // A fenced block (not addCodeBlock's <pre>): GitHub draws Mermaid only from ```mermaid fences.
        summary.addRaw(`\n\`\`\`mermaid\n${definitionToMermaid(outcome.definition)}\n\`\`\`\n`, true);
    }
    const timings = Object.entries(outcome.timings ?? {});
    timings.push(['total', input.seconds]);
    summary.addHeading('Timings', 3);
    summary.addTable([
        [
            { data: 'phase', header: true },
            { data: 'seconds', header: true },
        ],
        ...timings.map(([name, seconds]) => [escapeHtml(name), seconds.toFixed(1)]),
    ]);
    try {
        await summary.write();
    }
    catch (err) {
        // Outside Actions (a local run) there is no GITHUB_STEP_SUMMARY file; the log already has every check.
        core.debug(`job summary not written: ${err instanceof Error ? err.message : String(err)}`);
        summary.emptyBuffer();
    }
}
/** The summary is HTML: details come from AWS and users, so markup characters are escaped. */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/**
 * One line for an error that ended an operation: AWS errors as "Name: message" (the SDK names them after
 * the service's error code), our own errors by their message. Never the stack (that goes to debug).
 */
function describeError(err) {
    if (!(err instanceof Error))
        return String(err);
    const generic = err.name === 'Error' || err.name === 'InputError' || err.name === 'WaitTimeoutError';
    return generic || err.message.startsWith(`${err.name}:`) ? err.message : `${err.name}: ${err.message}`;
}


/***/ }),

/***/ 40910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WaitTimeoutError: () => (/* binding */ WaitTimeoutError),
/* harmony export */   atMostEvery: () => (/* binding */ atMostEvery),
/* harmony export */   sleep: () => (/* binding */ sleep),
/* harmony export */   waitFor: () => (/* binding */ waitFor)
/* harmony export */ });
// Waiting on a condition with a deadline, never a fixed sleep: poll again soon while the awaited thing is moving
// (messages arriving, events streaming, flags turning), and back off with full jitter only while nothing changes.
const sleep = (ms, signal) => new Promise((resolve, reject) => {
    if (signal?.aborted)
        return reject(signal.reason ?? new Error('aborted'));
    const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
    }, ms);
    const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason ?? new Error('aborted'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
});
/** Raised when a wait reaches its deadline; the message says what was being waited for. */
class WaitTimeoutError extends Error {
    what;
    seconds;
    last;
    constructor(what, seconds, last) {
        super(`Timed out after ${seconds.toFixed(1)} s waiting for ${what}${last ? ` (last seen: ${last})` : ''}`);
        this.what = what;
        this.seconds = seconds;
        this.last = last;
        this.name = 'WaitTimeoutError';
    }
}
/**
 * Calls `poll` until it reports done. After a poll that progressed it polls again after `progressDelayMs` and the
 * back-off starts over; after an idle poll it sleeps with full-jitter exponential back-off (initialDelayMs doubling
 * up to maxDelayMs). Never sleeps past the deadline; at the deadline throws WaitTimeoutError naming `what` and the
 * last state seen.
 */
async function waitFor(poll, options) {
    const now = options.now ?? Date.now;
    const doSleep = options.sleep ?? sleep;
    const started = now();
    const initial = options.initialDelayMs ?? 250;
    const max = Math.max(initial, options.maxDelayMs ?? 5000);
    const progressDelay = options.progressDelayMs ?? initial;
    let base = initial;
    let last;
    for (;;) {
        const result = await poll();
        if (result.done)
            return result.value;
        const progressed = result.progressed ?? (result.seen !== undefined && last !== undefined && result.seen !== last);
        last = result.seen ?? last;
        const remaining = options.deadline - now();
        if (remaining <= 0)
            throw new WaitTimeoutError(options.what, (now() - started) / 1000, last);
        if (progressed) {
            base = initial;
            if (progressDelay > 0)
                await doSleep(Math.min(remaining, progressDelay), options.signal);
            else
                options.signal?.throwIfAborted();
            continue;
        }
        const delay = Math.min(remaining, Math.max(50, Math.random() * base));
        await doSleep(delay, options.signal);
        base = Math.min(max, base * 2);
    }
}
/**
 * A check that costs an AWS call and rarely changes its answer (is the run still RUNNING?), run at most once every
 * `intervalMs`: the first time `intervalMs` after this is made (the caller knows the state at that moment, `initial`),
 * then never sooner than `intervalMs` after the last time. In between it answers what it last found.
 */
function atMostEvery(intervalMs, now, check, initial) {
    let last = initial;
    let ranAt = now();
    return async () => {
        if (now() - ranAt < intervalMs)
            return last;
        last = await check();
        ranAt = now();
        return last;
    };
}


/***/ })

};
