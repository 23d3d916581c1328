import type { Db } from '../../db/client';
import type { Clock } from '../../shared/clock';
import { type EventConsequence, EventType, type NewEvent } from '../event';
import { MessageKind, UrgeStep } from './message.enum';
import type { UrgeNoticeFacts } from './message.facts';
import { instructionAddressees, type MessageItem, type QueuedGroup, queueMessages } from './message.repository';

/** The events that tell someone something, and what they queue (issue 19, "what is sent"). */
const TOLD = new Set<EventType>([
  EventType.URGE_NOTICE_ISSUED,
  EventType.URGE_NOTICE_ESCALATED,
  EventType.EXTENSION_APPROVED,
  EventType.EXTENSION_REFUSED,
  EventType.PROGRESS_REPORT_RETURNED,
  EventType.INSTRUCTION_ISSUED,
]);

type Notice = {
  id: number;
  planId: number;
  measureId: number;
  departmentId: number;
  level: string;
  text: string;
  dueOn: string;
  agreedDueOn: string | null;
  escalations: number;
};

const urgeFacts = (notice: Notice, step: UrgeStep, extra: Partial<UrgeNoticeFacts> = {}): UrgeNoticeFacts => ({
  kind: MessageKind.URGE_NOTICE,
  step,
  urgeNoticeId: notice.id,
  measureId: notice.measureId,
  departmentId: notice.departmentId,
  level: notice.level,
  text: notice.text,
  replyBy: notice.agreedDueOn ?? notice.dueOn,
  ...extra,
});

/** The messages one event queues: to a department (its clerks and its own contacts). */
async function itemsOf(tx: Db, event: NewEvent): Promise<MessageItem[]> {
  switch (event.type) {
    case EventType.URGE_NOTICE_ISSUED: {
      const notice = event.payload.after;
      const facts = urgeFacts(notice, UrgeStep.ISSUED);
      return [urgeItem(notice, facts, `urge:${notice.id}:issued`)];
    }
    case EventType.URGE_NOTICE_ESCALATED: {
      const notice = event.payload.after;
      const facts = urgeFacts(notice, UrgeStep.ESCALATED, { escalations: notice.escalations });
      return [urgeItem(notice, facts, `urge:${notice.id}:escalated:${notice.escalations}`)];
    }
    case EventType.EXTENSION_APPROVED:
    case EventType.EXTENSION_REFUSED: {
      const { after: notice, request, extensionRequestId } = event.payload;
      const step =
        event.type === EventType.EXTENSION_APPROVED ? UrgeStep.EXTENSION_APPROVED : UrgeStep.EXTENSION_REFUSED;
      const facts = urgeFacts(notice, step, {
        requestedDueOn: request.requestedDueOn,
        decisionNote: request.decisionNote,
      });
      return [urgeItem(notice, facts, `urge:${notice.id}:extension:${extensionRequestId}`)];
    }
    case EventType.PROGRESS_REPORT_RETURNED: {
      const report = event.payload.after;
      return [
        {
          planId: report.planId,
          kind: MessageKind.REPORT_RETURNED,
          departmentId: report.departmentId,
          key: `returned:${report.id}:${event.payload.reviewId}`,
          facts: {
            kind: MessageKind.REPORT_RETURNED,
            reportId: report.id,
            measureId: report.measureId,
            departmentId: report.departmentId,
            period: report.period,
            reason: report.reviewNote,
          },
        },
      ];
    }
    case EventType.INSTRUCTION_ISSUED: {
      const instruction = event.payload.after;
      const addressed = await instructionAddressees(tx, instruction.measureId, instruction.issuedBy);
      const departmentIds = instruction.departmentId === null ? addressed.departmentIds : [instruction.departmentId];
      return departmentIds.map((departmentId) => ({
        planId: instruction.planId,
        kind: MessageKind.INSTRUCTION,
        departmentId,
        key: `instruction:${instruction.id}`,
        facts: {
          kind: MessageKind.INSTRUCTION,
          instructionId: instruction.id,
          departmentId,
          measureId: instruction.measureId,
          text: instruction.text,
          leader: addressed.leader,
        },
      }));
    }
    default:
      return [];
  }
}

const urgeItem = (notice: Notice, facts: UrgeNoticeFacts, key: string): MessageItem => ({
  planId: notice.planId,
  kind: MessageKind.URGE_NOTICE,
  departmentId: notice.departmentId,
  key,
  facts,
});

/** The MESSAGES_QUEUED events recording what a queue statement wrote (one per plan and kind). */
export function queuedEvents(groups: readonly QueuedGroup[], now: Date | null): NewEvent[] {
  return groups.map((group) => ({
    type: EventType.MESSAGES_QUEUED,
    // Not a plan's fact but a person's: kept out of the plans' feeds (the 消息 bell listens across plans).
    occurredAt: now ?? undefined,
    payload: {
      planId: group.planId,
      kind: group.kind,
      userIds: group.userIds,
      departmentIds: group.departmentIds,
      count: group.count,
    },
  }));
}

/**
 * The outbox's consequence of events (event.consequence.ts): the messages they cause, queued with their deliveries
 * in the events' own transaction, and MESSAGES_QUEUED for what was queued. Their time is the event's, or the rules'
 * clock's (as a notice's issue time is), so that a message and what it tells of read the same day.
 */
export function messagesFollowEvents(clock: Clock): EventConsequence {
  return {
    name: 'messages',
    types: TOLD,
    async follow(tx, events) {
      const items: MessageItem[] = [];
      for (const event of events) items.push(...(await itemsOf(tx, event)));
      const at = events[0]?.occurredAt ?? clock.now();
      return queuedEvents(await queueMessages(tx, items, at), at);
    },
  };
}
