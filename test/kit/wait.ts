export interface WaitOptions {
  /** How long to wait, in ms, before failing. */
  timeout?: number;
  /** What did not happen, for the failure: "the second server never registered the subscription". */
  message: string | (() => string);
}

/**
 * Resolves with the first truthy value `check` returns, checking every few milliseconds; rejects after `timeout`
 * with `message` (and the last value seen), so that a failure says what did not happen instead of a bare time-out.
 */
export async function until<T>(check: () => T | Promise<T>, options: WaitOptions): Promise<NonNullable<T>> {
  const timeout = options.timeout ?? 20_000;
  const deadline = Date.now() + timeout;
  for (let interval = 5; ; interval = Math.min(interval * 2, 100)) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) {
      const message = typeof options.message === 'function' ? options.message() : options.message;
      throw new Error(`${message} (waited ${timeout} ms)`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/**
 * A promise that `settle` resolves once `ready()` holds (call `settle` whenever what it looks at changes), or that
 * rejects after `timeout` with `message`.
 */
export function whenReady(ready: () => boolean, options: WaitOptions): { promise: Promise<void>; settle: () => void } {
  let settle = () => {};
  const promise = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      const message = typeof options.message === 'function' ? options.message() : options.message;
      reject(new Error(`${message} (waited ${options.timeout ?? 20_000} ms)`));
    }, options.timeout ?? 20_000);
    settle = () => {
      if (!ready()) return;
      clearTimeout(timer);
      resolve();
    };
  });
  settle();
  return { promise, settle };
}
