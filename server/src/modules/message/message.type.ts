import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ChannelKind, DeliveryState, MessageKind, WebhookFormat } from './message.enum';

registerEnumType(MessageKind, {
  name: 'MessageKind',
  description: 'What a message is about; each is a line of a person’s preferences.',
  valuesConfig: {
    REPORT_DUE: { description: '报送提醒' },
    URGE_NOTICE: { description: '督办单（不可关闭）' },
    REPORT_RETURNED: { description: '报告退回修改' },
    INSTRUCTION: { description: '领导批示' },
    WEEKLY_DIGEST: { description: '每周简报' },
  },
});

registerEnumType(ChannelKind, {
  name: 'ChannelKind',
  description: 'Where a delivery goes (in-app messages need none).',
  valuesConfig: { EMAIL: { description: '电子邮件' }, WEBHOOK: { description: '工作群机器人或 Webhook' } },
});

registerEnumType(WebhookFormat, {
  name: 'WebhookFormat',
  description: 'The message format a webhook expects.',
  valuesConfig: {
    WECOM: { description: '企业微信 / 政务微信群机器人' },
    DINGTALK: { description: '钉钉群机器人' },
    FEISHU: { description: '飞书群机器人' },
    GENERIC: { description: '通用 JSON（HMAC 签名）' },
  },
});

registerEnumType(DeliveryState, {
  name: 'DeliveryState',
  description: 'Where a delivery stands.',
  valuesConfig: {
    PENDING: { description: '待发送' },
    SENT: { description: '已发送' },
    FAILED: { description: '发送失败' },
  },
});

/** A message as the API gives it: its words made from its facts and the current names. */
export interface MessageView {
  id: number;
  kind: MessageKind;
  planCode: string;
  title: string;
  body: string;
  link: string;
  createdAt: Date;
  readAt: Date | null;
}

@ObjectType('Message', { description: '消息: a reminder, an urging notice, a return, an instruction or a digest.' })
export class Message implements MessageView {
  @Field(() => Int)
  id!: number;

  @Field(() => MessageKind)
  kind!: MessageKind;

  @Field(() => String, { description: 'The plan it concerns.' })
  planCode!: string;

  @Field(() => String, { description: 'One line.' })
  title!: string;

  @Field(() => String, { description: 'Its words, plain text.' })
  body!: string;

  @Field(() => String, { description: 'The page it opens (a path of the dashboard: the desk, the notice, the brief).' })
  link!: string;

  @Field(() => DateTimeISOResolver)
  createdAt!: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the reader opened it; null: unread.' })
  readAt!: Date | null;
}

@ObjectType('MessagePage', { description: 'A page of the viewer’s messages, newest first.' })
export class MessagePage {
  @Field(() => [Message])
  items!: MessageView[];

  @Field(() => Int, { description: 'Unread messages in all.' })
  unreadCount!: number;

  @Field(() => Boolean)
  hasMore!: boolean;
}

@ObjectType('MessageNotice', {
  description: 'Sent on the 消息 subscription when the viewer has new messages, or has read some elsewhere.',
})
export class MessageNotice {
  @Field(() => Int)
  unreadCount!: number;

  @Field(() => Message, { nullable: true, description: 'The newest message.' })
  latest!: MessageView | null;

  @Field(() => [Int], {
    description: 'The messages the viewer has just read in another tab or on another device (empty otherwise).',
  })
  readIds!: number[];
}

@ObjectType('Contact', { description: 'Where messages go besides the bell: an e-mail address or a webhook.' })
export class Contact {
  @Field(() => Int)
  id!: number;

  @Field(() => ChannelKind)
  channel!: ChannelKind;

  @Field(() => String)
  address!: string;

  @Field(() => WebhookFormat, { nullable: true })
  format!: WebhookFormat | null;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  version!: number;
}

@ObjectType('MessagePreferences', { description: 'What the viewer receives.' })
export class MessagePreferences {
  @Field(() => [MessageKind], { description: 'The kinds turned off.' })
  mutedKinds!: MessageKind[];

  @Field(() => [MessageKind], { description: 'The kinds that cannot be turned off (督办单).' })
  requiredKinds!: MessageKind[];

  @Field(() => [Contact], { description: 'The viewer’s own contacts.' })
  contacts!: Contact[];
}

@ObjectType('ReminderSettings', { description: 'A plan’s reminder settings (set by its office).' })
export class ReminderSettings {
  @Field(() => Int, { description: 'Working days before a deadline the first reporting reminder goes out.' })
  leadDays!: number;

  @Field(() => Boolean)
  weeklyDigest!: boolean;

  @Field(() => Boolean, { description: 'Whether the viewer may change them.' })
  viewerCanEdit!: boolean;
}

@ObjectType('Delivery', { description: 'One message to one contact, as the sender left it.' })
export class Delivery {
  @Field(() => Int)
  id!: number;

  @Field(() => ChannelKind)
  channel!: ChannelKind;

  @Field(() => String)
  address!: string;

  @Field(() => DeliveryState)
  state!: DeliveryState;

  @Field(() => Int)
  attempts!: number;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Not before (quiet hours, backoff).' })
  nextAttemptAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The last attempt’s error.' })
  lastError!: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  sentAt!: Date | null;

  @Field(() => DateTimeISOResolver)
  createdAt!: Date;

  @Field(() => String, { description: 'Who it is for: a person’s name or a department’s.' })
  recipient!: string;

  @Field(() => Message)
  message!: MessageView;
}

@ObjectType('DeliveryCount', { description: 'How many deliveries a channel has in a state.' })
export class DeliveryCount {
  @Field(() => ChannelKind)
  channel!: ChannelKind;

  @Field(() => DeliveryState)
  state!: DeliveryState;

  @Field(() => Int)
  count!: number;
}

@ObjectType('DeliveryLog', { description: 'The office’s delivery log: counts, and the newest deliveries.' })
export class DeliveryLog {
  @Field(() => [DeliveryCount])
  counts!: DeliveryCount[];

  @Field(() => [Delivery])
  items!: Delivery[];

  @Field(() => Boolean)
  hasMore!: boolean;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: 'While quiet hours hold sending (nights, holidays): when sending resumes.',
  })
  quietUntil!: Date | null;
}
