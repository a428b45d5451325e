import { createIdleTracker } from './idleTracker';

const MINUTE = 60 * 1000;
const START = Date.parse('2026-11-27T10:00:00Z');

/** A @tremplin-session answer: the session idles out `idleMs` from `at`. */
const session = (at, idleMs = 2 * MINUTE, extra = {}) => ({
  idle_timeout: 120,
  lifetime: 8 * 3600,
  idle_expires: new Date(at + idleMs).toISOString(),
  expires: new Date(START + 8 * 3600 * 1000).toISOString(),
  ...extra,
});

const sessionExpired = {
  status: 401,
  response: { body: { type: 'SessionExpired', message: 'Session expired' } },
};

/** Lets the promises of the fake requests settle. */
async function settle() {
  for (let i = 0; i < 10; i += 1) {
    await Promise.resolve();
  }
}

async function advance(ms) {
  jest.advanceTimersByTime(ms);
  await settle();
}

/** A tracker whose server keeps an idle deadline moved by keep-alives. */
function setUp({ readSession, keepAlive, idleMs = 2 * MINUTE } = {}) {
  const server = { deadline: START + idleMs };
  const calls = { read: 0, keepAlive: 0 };
  const events = [];
  const tracker = createIdleTracker({
    readSession: jest.fn(
      readSession ||
        (() => {
          calls.read += 1;
          return Promise.resolve(
            session(server.deadline - idleMs, idleMs, {
              idle_timeout: idleMs / 1000,
            }),
          );
        }),
    ),
    keepAlive: jest.fn(
      keepAlive ||
        (() => {
          calls.keepAlive += 1;
          server.deadline = Date.now() + idleMs;
          return Promise.resolve(
            session(Date.now(), idleMs, { idle_timeout: idleMs / 1000 }),
          );
        }),
    ),
    onWarning: (deadline, minutes) =>
      events.push(['warning', deadline - START, minutes]),
    onWarningEnd: () => events.push(['warningEnd']),
    onEnded: (reason, minutes) => events.push(['ended', reason, minutes]),
  });
  return { tracker, server, calls, events };
}

