import { ContactResolver, MessageResolver, PlanReminderSettingsResolver } from './message.resolver';

export { ChannelSet, channelSettings } from './channel-set';
export type { Channel } from './message.channel';
export { messagesFollowEvents } from './message.consequence';
export { ChannelKind, DeliveryState, MessageKind, WebhookFormat } from './message.enum';
export { pendingDeliveries } from './message.repository';
export { MessageSender } from './message.sender';
export { ReminderSweeper } from './message.sweep';

export const messageResolvers = [MessageResolver, ContactResolver, PlanReminderSettingsResolver] as const;
