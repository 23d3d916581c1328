import type { RequestScope } from '../../shared/request-scope';
import { EventType, payloadOf } from '../event';
import { authorize } from '../policy';
import { getMyMessageNotice } from './message.service';
import type { MessageView } from './message.type';

export interface MessageNoticeValue {
  unreadCount: number;
  latest: MessageView | null;
  readIds: number[];
}

/**
 * The 消息 bell's live feed: the viewer's unread count and newest message each time messages are queued to the
 * viewer (MESSAGES_QUEUED naming them) or the viewer reads some elsewhere (MESSAGES_READ), read afresh for each; first, at once, as they stand (so a client that
 * reconnects is current). Personal, so never shared as a shape (realtime/subscription-shapes.ts).
 */
export async function subscribeMessageNotices(scope: RequestScope): Promise<AsyncIterableIterator<MessageNoticeValue>> {
  const viewer = authorize(scope, 'message.own');
  const stream = scope.eventStream;
  if (!stream) throw new Error('no event stream in this process');
  const events = await stream.subscribe(scope.db, null, null, ({ row }) => {
    const queued = payloadOf(row, EventType.MESSAGES_QUEUED);
    if (queued) return queued.userIds.includes(viewer.userId);
    return payloadOf(row, EventType.MESSAGES_READ)?.userId === viewer.userId;
  });
  const notices = (async function* () {
    // What the bell shows now, first: a client that (re)connects is current at once.
    yield { ...(await getMyMessageNotice(scope)), readIds: [] };
    for await (const { row } of events) {
      scope.renew();
      const readIds = payloadOf(row, EventType.MESSAGES_READ)?.messageIds ?? [];
      yield { ...(await getMyMessageNotice(scope)), readIds };
    }
  })();
  const iterator: AsyncIterableIterator<MessageNoticeValue> = {
    next: () => notices.next(),
    return: async () => {
      await events.return?.();
      return notices.return(undefined);
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
