import { describe, expect, it } from 'vitest';
import { componentLog } from './logger';
import { PeriodicSweep, type SweepOutcome } from './periodic-sweep';

/** A sweep the test finishes by hand, counting how often it started. */
function gatedSweep() {
  const gates: (() => void)[] = [];
  let started = 0;
  const sweep = () => {
    started += 1;
    const number = started;
    return new Promise<number>((resolve) => gates.push(() => resolve(number)));
  };
  return { sweep, started: () => started, open: () => gates.shift()?.() };
}

describe('the loop under the sweeps', () => {
  it('runs a fresh sweep after the one under way, so a caller’s last write is always seen', async () => {
    const gated = gatedSweep();
    const outcomes: SweepOutcome[] = [];
    const loop = new PeriodicSweep({
      label: '测试巡检',
      log: componentLog('test'),
      sweep: gated.sweep,
      onSwept: (o) => outcomes.push(o),
    });
    const first = loop.sweepNow();
    expect(loop.busy).toBe(true);
    const second = loop.sweepNow();
    const third = loop.sweepNow();
    expect(gated.started()).toBe(1);
    gated.open();
    expect(await first).toBe(1);
    // The two callers that came during the first sweep share one fresh sweep.
    await new Promise((resolve) => setImmediate(resolve));
    expect(gated.started()).toBe(2);
    gated.open();
    expect([await second, await third]).toEqual([2, 2]);
    expect(loop.busy).toBe(false);
    expect(outcomes.map((o) => [o.count, o.failed])).toEqual([
      [1, false],
      [2, false],
    ]);
  });

  it('reports a failed sweep, and the next one runs', async () => {
    let fail = true;
    const outcomes: SweepOutcome[] = [];
    const loop = new PeriodicSweep({
      label: '测试巡检',
      log: componentLog('test'),
      sweep: async () => {
        if (fail) throw new Error('数据库不可用');
        return 3;
      },
      onSwept: (o) => outcomes.push(o),
    });
    await expect(loop.sweepNow()).rejects.toThrow('数据库不可用');
    fail = false;
    expect(await loop.sweepNow()).toBe(3);
    expect(outcomes.map((o) => [o.count, o.failed])).toEqual([
      [0, true],
      [3, false],
    ]);
  });

  it('stops its timer and waits for the sweep under way', async () => {
    const gated = gatedSweep();
    const loop = new PeriodicSweep({ label: '测试巡检', log: componentLog('test'), sweep: gated.sweep });
    let ticks = 0;
    loop.start(5, async () => {
      ticks += 1;
      if (!loop.busy) await loop.sweepNow();
    });
    await new Promise<void>((resolve, reject) => {
      const deadline = setTimeout(() => reject(new Error('the timer never ticked')), 10_000);
      const poll = setInterval(() => {
        if (gated.started() > 0) {
          clearInterval(poll);
          clearTimeout(deadline);
          resolve();
        }
      }, 5);
    });
    let stopped = false;
    const stopping = loop.stop().then(() => {
      stopped = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false);
    gated.open();
    await stopping;
    const after = ticks;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(ticks).toBe(after);
  });
});
