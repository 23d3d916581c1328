import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../shared/context';
import { Plan, type PlanRow } from '../plan';
import { MessageKind } from './message.enum';
import { ContactInput, ContactOwnerInput, DeliveryFilter, ReminderSettingsInput } from './message.input';
import * as service from './message.service';
import { subscribeMessageNotices } from './message.subscription';
import type { ContactRow } from './message.table';
import { Contact, DeliveryLog, MessageNotice, MessagePage, MessagePreferences, ReminderSettings } from './message.type';

@Resolver()
export class MessageResolver {
  @Query(() => MessagePage, { description: '消息: the viewer’s own messages, newest first.' })
  myMessages(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, at most 100.' }) first: number,
    @Arg('before', () => Int, { nullable: true, description: 'Only messages older than this id.' }) before:
      | number
      | null,
    @Arg('unreadOnly', () => Boolean, { nullable: true }) unreadOnly: boolean | null,
  ) {
    return service.getMyMessages(ctx.scope, { first, before, unreadOnly });
  }

  @Query(() => MessagePreferences, { description: 'What the viewer receives, and where.' })
  myMessagePreferences(@Ctx() ctx: Context) {
    return service.getMyPreferences(ctx.scope);
  }

  @Query(() => [Contact], {
    description: 'Contacts of the viewer, or (admins) of another user or a department.',
  })
  contacts(
    @Ctx() ctx: Context,
    @Arg('owner', () => ContactOwnerInput, { nullable: true }) owner: ContactOwnerInput | null,
  ) {
    return service.getContacts(ctx.scope, owner);
  }

  @Query(() => DeliveryLog, { description: 'The delivery log (admins): sent, failed and pending, per channel.' })
  deliveryLog(
    @Ctx() ctx: Context,
    @Arg('filter', () => DeliveryFilter, { nullable: true }) filter: DeliveryFilter | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, at most 100.' }) first: number,
    @Arg('before', () => Int, { nullable: true }) before: number | null,
  ) {
    return service.getDeliveryLog(ctx.scope, filter, first, before);
  }

  @Mutation(() => Int, { description: 'Marks the viewer’s messages read (these, or all); returns the unread count.' })
  markMessagesRead(@Ctx() ctx: Context, @Arg('ids', () => [Int], { nullable: true }) ids: number[] | null) {
    return service.markMyMessagesRead(ctx.scope, ids);
  }

  @Mutation(() => MessagePreferences, { description: 'Sets the kinds of message the viewer turns off.' })
  setMessagePreferences(@Ctx() ctx: Context, @Arg('mutedKinds', () => [MessageKind]) mutedKinds: MessageKind[]) {
    return service.setMyMutedKinds(ctx.scope, mutedKinds);
  }

  @Mutation(() => Contact, { description: 'Adds a contact: the viewer’s own, or (admins) a user’s or a department’s.' })
  addContact(
    @Ctx() ctx: Context,
    @Arg('input', () => ContactInput) input: ContactInput,
    @Arg('owner', () => ContactOwnerInput, { nullable: true }) owner: ContactOwnerInput | null,
  ) {
    return service.addContact(ctx.scope, owner, input);
  }

  @Mutation(() => Contact)
  updateContact(
    @Ctx() ctx: Context,
    @Arg('id', () => Int) id: number,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ContactInput) input: ContactInput,
  ) {
    return service.updateContact(ctx.scope, id, version, input);
  }

  @Mutation(() => Boolean)
  removeContact(@Ctx() ctx: Context, @Arg('id', () => Int) id: number) {
    return service.removeContact(ctx.scope, id);
  }

  @Mutation(() => ReminderSettings, { description: 'Sets a plan’s reminder settings (its office).' })
  setReminderSettings(
    @Ctx() ctx: Context,
    @Arg('planCode', () => String) planCode: string,
    @Arg('input', () => ReminderSettingsInput) input: ReminderSettingsInput,
  ) {
    return service.setReminderSettings(ctx.scope, planCode, input);
  }

  @Mutation(() => Boolean, { description: 'Puts a failed delivery back in the queue (admins).' })
  retryDelivery(@Ctx() ctx: Context, @Arg('id', () => Int) id: number) {
    return service.retryDelivery(ctx.scope, id);
  }

  @Subscription(() => MessageNotice, {
    name: 'messageEvents',
    description:
      'The viewer’s unread count and newest message: at once, each time messages are queued to the viewer, and each time the viewer reads some (in any tab or device).',
    subscribe: ({ context }) => subscribeMessageNotices((context as Context).scope),
  })
  messageEvents(@Root() notice: MessageNotice): MessageNotice {
    return notice;
  }
}

@Resolver(() => Contact)
export class ContactResolver {
  @FieldResolver(() => Boolean, { description: 'Whether a signing secret is set (the secret is never shown).' })
  hasSecret(@Root() contact: ContactRow): boolean {
    return contact.secret !== null && contact.secret !== '';
  }
}

@Resolver(() => Plan)
export class PlanReminderSettingsResolver {
  @FieldResolver(() => ReminderSettings, { description: 'How early its reporting reminders go, and the digest.' })
  reminderSettings(@Root() plan: PlanRow, @Ctx() ctx: Context) {
    return service.getReminderSettings(ctx.scope, plan.id);
  }
}
