export const id = 910;
export const ids = [910];
export const modules = {

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
