// waitFor's rule, on a fake clock: back off only while nothing changes; while the awaited thing moves, poll again soon.
import { describe, expect, it } from '@jest/globals';
import { createFakeClock } from '../__fixtures__/context';
import { atMostEvery, waitFor, WaitTimeoutError, type Poll, type Sleep } from '../src/wait';

/** A fake clock whose sleeps advance it and are recorded. */
function fakeTime() {
  const clock = createFakeClock();
  const sleeps: number[] = [];
  const sleep: Sleep = (ms) => {
    sleeps.push(ms);
    clock.advance(ms);
    return Promise.resolve();
  };
  return { clock, sleeps, sleep };
}

const minute = 60_000;

describe('waitFor', () => {
  it('does not back off while each poll progresses: it polls again after the same short pause', async () => {
    const { clock, sleeps, sleep } = fakeTime();
    let count = 0;
    const value = await waitFor<number>(
      async () => (++count >= 10 ? { done: true, value: count } : { done: false, seen: `${count} done`, progressed: true }),
      { what: 'ten things', deadline: clock.now() + minute, sleep, now: clock.now, initialDelayMs: 200, maxDelayMs: 5000 },
    );
    expect(value).toBe(10);
    expect(sleeps).toEqual(Array(9).fill(200));
  });

  it('polls again at once after progress when progressDelayMs is 0 (the poll waits by itself)', async () => {
    const { clock, sleeps, sleep } = fakeTime();
    let count = 0;
    await waitFor(async () => (++count >= 5 ? { done: true, value: undefined } : { done: false, progressed: true }), {
      what: 'messages',
      deadline: clock.now() + minute,
      sleep,
      now: clock.now,
      progressDelayMs: 0,
    });
    expect(count).toBe(5);
    expect(sleeps).toEqual([]);
  });

  it('backs off while idle, never above maxDelayMs, and starts over after progress', async () => {
    const { clock, sleeps, sleep } = fakeTime();
    // Idle for 8 polls, one that progresses, then idle again until done.
    const script: Poll<string>[] = [
      ...Array<Poll<string>>(8).fill({ done: false, seen: 'same', progressed: false }),
      { done: false, seen: 'moved', progressed: true },
      ...Array<Poll<string>>(4).fill({ done: false, seen: 'moved', progressed: false }),
      { done: true, value: 'ok' },
    ];
    let index = 0;
    const random = Math.random;
    Math.random = () => 1 - 1e-9; // full jitter at its top: each pause is its cap
    try {
      await waitFor(async () => script[index++], { what: 'it', deadline: clock.now() + 10 * minute, sleep, now: clock.now, initialDelayMs: 100, maxDelayMs: 1000 });
    } finally {
      Math.random = random;
    }
    const idle = sleeps.slice(0, 8).map(Math.round);
    expect(idle).toEqual([100, 200, 400, 800, 1000, 1000, 1000, 1000]);
    // After the progressing poll: the progress pause (initialDelayMs), then the back-off from its start again.
    expect(sleeps.slice(8).map(Math.round)).toEqual([100, 100, 200, 400, 800]);
  });

  it('counts a changed `seen` as progress when the poll does not say', async () => {
    const { clock, sleeps, sleep } = fakeTime();
    const seen = ['a', 'a', 'a', 'b', 'c', 'd'];
    let index = 0;
    const random = Math.random;
    Math.random = () => 1 - 1e-9;
    try {
      await waitFor(async () => (index < seen.length ? { done: false, seen: seen[index++] } : { done: true, value: undefined }), {
        what: 'it',
        deadline: clock.now() + minute,
        sleep,
        now: clock.now,
        initialDelayMs: 100,
        maxDelayMs: 5000,
        progressDelayMs: 50,
      });
    } finally {
      Math.random = random;
    }
    // a, a, a: idle and growing; b, c, d: each changed, so the short progress pause.
    expect(sleeps.map(Math.round)).toEqual([100, 200, 400, 50, 50, 50]);
  });

  it('at the deadline names what it waited for and the last state seen, never sleeping past it', async () => {
    const { clock, sleeps, sleep } = fakeTime();
    const started = clock.now();
    const wait = waitFor(async () => ({ done: false, seen: '3/10 sent' }), {
      what: "this run's 10 message(s) to be marked sent",
      deadline: started + 30_000,
      sleep,
      now: clock.now,
    });
    await expect(wait).rejects.toThrow(new WaitTimeoutError("this run's 10 message(s) to be marked sent", 30, '3/10 sent'));
    await expect(wait).rejects.toThrow("Timed out after 30.0 s waiting for this run's 10 message(s) to be marked sent (last seen: 3/10 sent)");
    expect(clock.now()).toBe(started + 30_000);
    expect(sleeps.reduce((a, b) => a + b, 0)).toBeCloseTo(30_000, 3);
  });

  it('stops sleeping when the signal aborts', async () => {
    const { clock } = fakeTime();
    const controller = new AbortController();
    let polls = 0;
    const wait = waitFor(
      async () => {
        if (++polls === 2) controller.abort(new Error('cancelled'));
        return { done: false, progressed: true };
      },
      { what: 'it', deadline: clock.now() + minute, now: clock.now, progressDelayMs: 0, signal: controller.signal },
    );
    await expect(wait).rejects.toThrow('cancelled');
    expect(polls).toBe(2);
  });
});

describe('atMostEvery', () => {
  it('runs the check no sooner than the interval after it was made or last ran, answering the last result between', async () => {
    const clock = createFakeClock();
    let calls = 0;
    const status = atMostEvery(3000, clock.now, async () => `status ${++calls}`, 'RUNNING');
    await expect(status()).resolves.toBe('RUNNING');
    clock.advance(2999);
    await expect(status()).resolves.toBe('RUNNING');
    clock.advance(1);
    await expect(status()).resolves.toBe('status 1');
    clock.advance(1000);
    await expect(status()).resolves.toBe('status 1');
    clock.advance(2000);
    await expect(status()).resolves.toBe('status 2');
    expect(calls).toBe(2);
  });
});
