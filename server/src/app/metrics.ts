import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { MetricsAccess } from '../config/env';
import type { Db, PoolUse, StatementTally } from '../db/client';
import { pendingDeliveries } from '../modules/message';
import { type OfficeFigures, readOfficeFigures } from '../modules/supervision';
import { readHead } from '../realtime/event-reader';
import type { EventStream } from '../realtime/event-stream';
import { addressAllowed } from '../shared/address-range';
import type { Clock } from '../shared/clock';
import type { DerivedCache } from '../shared/derived-cache';
import { componentLog } from '../shared/logger';
import { withinDeadline } from './health';

/** Business figures are read at most this often, however often Prometheus scrapes. */
const FIGURES_TTL_MS = 15_000;
/** A scrape's own database reads give up after this, so a slow database cannot hang the scraper. */
const SCRAPE_QUERY_TIMEOUT_MS = 2_000;
/** Operation names are the client's to choose: past this many distinct ones, the rest share one label value. */
const MAX_OPERATION_LABELS = 200;

const log = componentLog('metrics');

export interface MetricsSources {
  db: Db;
  clock: Clock;
  eventStream: EventStream;
  webSocket(): { sockets: number; shapes: number };
  /** The process's statement counter (Database.counter), when the server was given it. */
  statements?: StatementTally;
  /** The PostgreSQL pool's use (Database.poolUse). */
  pool?(): PoolUse;
  /** How long the office figures are kept between scrapes (FIGURES_TTL_MS; 0 in tests, which count them). */
  figuresTtlMs?: number;
  /** Derived state shared by requests at one standing of the data (shared/derived-cache.ts). */
  derived?: DerivedCache;
}

/**
 * A read shared by the gauges one scrape collects (prom-client collects them together): made at most once a second,
 * a failure answered as null and not kept.
 */
function sharedBriefly<T>(read: () => Promise<T>, ttlMs = 1_000): () => Promise<T | null> {
  let last: { at: number; value: Promise<T | null> } | null = null;
  return () => {
    const now = Date.now();
    if (!last || now - last.at >= ttlMs) last = { at: now, value: read().catch(() => null) };
    return last.value;
  };
}

/**
 * The process's Prometheus metrics (prom-client, one registry per server): request counts and durations, sockets
 * and live subscriptions, the event stream, the supervisor, the database, and the office's figures. Counters that
 * components keep themselves (statements, events read) are read when scraped; the rest are observed as they happen.
 */
