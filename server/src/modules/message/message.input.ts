import { Field, InputType, Int } from 'type-graphql';
import { ChannelKind, DeliveryState, WebhookFormat } from './message.enum';

@InputType({
  description: 'A contact: an e-mail address, or a webhook (a work-chat group robot or a signed JSON receiver).',
})
export class ContactInput {
  @Field(() => ChannelKind)
  channel!: ChannelKind;

  @Field(() => String, { description: 'The e-mail address, or the webhook URL (http or https).' })
  address!: string;

  @Field(() => WebhookFormat, { nullable: true, description: 'WEBHOOK only: the format the receiver expects.' })
  format?: WebhookFormat | null;

  @Field(() => String, {
    nullable: true,
    description: 'WEBHOOK only: the signing secret. On an update, null keeps the one stored; "" removes it.',
  })
  secret?: string | null;

  @Field(() => String, { nullable: true, description: 'A name for it (工作群, 个人邮箱…), at most 40 characters.' })
  label?: string | null;
}

@InputType({ description: 'Whose contact: oneself (both null), another user (admins), or a department (admins).' })
export class ContactOwnerInput {
  @Field(() => String, { nullable: true })
  username?: string | null;

  @Field(() => String, { nullable: true })
  departmentCode?: string | null;
}

@InputType({ description: 'A plan’s reminder settings.' })
export class ReminderSettingsInput {
  @Field(() => Int, {
    description: 'Working days before a deadline the first reporting reminder goes out, 0–20 (0: none).',
  })
  leadDays!: number;

  @Field(() => Boolean, { description: 'Whether leaders receive the weekly digest (每周简报).' })
  weeklyDigest!: boolean;
}

@InputType({ description: 'Which deliveries the log shows.' })
export class DeliveryFilter {
  @Field(() => DeliveryState, { nullable: true })
  state?: DeliveryState | null;

  @Field(() => ChannelKind, { nullable: true })
  channel?: ChannelKind | null;
}
