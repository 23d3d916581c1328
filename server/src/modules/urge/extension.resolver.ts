import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { LoggedEvent } from '../../realtime/event-reader';
import type { Context } from '../../shared/context';
import { EventType, payloadOf } from '../event';
import { PlanEvent, revive } from '../feed';
import { getUserById, User, type UserRow } from '../user';
import {
  approveExtension,
  getExtensionRequestsOf,
  getNoticeViewerCan,
  refuseExtension,
  requestExtension,
} from './extension.service';
import { ExtensionRequestState, UrgeLevel } from './urge.enum';
import { RequestExtensionInput } from './urge.input';
import { findNotice, getUrgeNoticesOfPlan } from './urge.service';
import type { ExtensionRequestRow, UrgeNoticeRow } from './urge.table';
import { ExtensionRequest, UrgeNotice, UrgeNoticeViewerCan } from './urge.type';

@Resolver(() => ExtensionRequest)
export class ExtensionRequestResolver {
  @Mutation(() => ExtensionRequest, { description: '延期申请: the department asks for a later reply date.' })
  requestExtension(
    @Arg('input', () => RequestExtensionInput) input: RequestExtensionInput,
    @Ctx() ctx: Context,
  ): Promise<ExtensionRequestRow> {
    return requestExtension(ctx.scope, input);
  }

  @Mutation(() => ExtensionRequest, {
    description: '同意延期: the office approves; the notice’s reply date moves (LEADER, ADMIN).',
  })
  approveExtension(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true, description: 'A remark (up to 2000 characters).' })
    note: string | null,
    @Ctx() ctx: Context,
  ): Promise<ExtensionRequestRow> {
    return approveExtension(ctx.scope, id, note ?? null);
  }

  @Mutation(() => ExtensionRequest, { description: '不同意延期: the office refuses, saying why (LEADER, ADMIN).' })
  refuseExtension(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { description: 'Why (1–2000 characters).' }) reason: string,
    @Ctx() ctx: Context,
  ): Promise<ExtensionRequestRow> {
    return refuseExtension(ctx.scope, id, reason);
  }

  @FieldResolver(() => ID, { description: 'The request’s id.' })
  id(@Root() request: ExtensionRequestRow): string {
    return String(request.id);
  }

  @FieldResolver(() => UrgeNotice, { description: 'The notice it is for.' })
  async urgeNotice(@Root() request: ExtensionRequestRow, @Ctx() ctx: Context): Promise<UrgeNoticeRow> {
    // Through the plan's notices (one batched read per request), not a statement per extension request.
    const notices = await getUrgeNoticesOfPlan(ctx.scope, request.planId);
    return (
      notices.find((notice) => notice.id === request.urgeNoticeId) ??
      findNotice(ctx.scope, String(request.urgeNoticeId))
    );
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who asked.' })
  requestedBy(@Root() request: ExtensionRequestRow, @Ctx() ctx: Context): Promise<UserRow | null> {
    return getUserById(ctx.scope, request.requestedBy);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who decided.' })
  decidedBy(@Root() request: ExtensionRequestRow, @Ctx() ctx: Context): Promise<UserRow | null> {
    return request.decidedBy === null ? Promise.resolve(null) : getUserById(ctx.scope, request.decidedBy);
  }
}

@Resolver(() => UrgeNotice)
export class UrgeNoticeExtensionResolver {
  @FieldResolver(() => [ExtensionRequest], { description: 'Its extension requests, oldest first.' })
  extensionRequests(@Root() notice: UrgeNoticeRow, @Ctx() ctx: Context): Promise<ExtensionRequestRow[]> {
    return getExtensionRequestsOf(ctx.scope, notice.id);
  }

  @FieldResolver(() => ExtensionRequest, { nullable: true, description: 'The request awaiting the office, if any.' })
  async pendingExtension(@Root() notice: UrgeNoticeRow, @Ctx() ctx: Context): Promise<ExtensionRequestRow | null> {
    const requests = await getExtensionRequestsOf(ctx.scope, notice.id);
    return requests.find((request) => request.state === ExtensionRequestState.PENDING) ?? null;
  }

  @FieldResolver(() => UrgeNoticeViewerCan, { description: 'What the viewer may do with the notice now.' })
  viewerCan(@Root() notice: UrgeNoticeRow, @Ctx() ctx: Context): Promise<UrgeNoticeViewerCan> {
    return getNoticeViewerCan(ctx.scope, notice);
  }

  @FieldResolver(() => LocalDateResolver, {
    description: 'The reply date agreed: as issued, or as an approved extension set it; escalation leaves it.',
  })
  agreedDueOn(@Root() notice: UrgeNoticeRow): string {
    return notice.agreedDueOn ?? notice.dueOn;
  }

  @FieldResolver(() => UrgeLevel, { description: 'The level it was issued at (`level` rises as it escalates).' })
  issuedLevel(@Root() notice: UrgeNoticeRow): UrgeLevel {
    return notice.issuedLevel ?? notice.level;
  }
}

const NOTICE_DATES = ['issuedAt', 'acknowledgedAt', 'respondedAt', 'returnedAt', 'closedAt', 'escalatedAt'] as const;
const REQUEST_DATES = ['requestedAt', 'decidedAt'] as const;

/** The events that record a notice as they left it (`after`). */
const NOTICE_EVENTS = [
  EventType.URGE_NOTICE_ISSUED,
  EventType.URGE_NOTICE_ACKNOWLEDGED,
  EventType.URGE_NOTICE_RESPONDED,
  EventType.URGE_NOTICE_CLOSED,
  EventType.URGE_NOTICE_RETURNED,
  EventType.URGE_NOTICE_ESCALATED,
  EventType.EXTENSION_APPROVED,
  EventType.EXTENSION_REFUSED,
] as const;

/** The events that record an extension request. */
const REQUEST_EVENTS = [
  EventType.EXTENSION_REQUESTED,
  EventType.EXTENSION_APPROVED,
  EventType.EXTENSION_REFUSED,
] as const;

@Resolver(() => PlanEvent)
export class PlanEventUrgeResolver {
  @FieldResolver(() => UrgeNotice, {
    nullable: true,
    description: 'For URGE_NOTICE_* and EXTENSION_APPROVED/REFUSED: the notice as the event left it.',
  })
  urgeNotice(@Root() event: LoggedEvent): UrgeNoticeRow | null {
    return revive<UrgeNoticeRow>(payloadOf(event.row, ...NOTICE_EVENTS)?.after, NOTICE_DATES);
  }

  @FieldResolver(() => ExtensionRequest, {
    nullable: true,
    description: 'For EXTENSION_REQUESTED/APPROVED/REFUSED: the request as the event left it.',
  })
  extensionRequest(@Root() event: LoggedEvent): ExtensionRequestRow | null {
    return revive<ExtensionRequestRow>(payloadOf(event.row, ...REQUEST_EVENTS)?.request, REQUEST_DATES);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'For URGE_NOTICE_ESCALATED: why it escalated, in words (逾期未反馈，由「提醒」升级为「催办」…).',
  })
  escalationReason(@Root() event: LoggedEvent): string | null {
    return payloadOf(event.row, EventType.URGE_NOTICE_ESCALATED)?.reason ?? null;
  }
}