describe('createIdleTracker', () => {
  beforeEach(() => {
    jest.useFakeTimers('modern');
    jest.setSystemTime(START);
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('warns one minute before the deadline, then ends the idle session', async () => {
    const { tracker, calls, events } = setUp();
    tracker.start();
    await settle();
    expect(calls).toEqual({ read: 1, keepAlive: 0 });

    await advance(MINUTE - 1);
    expect(events).toEqual([]);
    await advance(1);
    // Asked the server again before warning.
    expect(calls.read).toBe(2);
    expect(events).toEqual([['warning', 2 * MINUTE, 2]]);

    await advance(MINUTE - 1);
    expect(events).toHaveLength(1);
    await advance(1);
    expect(calls.read).toBe(3);
    expect(events.at(-1)).toEqual(['ended', 'idle', 2]);
    expect(calls.keepAlive).toBe(0);
  });

  it('sends at most one keep-alive a minute, the last one after the activity', async () => {
    const { tracker, calls } = setUp({ idleMs: 30 * MINUTE });
    tracker.start();
    await settle();

    // Loading the page was activity: no keep-alive in the first minute.
    tracker.activity();
    await advance(10 * 1000);
    tracker.activity();
    tracker.activity();
    expect(calls.keepAlive).toBe(0);
    // One minute after the page load: one keep-alive for all of them.
    await advance(50 * 1000);
    expect(calls.keepAlive).toBe(1);

    // 0:40 later: sent when the minute is over.
    await advance(40 * 1000);
    tracker.activity();
    await advance(20 * 1000 - 1);
    expect(calls.keepAlive).toBe(1);
    await advance(1);
    expect(calls.keepAlive).toBe(2);

    // More than a minute later: at once.
    await advance(80 * 1000);
    tracker.activity();
    await settle();
    expect(calls.keepAlive).toBe(3);
    // No activity since: nothing more.
    await advance(5 * MINUTE);
    expect(calls.keepAlive).toBe(3);
  });

  it('reports activity that happened while a keep-alive was on its way', async () => {
    let answer;
    const { tracker, calls } = setUp({
      idleMs: 30 * MINUTE,
      keepAlive: () => {
        calls.keepAlive += 1;
        return new Promise((resolve) => {
          answer = () => resolve(session(Date.now(), 30 * MINUTE));
        });
      },
    });
    tracker.start();
    await settle();
    await advance(2 * MINUTE);
    tracker.activity();
    expect(calls.keepAlive).toBe(1);
    await advance(5 * 1000);
    tracker.activity();
    answer();
    await settle();
    expect(calls.keepAlive).toBe(1);
    await advance(55 * 1000);
    expect(calls.keepAlive).toBe(2);
  });

  it('keeps the active member signed in', async () => {
    const { tracker, events } = setUp();
    tracker.start();
    await settle();
    for (let minute = 0; minute < 10; minute += 1) {
      await advance(30 * 1000);
      tracker.activity();
      await advance(30 * 1000);
    }
    expect(events).toEqual([]);
  });

  it('does not warn when another tab kept the session alive', async () => {
    const { tracker, server, events } = setUp();
    tracker.start();
    await settle();
    // Another tab's keep-alive moved the server's deadline.
    await advance(30 * 1000);
    server.deadline = Date.now() + 2 * MINUTE;

    await advance(30 * 1000);
    expect(events).toEqual([]);
    // The new deadline: warned a minute before it.
    await advance(30 * 1000);
    expect(events).toEqual([['warning', 2.5 * MINUTE, 2]]);
  });

  it('closes the warning when the member stays signed in', async () => {
    const { tracker, calls, events } = setUp();
    tracker.start();
    await settle();
    await advance(MINUTE);
    expect(events).toEqual([['warning', 2 * MINUTE, 2]]);

    // Activity does not count while the warning asks.
    tracker.activity();
    await settle();
    expect(calls.keepAlive).toBe(0);

    await advance(20 * 1000);
    tracker.stay();
    await settle();
    expect(calls.keepAlive).toBe(1);
    expect(events.at(-1)).toEqual(['warningEnd']);

    // The old deadline (2 min) passes: nothing happens.
    await advance(40 * 1000);
    expect(events).toHaveLength(2);
    // A minute before the new one (stayed at 1:20, so 3:20): warned again.
    await advance(20 * 1000 - 1);
    expect(events).toHaveLength(2);
    await advance(1);
    expect(events.at(-1)).toEqual(['warning', 200 * 1000, 2]);
  });

  it('closes the warning when the session was kept alive elsewhere at the deadline', async () => {
    const { tracker, server, events } = setUp();
    tracker.start();
    await settle();
    await advance(MINUTE);
    server.deadline = Date.now() + 2 * MINUTE;
    await advance(MINUTE);
    expect(events).toEqual([['warning', 2 * MINUTE, 2], ['warningEnd']]);
  });

  it('ends the session as idle when staying is refused', async () => {
    const { tracker, events } = setUp({
      keepAlive: () => Promise.reject(sessionExpired),
    });
    tracker.start();
    await settle();
    await advance(MINUTE);
    tracker.stay();
    await settle();
    expect(events.at(-1)).toEqual(['ended', 'idle', 2]);
  });

  it('ends the session as expired when the server ended it', async () => {
    const { tracker, events } = setUp({
      readSession: () => Promise.resolve(session(START, 10 * MINUTE)),
      keepAlive: () => Promise.reject(sessionExpired),
    });
    tracker.start();
    await settle();
    await advance(MINUTE);
    tracker.activity();
    await settle();
    expect(events).toEqual([['ended', 'expired', 2]]);
    // Stopped: no warning afterwards.
    await advance(2 * MINUTE);
    expect(events).toHaveLength(1);
  });

  it('ends at once a session the server no longer knows', async () => {
    const { tracker, events } = setUp({
      readSession: () => Promise.reject(sessionExpired),
    });
    tracker.start();
    await settle();
    expect(events).toEqual([['ended', 'expired', null]]);
  });

  it('does nothing when the server has no session service', async () => {
    const { tracker, events } = setUp({
      readSession: () => Promise.reject({ status: 404, response: {} }),
    });
    tracker.start();
    await advance(10 * MINUTE);
    expect(events).toEqual([]);
  });

  it("uses the server's clock when it gives it", async () => {
    // This browser's clock is 5 minutes ahead of the server's.
    const skew = 5 * MINUTE;
    jest.setSystemTime(START + skew);
    const { tracker, events } = setUp({
      readSession: () =>
        Promise.resolve(
          session(START, 2 * MINUTE, {
            now: new Date(Date.now() - skew).toISOString(),
          }),
        ),
    });
    tracker.start();
    await settle();
    await advance(MINUTE - 1);
    expect(events).toEqual([]);
    await advance(1);
    expect(events).toEqual([['warning', skew + 2 * MINUTE, 2]]);
  });

  it('sets its timer again when the tab comes back', async () => {
    const { tracker, events } = setUp();
    tracker.start();
    await settle();
    // A hidden tab's timer may fire late: the clock moved, no timer ran.
    jest.setSystemTime(START + 90 * 1000);
    tracker.resume();
    await advance(0);
    expect(events).toEqual([['warning', 2 * MINUTE, 2]]);
  });

  it('stops', async () => {
    const { tracker, calls, events } = setUp();
    tracker.start();
    await settle();
    tracker.stop();
    tracker.activity();
    await advance(5 * MINUTE);
    expect(events).toEqual([]);
    expect(calls).toEqual({ read: 1, keepAlive: 0 });
  });
});