export class ServerMetrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  private figures: { at: number; value: Promise<OfficeFigures> } | null = null;

  private readonly httpRequests = new Counter({
    name: 'duban_http_requests_total',
    help: 'HTTP requests answered, by route (graphql, upload, office) and status',
    labelNames: ['route', 'status'] as const,
    registers: [this.registry],
  });
  private readonly httpDuration = new Histogram({
    name: 'duban_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route',
    labelNames: ['route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly graphqlOperations = new Counter({
    name: 'duban_graphql_operations_total',
    help: 'GraphQL operations over HTTP, by operation name, type and outcome (ok, or the first error code)',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly graphqlDuration = new Histogram({
    name: 'duban_graphql_operation_duration_seconds',
    help: 'Time to answer a GraphQL operation over HTTP, by operation name',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly liveSubscriptions = new Gauge({
    name: 'duban_subscriptions_live',
    help: 'Live GraphQL subscriptions over WebSocket, by operation name',
    labelNames: ['operation'] as const,
    registers: [this.registry],
  });
  private readonly subscriptionsStarted = new Counter({
    name: 'duban_subscriptions_started_total',
    help: 'GraphQL subscriptions started, by operation name',
    labelNames: ['operation'] as const,
    registers: [this.registry],
  });
  private readonly sweepDuration = new Histogram({
    name: 'duban_supervision_sweep_seconds',
    help: "Time the supervisor's warning sweep of every active plan took",
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [this.registry],
  });
  private readonly sweepFailures = new Counter({
    name: 'duban_supervision_sweep_failures_total',
    help: 'Warning sweeps that failed (retried on the next tick)',
    registers: [this.registry],
  });
  private readonly sweepEvents = new Counter({
    name: 'duban_supervision_sweep_events_total',
    help: 'Events the warning sweeps appended (WARNING_CHANGED, escalations)',
    registers: [this.registry],
  });
  private readonly reminderSweepDuration = new Histogram({
    name: 'duban_reminder_sweep_seconds',
    help: 'Time the reminder sweep of every active plan took',
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [this.registry],
  });
  private readonly remindersQueued = new Counter({
    name: 'duban_reminders_queued_total',
    help: 'Messages the reminder sweeps queued (reporting reminders, reply dates near, digests)',
    registers: [this.registry],
  });
  private readonly deliveryAttempts = new Counter({
    name: 'duban_message_deliveries_total',
    help: 'Delivery attempts by channel and outcome (sent, retry, failed)',
    labelNames: ['channel', 'outcome'],
    registers: [this.registry],
  });

  constructor(private readonly sources: MetricsSources) {
    collectDefaultMetrics({ register: this.registry, prefix: 'duban_process_' });
    const { registry } = this;
    const gauge = (name: string, help: string, read: () => number) =>
      new Gauge({
        name,
        help,
        registers: [registry],
        collect() {
          this.set(read());
        },
      });
    // Counters kept by their components, read as they stand at the scrape: a Counter that is reset and set to it.
    const counter = (name: string, help: string, read: () => number) =>
      new Counter({
        name,
        help,
        registers: [registry],
        collect() {
          this.reset();
          this.inc(read());
        },
      });
    gauge('duban_ws_sockets', 'Open WebSocket connections', () => sources.webSocket().sockets);
    gauge('duban_subscription_shapes', 'Shared subscription shapes (one execution per event each)', () => {
      return sources.webSocket().shapes;
    });
    gauge('duban_event_stream_subscribers', 'Subscribers of the process event stream', () => sources.eventStream.size);
    counter('duban_events_read_total', 'Events the process event stream read from the log', () => {
      return sources.eventStream.counts().read;
    });
    counter('duban_events_delivered_total', 'Events handed to subscribers (one per event and subscriber)', () => {
      return sources.eventStream.counts().delivered;
    });
    counter('duban_event_stream_read_failures_total', 'Reads of the event log that failed (retried)', () => {
      return sources.eventStream.counts().failedReads;
    });
    const { derived } = sources;
    if (derived) {
      const tally = derived.tally;
      counter('duban_derived_shared_total', 'Derived state found kept for the request’s standing', () => tally.shared);
      counter('duban_derived_fresh_total', 'Derived state buckets made anew (first request at a standing)', () => {
        return tally.fresh;
      });
      counter('duban_derived_refused_total', 'Requests at an unsettled standing: computed alone', () => tally.refused);
      counter('duban_derived_carried_total', 'Moves to a new standing that carried state over', () => tally.carried);
      counter('duban_derived_rebuilt_total', 'Moves to a new standing that started over', () => tally.rebuilt);
    }
    const { statements, pool } = sources;
    if (statements) {
      counter(
        'duban_db_statements_total',
        'SQL statements sent through the query builder',
        () => statements.statements,
      );
    }
    if (pool) {
      gauge('duban_db_pool_max', 'Connections the PostgreSQL pool may open', () => pool().max);
      gauge('duban_db_pool_in_flight', 'Statements and transactions under way (above pool_max: waiting)', () => {
        return pool().inFlight;
      });
    }
    new Gauge({
      name: 'duban_event_stream_lag',
      help: 'Newest committed event id minus newest event id the stream delivered (0 while nobody listens)',
      registers: [registry],
      async collect() {
        const newestRead = sources.eventStream.counts().newestReadId;
        if (newestRead === null) return this.set(0);
        const head = await withinDeadline(readHead(sources.db), SCRAPE_QUERY_TIMEOUT_MS).catch(() => null);
        // The stream may read past the head read a moment ago: never negative.
        if (head) this.set(Math.max(0, head.id - newestRead));
      },
    });
    const figures = () => this.officeFigures();
    new Gauge({
      name: 'duban_warnings',
      help: 'Measures at each warning level, by plan (active plans, as the last sweep recorded them)',
      labelNames: ['plan', 'level'] as const,
      registers: [registry],
      async collect() {
        const value = await figures();
        if (!value) return;
        this.reset();
        for (const { planCode, level, measures } of value.warnings) this.set({ plan: planCode, level }, measures);
      },
    });
    // Both delivery gauges from one read per scrape.
    const deliveries = sharedBriefly(() => withinDeadline(pendingDeliveries(sources.db), SCRAPE_QUERY_TIMEOUT_MS));
    new Gauge({
      name: 'duban_message_deliveries_pending',
      help: 'Message deliveries waiting to be sent (queued, held over quiet hours, or backing off)',
      registers: [registry],
      async collect() {
        const value = await deliveries();
        if (value) this.set(value.pending);
      },
    });
    new Gauge({
      name: 'duban_message_delivery_oldest_pending_seconds',
      help: 'Age of the oldest message delivery still waiting (0 when none): a sender that stopped shows here',
      registers: [registry],
      async collect() {
        const value = await deliveries();
        if (value)
          this.set(value.oldest ? Math.max(0, (sources.clock.now().getTime() - value.oldest.getTime()) / 1000) : 0);
      },
    });
    new Gauge({
      name: 'duban_reports_today',
      help: 'Progress reports submitted today (Beijing time)',
      registers: [registry],
      async collect() {
        const value = await figures();
        if (value) this.set(value.reportsToday);
      },
    });
  }

  /** One HTTP request answered (GraphQL, uploads, office documents). */
  observeHttp(route: string, status: number, seconds: number): void {
    this.httpRequests.inc({ route, status: String(status) });
    this.httpDuration.observe({ route }, seconds);
  }

  /** One GraphQL operation answered over HTTP. */
  observeGraphql(operation: string | null, type: string | null, outcome: string, seconds: number): void {
    const labels = { operation: this.operationLabel(operation), type: type ?? 'unknown' };
    this.graphqlOperations.inc({ ...labels, outcome });
    this.graphqlDuration.observe(labels, seconds);
  }

  /** A subscription started (+1) or ended (-1). */
  subscriptionCount(operation: string, delta: 1 | -1): void {
    const label = this.operationLabel(operation);
    this.liveSubscriptions.inc({ operation: label }, delta);
    if (delta > 0) this.subscriptionsStarted.inc({ operation: label });
  }

  /** The supervisor finished a sweep. */
  swept(sweep: { seconds: number; appended: number; failed: boolean }): void {
    this.sweepDuration.observe(sweep.seconds);
    if (sweep.failed) this.sweepFailures.inc();
    this.sweepEvents.inc(sweep.appended);
  }

  /** A reminder sweep finished. */
  reminded(sweep: { seconds: number; queued: number; failed: boolean }): void {
    this.reminderSweepDuration.observe(sweep.seconds);
    this.remindersQueued.inc(sweep.queued);
  }

  /** A delivery was attempted. */
  delivered(attempt: { channel: string; outcome: string }): void {
    this.deliveryAttempts.inc({ channel: attempt.channel, outcome: attempt.outcome });
  }

  /** The Prometheus text exposition of every metric. */
  async scrape(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  private operationLabel(operation: string | null): string {
    const name = operation ?? '(anonymous)';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_LABELS) return '(other)';
    this.operations.add(name);
    return name;
  }

  /** The office figures, read at most every FIGURES_TTL_MS; null when the database did not answer in time. */
  private async officeFigures(): Promise<OfficeFigures | null> {
    const now = Date.now();
    if (!this.figures || now - this.figures.at >= (this.sources.figuresTtlMs ?? FIGURES_TTL_MS)) {
      const value = withinDeadline(readOfficeFigures(this.sources.db, this.sources.clock), SCRAPE_QUERY_TIMEOUT_MS);
      this.figures = { at: now, value };
      // A failed read is not kept: the next scrape tries again.
      value.catch((error: unknown) => {
        if (this.figures?.value === value) this.figures = null;
        log.warn({ cause: error instanceof Error ? error.message : String(error) }, '业务指标读取失败');
      });
    }
    return this.figures.value.catch(() => null);
  }
}

/**
 * Whether a request may read /metrics: from an allowed address (METRICS_ALLOW, loopback by default), or with the
 * bearer token METRICS_TOKEN from anywhere.
 */
export function metricsAllowed(req: IncomingMessage, access: MetricsAccess): boolean {
  if (access.token) {
    const sent = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim();
    if (sent) {
      const a = Buffer.from(sent);
      const b = Buffer.from(access.token);
      if (a.length === b.length && timingSafeEqual(a, b)) return true;
    }
  }
  return addressAllowed(req.socket.remoteAddress, access.allow);
}
