import type { Log } from './logger';

/** How one sweep went: how long it took, what it did (events appended, messages queued), and whether it failed. */
export interface SweepOutcome {
  seconds: number;
  count: number;
  failed: boolean;
}

/**
 * The loop under a process's sweeps (the supervisor's warnings and escalations, the reminders): a timer that asks
 * `tick` whether to sweep, and `sweepNow`, which runs one sweep at a time. A sweep under way may have read the
 * facts before the caller's last write, so `sweepNow` waits for it and runs a fresh one after. Each sweep's time
 * and outcome go to `onSwept` (metrics) and the debug log; a failed tick is logged and the next one tries again.
 */
export class PeriodicSweep {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly options: {
      /** What the log calls it, in Chinese (预警巡检, 提醒巡检). */
      label: string;
      log: Log;
      /** One sweep; resolves to what it did. */
      sweep: () => Promise<number>;
      onSwept?: (outcome: SweepOutcome) => void;
    },
  ) {}

  /** Whether a sweep is under way (a tick then does nothing). */
  get busy(): boolean {
    return this.running !== null;
  }

  /** Calls `tick` every `everyMs`; the timer does not keep the process alive. */
  start(everyMs: number, tick: () => Promise<unknown>): void {
    const { label, log } = this.options;
    this.timer = setInterval(() => {
      tick().catch((error: unknown) => log.error({ err: error }, `${label}失败，下一轮再试`));
    }, everyMs);
    this.timer.unref();
  }

  /** Stops the timer and waits for a sweep under way. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => 0);
  }

  /** Sweeps now, after any sweep under way; resolves to what it did. */
  async sweepNow(): Promise<number> {
    if (this.running) await this.running.catch(() => 0);
    this.running ??= this.timed().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async timed(): Promise<number> {
    const { label, log, sweep, onSwept } = this.options;
    const started = performance.now();
    const report = (count: number, failed: boolean) => {
      const seconds = (performance.now() - started) / 1000;
      onSwept?.({ seconds, count, failed });
      log.debug({ durationMs: Math.round(seconds * 1000), count, failed }, `${label}完成`);
    };
    try {
      const count = await sweep();
      report(count, false);
      return count;
    } catch (error) {
      report(0, true);
      throw error;
    }
  }
}
