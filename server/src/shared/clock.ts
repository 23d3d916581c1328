/**
 * The time the rules run at. Real by default; tests and the demo inject a fixed, offset or settable one, so that
 * deadlines, warnings and the reporting window can be exercised at any date.
 */
export interface Clock {
  now(): Date;
}

/** The machine's clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that reads `start` now and runs on from there at the real pace (the demo at another date). */
export function offsetClock(start: Date, real: Clock = systemClock): Clock {
  const offset = start.getTime() - real.now().getTime();
  return { now: () => new Date(real.now().getTime() + offset) };
}

/** A clock that reads `start` now and runs on `speed` times faster than real time (a demo that crosses deadlines). */
export function scaledClock(start: Date, speed: number, real: Clock = systemClock): Clock {
  const origin = real.now().getTime();
  return { now: () => new Date(start.getTime() + (real.now().getTime() - origin) * speed) };
}

/** A clock that stands still until it is set (tests). */
export class ManualClock implements Clock {
  private current: Date;

  constructor(start: Date | string) {
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  /** Moves the clock to another time. */
  set(time: Date | string): void {
    this.current = new Date(time);
  }
}

/** China observes one time zone, UTC+8, with no daylight saving. */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The calendar date in China (YYYY-MM-DD) at an instant: a deadline day ends at midnight Beijing time. */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Today in China by the given clock. */
export function today(clock: Clock): string {
  return chinaDate(clock.now());
}

/**
 * Parses DUBAN_CLOCK: an ISO date or date-time. `2025-12-01T09:00+08:00` starts the clock there and lets it run;
 * an `@N` suffix runs it N times faster (`2025-12-01@1440`: a day a minute); a `fixed:` prefix stops it there.
 * A bare date means 09:00 Beijing time that day.
 */
export function parseClock(spec: string, real: Clock = systemClock): Clock {
  const fixed = spec.startsWith('fixed:');
  const [text = '', speedText] = (fixed ? spec.slice('fixed:'.length) : spec).split('@');
  const at = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T09:00:00+08:00` : text);
  if (Number.isNaN(at.getTime())) throw new Error(`not a date or date-time: ${text}`);
  if (speedText === undefined) return fixed ? new ManualClock(at) : offsetClock(at, real);
  const speed = Number(speedText);
  if (fixed || !Number.isFinite(speed) || speed <= 0 || speed > 1_000_000) {
    throw new Error(`not a speed: @${speedText} (a running clock only, 0 < N ≤ 1000000)`);
  }
  return scaledClock(at, speed, real);
}
