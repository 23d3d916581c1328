import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ExtensionRequestState, UrgeLevel, UrgeNoticeState } from './urge.enum';
import type { ExtensionRequestRow, UrgeNoticeRow } from './urge.table';

registerEnumType(UrgeLevel, {
  name: 'UrgeLevel',
  description: 'How hard a notice presses.',
  valuesConfig: { REMIND: { description: '提醒' }, CHASE: { description: '催办' }, SUPERVISE: { description: '督办' } },
});

registerEnumType(ExtensionRequestState, {
  name: 'ExtensionRequestState',
  description: 'Where a request for a later reply date stands.',
  valuesConfig: {
    PENDING: { description: '待审批' },
    APPROVED: { description: '已同意' },
    REFUSED: { description: '不同意' },
    WITHDRAWN: { description: '已撤销（部门已反馈，无需延期）' },
  },
});

registerEnumType(UrgeNoticeState, {
  name: 'UrgeNoticeState',
  description: 'Where a notice stands: issued → acknowledged → responded → closed, or returned and responded again.',
  valuesConfig: {
    ISSUED: { description: '已下发' },
    ACKNOWLEDGED: { description: '已签收' },
    RESPONDED: { description: '已反馈' },
    RETURNED: { description: '已退回（待重新反馈）' },
    CLOSED: { description: '已办结' },
  },
});

@ObjectType('UrgeNotice', {
  description: '督办单: a leader presses a department on a measure; every step time-stamped.',
})
export class UrgeNotice
  implements
    Pick<
      UrgeNoticeRow,
      | 'level'
      | 'text'
      | 'dueOn'
      | 'state'
      | 'issuedAt'
      | 'acknowledgedAt'
      | 'respondedAt'
      | 'response'
      | 'returnedAt'
      | 'returnReason'
      | 'closedAt'
      | 'escalations'
      | 'escalatedAt'
      | 'version'
    >
{
  @Field(() => UrgeLevel, { description: '提醒, 催办 or 督办.' })
  level!: UrgeLevel;

  @Field(() => String, { description: 'What is asked.' })
  text!: string;

  @Field(() => LocalDateResolver, { description: 'Reply by this day (escalation moves it on).' })
  dueOn!: string;

  @Field(() => UrgeNoticeState, { description: 'Where it stands.' })
  state!: UrgeNoticeState;

  @Field(() => DateTimeISOResolver, { description: '下发: when it was issued.' })
  issuedAt!: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: '签收: when the department signed for it.' })
  acknowledgedAt!: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: '反馈: when the department last replied.' })
  respondedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The department’s latest reply.' })
  response!: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: '退回: when the office last sent it back.' })
  returnedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was sent back.' })
  returnReason!: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: '办结: when the office closed it.' })
  closedAt!: Date | null;

  @Field(() => Int, { description: 'How many times it escalated because its reply date passed unanswered (逾期升级).' })
  escalations!: number;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When it last escalated.' })
  escalatedAt!: Date | null;

  @Field(() => Int, { description: 'Moves on with every step.' })
  version!: number;
}

@ObjectType('ExtensionRequest', {
  description: '延期申请: a department asks for a later reply date on a notice; the office approves or refuses.',
})
export class ExtensionRequest
  implements
    Pick<
      ExtensionRequestRow,
      'reason' | 'requestedDueOn' | 'previousDueOn' | 'state' | 'requestedAt' | 'decidedAt' | 'decisionNote'
    >
{
  @Field(() => String, { description: 'Why the department needs more time.' })
  reason!: string;

  @Field(() => LocalDateResolver, { description: 'The reply date asked for.' })
  requestedDueOn!: string;

  @Field(() => LocalDateResolver, { description: 'The reply date when it was asked.' })
  previousDueOn!: string;

  @Field(() => ExtensionRequestState, { description: 'Pending, approved or refused.' })
  state!: ExtensionRequestState;

  @Field(() => DateTimeISOResolver, { description: 'When it was asked.' })
  requestedAt!: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the office decided.' })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The office’s note: why it refused, or a remark on approval.' })
  decisionNote!: string | null;
}

@ObjectType('UrgeNoticeViewerCan', {
  description:
    'What the signed-in viewer may do with the notice now: the policy (role, and for a clerk its department or ' +
    'group) and the notice’s state, as the mutation will judge them.',
})
export class UrgeNoticeViewerCan {
  @Field(() => Boolean, { description: '签收 (acknowledgeUrgeNotice).' })
  acknowledge!: boolean;

  @Field(() => Boolean, { description: '反馈 (respondToUrgeNotice).' })
  respond!: boolean;

  @Field(() => Boolean, { description: '申请延期 (requestExtension): owed a reply, and no request pending.' })
  requestExtension!: boolean;

  @Field(() => Boolean, { description: '同意/不同意延期 the pending request (approveExtension, refuseExtension).' })
  decideExtension!: boolean;

  @Field(() => Boolean, { description: '办结 (closeUrgeNotice).' })
  close!: boolean;

  @Field(() => Boolean, { description: '退回 (returnUrgeNoticeForRevision).' })
  returnForRevision!: boolean;
}
