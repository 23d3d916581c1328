import { type Db, outsideStatementScope } from '../db/client';
import { componentLog } from '../shared/logger';
import { EVENTS_CHANNEL } from './event-channel';
import { compareCursors, type EventCursor } from './event-cursor';
import { type LoggedEvent, readEventsAfter, readHead } from './event-reader';

const BATCH = 500;
const log = componentLog('events');

/** An unbounded queue that one consumer drains: pushing never waits, so no subscriber can stall another. */
class EventQueue {
  private readonly items: LoggedEvent[] = [];
  private waiting: (() => void) | null = null;
  private closed = false;

  push(event: LoggedEvent): void {
    this.items.push(event);
    this.waiting?.();
    this.waiting = null;
  }

  close(): void {
    this.closed = true;
    this.waiting?.();
    this.waiting = null;
  }

  async *drain(): AsyncGenerator<LoggedEvent> {
    for (;;) {
      const next = this.items.shift();
      if (next) {
        yield next;
        continue;
      }
      if (this.closed) return;
      await new Promise<void>((resolve) => {
        this.waiting = resolve;
      });
    }
  }
}

interface Subscriber {
  /** The plan whose events it takes; null for every plan's. */
  planId: number | null;
  queue: EventQueue;
}

export interface EventStreamOptions {
  db: Db;
  listen(channel: string, onWake: () => void): Promise<() => Promise<void>>;
  /** A safety net beside NOTIFY: events held back behind a long transaction surface by the next poll. */
  pollMs?: number;
}

/**
 * The process's one reader of the event log. NOTIFY (or the poll) wakes it; it reads what committed after its
 * cursor, once for all subscribers, and hands each event to the subscribers of its plan. Subscribers resume from
 * their own cursor: they replay from the log, then continue with the live stream, without gap or repeat.
 */
export class EventStream {
  private cursor: EventCursor | null = null;
  private readonly subscribers = new Set<Subscriber>();
  private reading: Promise<void> | null = null;
  private wakeAgain = false;
  private unlisten: (() => Promise<void>) | null = null;
  private timer: NodeJS.Timeout | null = null;
  private started = false;
  /** Events read from the log, and handed to subscribers (an event for three subscribers counts three). */
  private readonly tally = { read: 0, delivered: 0, failedReads: 0 };

  constructor(private readonly options: EventStreamOptions) {}

  /** Listens for commits. The cursor is set by the first subscriber: with nobody listening, nothing is read. */
  async start(): Promise<void> {
    this.unlisten = await this.options.listen(EVENTS_CHANNEL, () => this.wake());
    this.timer = setInterval(() => {
      if (this.subscribers.size > 0) this.wake();
    }, this.options.pollMs ?? 1000);
    this.timer.unref();
    this.started = true;
  }

  async stop(): Promise<void> {
    this.started = false;
    if (this.timer) clearInterval(this.timer);
    const unlisten = this.unlisten;
    this.unlisten = null;
    await unlisten?.();
    for (const subscriber of this.subscribers) subscriber.queue.close();
    this.subscribers.clear();
    await this.reading;
  }

  /** Reads what is new; a wake during a read makes it read once more afterwards. */
  wake(): void {
    if (this.subscribers.size === 0) {
      // Nobody to hand events to: skip the read, and let the next subscriber set where reading resumes.
      this.cursor = null;
      return;
    }
    if (this.reading) {
      this.wakeAgain = true;
      return;
    }
    // NOTIFY may arrive within the request whose commit sent it: the read is the stream's, not that request's.
    this.reading = outsideStatementScope(() => this.drain())
      .catch((error: unknown) => {
        this.tally.failedReads += 1;
        log.error({ err: error }, '读取事件日志失败，下次唤醒时重试');
      })
      .finally(() => {
        this.reading = null;
        if (this.wakeAgain) {
          this.wakeAgain = false;
          this.wake();
        }
      });
  }

  private async drain(): Promise<void> {
    for (;;) {
      if (!this.cursor) return;
      const batch = await readEventsAfter(this.options.db, this.cursor, BATCH);
      for (const event of batch) {
        this.cursor = event.cursor;
        this.tally.read += 1;
        for (const subscriber of this.subscribers) {
          if (subscriber.planId === null || subscriber.planId === event.row.planId) {
            subscriber.queue.push(event);
            this.tally.delivered += 1;
          }
        }
      }
      if (batch.length < BATCH) return;
    }
  }

  /**
   * A plan's events (every plan's, for `planId` null) that `accept` lets through: with `after`, first every event after it from the log, then live
   * ones; without, live ones from now. In cursor order, each once. Ending the iteration unsubscribes at once,
   * even while it waits for the next event. Resolves once the subscriber is registered: every event that commits
   * from then on reaches it, so whoever holds the iterator holds a live subscription.
   */
  async subscribe(
    db: Db,
    planId: number | null,
    after: EventCursor | null,
    accept: (event: LoggedEvent) => boolean = () => true,
  ): Promise<AsyncIterableIterator<LoggedEvent>> {
    const subscriber: Subscriber = { planId, queue: new EventQueue() };
    // Where this subscriber starts: its cursor, or the head of the log as of now for live-only.
    const start = after ?? (await readHead(db));
    // Registered before the replay, so that what commits meanwhile is queued, not lost; the replay covers
    // everything from `start` up to then, and the queue is de-duplicated against it.
    this.subscribers.add(subscriber);
    this.cursor ??= start;
    const events = (async function* () {
      let last = start;
      for (;;) {
        const batch = await readEventsAfter(db, last, BATCH, planId ?? undefined);
        for (const event of batch) {
          last = event.cursor;
          if (accept(event)) yield event;
        }
        if (batch.length < BATCH) break;
      }
      for await (const event of subscriber.queue.drain()) {
        if (compareCursors(event.cursor, last) <= 0) continue;
        last = event.cursor;
        if (accept(event)) yield event;
      }
    })();
    const end = () => {
      this.subscribers.delete(subscriber);
      subscriber.queue.close();
    };
    const iterator: AsyncIterableIterator<LoggedEvent> = {
      next: () => events.next(),
      return: async () => {
        end();
        return events.return(undefined);
      },
      throw: async (error: unknown) => {
        end();
        return events.throw(error);
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  /** How many subscriptions are open (for tests and the bench). */
  get size(): number {
    return this.subscribers.size;
  }

  /** Listening for commits: started and not stopped (/readyz). */
  get running(): boolean {
    return this.started;
  }

  /**
   * For /metrics: events read and handed out since start, reads that failed, and the id of the newest event read
   * (null while nobody listens, when the stream reads nothing and so lags behind nothing).
   */
  counts(): { read: number; delivered: number; failedReads: number; newestReadId: number | null } {
    return { ...this.tally, newestReadId: this.cursor && this.subscribers.size > 0 ? this.cursor.id : null };
  }
}
