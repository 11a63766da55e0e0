export const id = 970;
export const ids = [970];
export const modules = {

/***/ 50970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RunTracker: () => (/* binding */ RunTracker),
/* harmony export */   installSignalHandlers: () => (/* binding */ installSignalHandlers)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
// Cancellation. The runner sends SIGINT, then SIGTERM 7.5 s later, then kills the process. On the first signal
// the step aborts its waits, says what it was doing, stops the Step Functions runs it started, and exits
// non-zero well before the kill. The runs are also saved with core.saveState for the post step.

const SIGNALS = ['SIGINT', 'SIGTERM'];
const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
/** What the step has started and is doing now: fed by the operations through ctx.trackExecution / ctx.setActivity. */
class RunTracker {
    started = [];
    current = 'starting';
    trackExecution(executionArn) {
        if (this.started.includes(executionArn))
            return;
        this.started.push(executionArn);
        // The post step reads this back; it runs even when this process was killed.
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState('executions', JSON.stringify(this.started));
    }
    setActivity(activity) {
        this.current = activity;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.debug(`now: ${activity}`);
    }
    get executions() {
        return [...this.started];
    }
    get activity() {
        return this.current;
    }
}
function installSignalHandlers(options) {
    const source = options.source ?? process;
    const exit = options.exit ?? ((code) => process.exit(code));
    const graceMs = options.graceMs ?? 5000;
    let received;
    let finish = () => undefined;
    const done = new Promise((resolve) => {
        finish = resolve;
    });
    const handle = (signal) => {
        if (received) {
            // A second signal while we clean up: the runner is out of patience, so leave now.
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`Received ${signal} while stopping after ${received}: exiting now`);
            exit(EXIT_CODES[signal]);
            finish();
            return;
        }
        received = signal;
        void cancel(signal, options, graceMs).finally(() => {
            exit(EXIT_CODES[signal]);
            finish();
        });
    };
    for (const signal of SIGNALS)
        source.on(signal, handle);
    return {
        get received() {
            return received;
        },
        done,
        dispose() {
            for (const signal of SIGNALS)
                source.removeListener(signal, handle);
        },
    };
}
async function cancel(signal, options, graceMs) {
    const { tracker, controller } = options;
    const activity = tracker.activity;
    const cause = `Cancelled by ${signal} while ${activity}`;
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`Received ${signal} while ${activity}: cancelling`);
    const reason = new Error(cause);
    reason.name = 'AbortError';
    controller.abort(reason);
    const runs = tracker.executions;
    const work = Promise.all([
        options.describe?.().then((line) => line && _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(line), (err) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`Could not read the state after ${signal}: ${messageOf(err)}`)),
        runs.length === 0
            ? _actions_core__WEBPACK_IMPORTED_MODULE_0__.info('No Step Functions run was started by this step')
            : options.stop(runs, cause).then((stopped) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(stopped.length > 0
                ? `Stopped ${stopped.length} run(s) this step started: ${stopped.join(', ')}`
                : `None of the ${runs.length} run(s) this step started was still running`), (err) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`Could not stop the runs this step started (${runs.join(', ')}): ${messageOf(err)}`)),
    ]);
    const finished = await within(work, graceMs);
    if (!finished)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`Clean-up after ${signal} did not finish within ${graceMs / 1000} s; the post step retries it`);
    if (options.beforeExit)
        await within(options.beforeExit().catch(() => undefined), 1000);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed(cause);
}
/** Waits for `work` at most `ms`; says whether it finished. */
async function within(work, ms) {
    let timer;
    const expired = new Promise((resolve) => {
        timer = setTimeout(() => resolve(false), ms);
        timer.unref();
    });
    try {
        return await Promise.race([work.then(() => true), expired]);
    }
    finally {
        clearTimeout(timer);
    }
}
function messageOf(err) {
    return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}


/***/ })

};
