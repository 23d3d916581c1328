import { randomUUID } from 'node:crypto';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { DubanServer } from '../../server/src/app/create-server';
import { whenReady } from './wait';

/** A subscription over its own socket, collecting what arrives. */
export interface LiveSubscription<T> {
  /** Each `next` payload's data, in order of arrival. */
  readonly received: T[];
  /** Operation errors and socket failures, in order. */
  readonly errors: unknown[];
  /** Resolves once `count` results have arrived; fails after `timeout` ms saying how many did. */
  until(count: number, timeout?: number): Promise<void>;
  /** Resolves once a result satisfies `check`; fails after `timeout` ms with `what` and what did arrive. */
  untilSome(check: (result: T) => boolean, what: string, timeout?: number): Promise<void>;
  /** Resolves once the server has answered with an error. */
  failed(): Promise<void>;
  close(): Promise<void>;
}

export interface SubscribeOptions {
  /** The server (instrumented: the test app's, or one created with `instrument: true`) and its WebSocket URL. */
  server: DubanServer;
  wsUrl: string;
  token: string | null;
  query: string;
  variables?: Record<string, unknown>;
}

/**
 * Subscribes and resolves once the server has registered the subscription with its event stream: every event
 * committed after that reaches it. Use it before publishing what the subscription must see; nothing to sleep on.
 */
export async function subscribeLive<T>(options: SubscribeOptions & { timeout?: number }): Promise<LiveSubscription<T>> {
  const id = randomUUID();
  let isLive = false;
  let settle = () => {};
  const subscription = subscribe<T>(options, id, () => settle());
  const waiting = whenReady(() => isLive || subscription.errors.length > 0, {
    timeout: options.timeout ?? 20_000,
    message: 'the server never registered the subscription with its event stream',
  });
  settle = waiting.settle;
  void options.server.whenSubscriptionLive(id).then(() => {
    isLive = true;
    settle();
  });
  await waiting.promise;
  if (!isLive) {
    await subscription.close();
    throw new Error(`the subscription failed before it was live: ${JSON.stringify(subscription.errors)}`);
  }
  return subscription;
}

/**
 * Subscribes without waiting for the server: for a subscription that resumes from a cursor (it replays what it
 * missed, whenever it registers) or that is meant to fail.
 */
export function subscribe<T>(
  options: SubscribeOptions,
  id: string = randomUUID(),
  onChange: () => void = () => {},
): LiveSubscription<T> {
  const socket = createClient({
    url: options.wsUrl,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: options.token ? { authorization: `Bearer ${options.token}` } : {},
    generateID: () => id,
  });
  const received: T[] = [];
  const errors: unknown[] = [];
  const waiters = new Set<() => void>();
  const changed = () => {
    for (const waiter of [...waiters]) waiter();
    onChange();
  };
  const stop = socket.subscribe<T>(
    { query: options.query, variables: options.variables },
    {
      next: (value) => {
        if (value.data) received.push(value.data);
        if (value.errors) errors.push(value.errors);
        changed();
      },
      error: (error) => {
        errors.push(error);
        changed();
      },
      complete: () => {},
    },
  );
  const wait = (ready: () => boolean, message: () => string, timeout = 30_000) => {
    const waiting = whenReady(ready, { timeout, message });
    waiters.add(waiting.settle);
    return waiting.promise.finally(() => waiters.delete(waiting.settle));
  };
  return {
    received,
    errors,
    until: (count, timeout) =>
      wait(
        () => received.length >= count,
        () => `the subscriber received ${received.length} of ${count} results (errors: ${JSON.stringify(errors)})`,
        timeout,
      ),
    untilSome: (check, what, timeout) =>
      wait(
        () => received.some(check),
        () => `the subscriber never received ${what}, only ${JSON.stringify(received)}`,
        timeout,
      ),
    failed: () =>
      wait(
        () => errors.length > 0,
        () => `the subscription got no error (results: ${received.length})`,
      ),
    close: async () => {
      stop();
      await socket.dispose();
    },
  };
}
