import { JSONObjectResolver } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context';
import type { MaybePromise } from '../../shared/loader';
import { Department, type DepartmentRow, getDepartmentById } from '../department';
import { type EventRow, EventType, payloadOf } from '../event';
import { getMeasureById, Measure, type MeasureRow } from '../measure';
import { getPlanById, Plan, type PlanRow } from '../plan';
import { getUserById, User, type UserRow } from '../user';
import { AuditFilter } from './audit.input';
import { getAuditTrail } from './audit.service';
import { AuditEntry, AuditPage } from './audit.type';

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditPage, { description: 'The audit trail of writes, newest first (LEADER and ADMIN).' })
  auditTrail(
    @Arg('filter', () => AuditFilter, { nullable: true }) filter: AuditFilter | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, at most 200.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The nextCursor of the previous page.' })
    after: string | null,
    @Ctx() ctx: Context,
  ) {
    return getAuditTrail(ctx.scope, filter, first, after);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who wrote it; null for the system (seeds, CLI).' })
  actor(@Root() entry: EventRow, @Ctx() ctx: Context): Promise<UserRow | null> | null {
    return entry.actorUserId === null ? null : getUserById(ctx.scope, entry.actorUserId);
  }

  @FieldResolver(() => Plan, { nullable: true, description: 'The plan it touched.' })
  plan(@Root() entry: EventRow, @Ctx() ctx: Context): MaybePromise<PlanRow> | null {
    return entry.planId === null ? null : getPlanById(ctx.scope, entry.planId);
  }

  @FieldResolver(() => Department, { nullable: true, description: 'The department it touched.' })
  department(@Root() entry: EventRow, @Ctx() ctx: Context): MaybePromise<DepartmentRow> | null {
    return entry.departmentId === null ? null : getDepartmentById(ctx.scope, entry.departmentId);
  }

  @FieldResolver(() => Measure, { nullable: true, description: 'The measure it touched.' })
  measure(@Root() entry: EventRow, @Ctx() ctx: Context): MaybePromise<MeasureRow> | null {
    return entry.planId === null || entry.measureId === null
      ? null
      : getMeasureById(ctx.scope, entry.planId, entry.measureId);
  }

  @FieldResolver(() => JSONObjectResolver, { nullable: true, description: 'The record before the write.' })
  before(@Root() entry: EventRow): unknown {
    return entry.payload.before ?? null;
  }

  @FieldResolver(() => JSONObjectResolver, { nullable: true, description: 'The record after the write.' })
  after(@Root() entry: EventRow): unknown {
    return entry.payload.after ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'What marks the write, in Chinese, e.g. 办公室补录，原报送日期 2024-03-04 for backfilled history.',
  })
  note(@Root() entry: EventRow): string | null {
    return payloadOf(entry, EventType.PROGRESS_REPORTED)?.note ?? null;
  }

  @FieldResolver(() => JSONObjectResolver, { description: 'Everything the event recorded.' })
  payload(@Root() entry: EventRow): Record<string, unknown> {
    return entry.payload;
  }
}
