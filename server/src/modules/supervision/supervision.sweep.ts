import { eq, sql } from 'drizzle-orm';
import type { SecuritySettings } from '../../config/env';
import { type Db, executeRows } from '../../db/client';
import type { CatalogCache } from '../../shared/catalog-cache';
import { type Clock, today as todayOf } from '../../shared/clock';
import { componentLog } from '../../shared/logger';
import { PeriodicSweep } from '../../shared/periodic-sweep';
import { RequestScope } from '../../shared/request-scope';
import { appendEvents, EventType, events } from '../event';
import { getMeasureIndex } from '../measure';
import { PlanState, plans } from '../plan';
import { escalateOverdueNotices } from '../urge';
import { getMeasureWarning } from './supervision.service';
import { warningStates } from './supervision.table';

/** Advisory lock namespace of the sweep (with the plan id): processes sweeping together take turns. */
const SWEEP_LOCK = 0x5157;
const log = componentLog('supervision');

/** The writes that can change a warning; the clock's date is the other input. */
const INPUTS = [
  EventType.PLAN_IMPORTED,
  EventType.PLAN_PUBLISHED,
  // 方案调整: measures added, withdrawn or re-assigned.
  EventType.PLAN_REVISED,
  EventType.PROGRESS_REPORTED,
  EventType.PROGRESS_REPORT_EDITED,
  EventType.PROGRESS_REPORT_WITHDRAWN,
  EventType.CALENDAR_DAY_SET,
  EventType.CALENDAR_DAY_CLEARED,
  EventType.REPORTING_CYCLE_SET,
  // A refused extension lets an overdue notice escalate at once.
  EventType.EXTENSION_REFUSED,
];

/**
 * Recomputes every measure's warning in a plan and records each level that changed since the last sweep as a
 * WARNING_CHANGED event (payload: before and after, each with level, reason and the day). The first sweep of a
 * plan records its levels silently: there is no change to report. Returns how many events it appended.
 */
export async function sweepWarnings(scope: RequestScope, planId: number): Promise<number> {
  // Everything is computed before the transaction: inside a PGlite transaction only `tx` may query.
  const index = await getMeasureIndex(scope, planId);
  // A withdrawn measure (撤销) carries no duty: the sweep no longer judges it, so it raises no warning.
  const today = todayOf(scope.clock);
  const current = await Promise.all(
    index.list
      .filter((m) => !index.isWithdrawn(m, today))
      .map(async (measure) => ({ measure, warning: await getMeasureWarning(scope, measure) })),
  );
  return scope.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SWEEP_LOCK}, ${planId})`);
    const stored = new Map(
      (await tx.select().from(warningStates).where(eq(warningStates.planId, planId))).map((row) => [
        row.measureId,
        row,
      ]),
    );
    const changed = current.filter(({ measure, warning }) => stored.get(measure.id)?.level !== warning.level);
    if (changed.length === 0) return 0;
    const now = scope.clock.now();
    for (const { measure, warning } of changed) {
      const values = { level: warning.level, reason: warning.reason, asOf: warning.asOf, updatedAt: now };
      await tx
        .insert(warningStates)
        .values({ measureId: measure.id, planId, ...values })
        .onConflictDoUpdate({ target: warningStates.measureId, set: values });
    }
    if (stored.size === 0) return 0;
    await appendEvents(
      tx,
      changed.map(({ measure, warning }) => {
        const before = stored.get(measure.id);
        return {
          type: EventType.WARNING_CHANGED,
          planId,
          measureId: measure.id,
          goalId: index.goalIdOf(measure),
          occurredAt: now,
          payload: {
            before: before ? { level: before.level, reason: before.reason, asOf: before.asOf } : null,
            after: { level: warning.level, reason: warning.reason, asOf: warning.asOf },
          },
        };
      }),
    );
    return changed.length;
  });
}

export interface SupervisorDeps {
  db: Db;
  catalog: CatalogCache;
  settings: SecuritySettings;
  clock: Clock;
  /** Told how long each sweep of every plan took, how many events it appended, and whether it failed (/metrics). */
  onSwept?(sweep: { seconds: number; appended: number; failed: boolean }): void;
}

/**
 * Keeps the recorded warnings current in one process: every `everyMs` it sweeps every plan when the day (Beijing
 * time, by the clock) has changed or a write that feeds the rules has been logged since its last sweep. Deadlines
 * fall on days, so a measure turns red on the first tick of the day after its deadline, with nobody posting.
 */
export class Supervisor {
  private lastDay: string | null = null;
  /** The oldest transaction running at the last tick: inputs logged since have transaction ids at or above it. */
  private horizon: string | null = null;
  private readonly loop: PeriodicSweep;

  constructor(
    private readonly deps: SupervisorDeps,
    private readonly everyMs: number,
  ) {
    this.loop = new PeriodicSweep({
      label: '预警巡检',
      log,
      sweep: () => this.sweepPlans(),
      onSwept: ({ seconds, count, failed }) => deps.onSwept?.({ seconds, appended: count, failed }),
    });
  }

  start(): void {
    this.loop.start(this.everyMs, () => this.tick());
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /**
   * Sweeps if the day changed or an input was logged since the last tick. "Since" is by transaction id: every event
   * committed after the last tick has a transaction id at or above the oldest transaction then still running
   * (`pg_snapshot_xmin`), and the (transaction_id, id) index finds them without scanning the log.
   */
  async tick(): Promise<number> {
    if (this.loop.busy) return 0;
    const day = todayOf(this.deps.clock);
    const since = this.horizon ?? '0';
    const [row] = await executeRows<{ horizon: string; fed: boolean }>(
      this.deps.db,
      sql`select pg_snapshot_xmin(pg_current_snapshot())::text as horizon,
        exists (select 1 from ${events} where ${events.transactionId} >= ${since}::xid8
          and ${events.type} in (${sql.join(
            INPUTS.map((type) => sql`${type}`),
            sql`, `,
          )})) as fed`,
    );
    if (day === this.lastDay && !row?.fed) {
      this.horizon = row?.horizon ?? since;
      return 0;
    }
    const swept = await this.sweepNow();
    this.lastDay = day;
    this.horizon = row?.horizon ?? since;
    return swept;
  }

  /**
   * Sweeps every plan now, one after another; returns the events appended. A sweep already under way may have read
   * the facts before the caller's last write: it is waited for, and a fresh one run after it.
   */
  sweepNow(): Promise<number> {
    return this.loop.sweepNow();
  }

  private async sweepPlans(): Promise<number> {
    const { db, catalog, settings, clock } = this.deps;
    let appended = 0;
    // Active plans only (published, not archived; ended ones too, whose late reports still move warnings): a draft
    // owes nothing yet and an archived plan is frozen.
    const active = await db
      .select({ id: plans.id })
      .from(plans)
      .where(eq(plans.state, PlanState.ACTIVE))
      .orderBy(plans.id);
    for (const plan of active) {
      // A fresh scope per plan and sweep: it reads the reports as they are now, as the system (no viewer).
      appended += await sweepWarnings(new RequestScope(db, catalog, settings, null, null, clock), plan.id);
      appended += await escalateOverdueNotices(new RequestScope(db, catalog, settings, null, null, clock), plan.id);
    }
    return appended;
  }
}
