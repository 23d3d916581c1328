import type { SecuritySettings } from '../../config/env';
import type { Db } from '../../db/client';
import type { CatalogCache } from '../../shared/catalog-cache';
import type { Clock } from '../../shared/clock';
import { componentLog } from '../../shared/logger';
import { RequestScope } from '../../shared/request-scope';
import { getWorkingCalendar } from '../calendar';
import type { ChannelSet } from './channel-set';
import { asDeliveryError, DeliveryError } from './message.channel';
import { DeliveryState } from './message.enum';
import type { MessageNames, MessageText } from './message.facts';
import { type AttemptOutcome, type ClaimedDelivery, claimDueDeliveries, recordAttempts } from './message.repository';
import { isQuietTime, nextAttemptDelayMs } from './message.rules';
import { messageNames } from './message.service';
import { composeMessage, messageLink } from './message.text';

const log = componentLog('message');

export interface SenderDeps {
  db: Db;
  catalog: CatalogCache;
  settings: SecuritySettings;
  clock: Clock;
  channels: ChannelSet;
  /** Where the dashboard is reached from people's phones and desks: links in messages start with it. */
  publicUrl: () => string;
  /** How long a claim holds before another process may take the delivery over (a sender that died). */
  leaseMs?: number;
  /** Deliveries claimed per pass, and sent at once (100 by default). */
  batch?: number;
  /** Told each attempt's outcome (/metrics). */
  onAttempt?(attempt: { channel: string; outcome: 'sent' | 'retry' | 'failed'; seconds: number }): void;
}

/**
 * Delivers the outbox in one process: every `everyMs` (and when woken) it claims due deliveries (`for update skip
 * locked`, with a lease, so processes share the queue and a dead one's claims lapse), sends them through their
 * channel, and records each outcome: SENT; PENDING again with backoff; or FAILED after the last attempt or a
 * permanent refusal. Nothing is sent in quiet hours (nights, non-working days): deliveries wait for the morning.
 * A process killed between the outbox write and the send sends it after restart, once: a delivery is only ever
 * claimed while PENDING, and SENT is recorded against the claim that sent it.
 */
export class MessageSender {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly deps: SenderDeps,
    private readonly everyMs: number,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.wake(), this.everyMs);
    this.timer.unref();
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => 0);
    await this.deps.channels.close();
  }

  /** Runs a pass soon (new messages were queued); a pass under way runs once more after it. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.drain().catch((error: unknown) => log.error({ err: error }, '消息发送失败，下一轮再试'));
  }

  /** Sends what is due until nothing is; returns how many were sent. A pass under way is waited for first. */
  async drain(): Promise<number> {
    if (this.running) await this.running.catch(() => 0);
    this.running ??= this.passes().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async passes(): Promise<number> {
    let sent = 0;
    for (;;) {
      this.again = false;
      const { claimed, delivered } = await this.pass();
      sent += delivered;
      // A turn of the event loop between passes: a backlog of thousands never holds live requests back for long.
      await new Promise((resolve) => setImmediate(resolve));
      if (claimed === 0 && !this.again) return sent;
      if (this.stopped) return sent;
    }
  }

  /** One pass: claim a batch, send it, record it. */
  private async pass(): Promise<{ claimed: number; delivered: number }> {
    const { db, catalog, settings, clock } = this.deps;
    const now = clock.now();
    const scope = new RequestScope(db, catalog, settings, null, null, clock);
    if (isQuietTime(now, await getWorkingCalendar(scope))) return { claimed: 0, delivered: 0 };
    const claimed = await claimDueDeliveries(db, now, this.deps.leaseMs ?? 60_000, this.deps.batch ?? 100);
    if (claimed.length === 0) return { claimed: 0, delivered: 0 };
    const names = new Map<number, MessageNames>();
    for (const planId of new Set(claimed.map((row) => row.message.planId))) {
      const facts = claimed.filter((row) => row.message.planId === planId).map((row) => row.message.facts);
      names.set(planId, await messageNames(scope, planId, facts));
    }
    const outcomes = await Promise.all(
      claimed.map(async (row) => {
        const named = names.get(row.message.planId) as MessageNames;
        const link = new URL(messageLink(row.message.facts, named), this.deps.publicUrl()).toString();
        return {
          claimed: row.delivery,
          outcome: await this.send(row, link, composeMessage(row.message.facts, named, link)),
        };
      }),
    );
    await recordAttempts(db, outcomes);
    return {
      claimed: claimed.length,
      delivered: outcomes.filter(({ outcome }) => outcome.state === DeliveryState.SENT).length,
    };
  }

  /** Sends one delivery; its outcome is recorded with the rest of the pass's. */
  private async send(row: ClaimedDelivery, link: string, text: MessageText): Promise<AttemptOutcome> {
    const { clock } = this.deps;
    const started = performance.now();
    const { delivery, message, contact } = row;
    const report = (outcome: 'sent' | 'retry' | 'failed') =>
      this.deps.onAttempt?.({
        channel: delivery.channel,
        outcome,
        seconds: (performance.now() - started) / 1000,
      });
    try {
      if (!contact) throw new DeliveryError('联系方式已删除', { permanent: true });
      await this.deps.channels.send(
        {
          deliveryId: delivery.id,
          messageId: message.id,
          kind: message.kind,
          text,
          link,
          createdAt: message.createdAt,
        },
        { channel: delivery.channel, address: delivery.address, format: contact.format, secret: contact.secret },
      );
      report('sent');
      return { state: DeliveryState.SENT, at: clock.now() };
    } catch (error) {
      const failure = asDeliveryError(error);
      const reason = failure.message;
      const permanent = failure.permanent;
      const attempt = delivery.attempts + 1;
      const delay = permanent ? null : nextAttemptDelayMs(attempt);
      log.warn({ deliveryId: delivery.id, channel: delivery.channel, attempt, permanent }, reason);
      if (delay === null) {
        report('failed');
        return { state: DeliveryState.FAILED, error: reason };
      }
      report('retry');
      return { state: DeliveryState.PENDING, error: reason, nextAttemptAt: new Date(clock.now().getTime() + delay) };
    }
  }
}
