import { BellOutlined } from '@ant-design/icons';
import { Button, Dropdown, Skeleton } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { useSubscription } from 'urql';
import { lazyPage } from '../../app/lazy-page';
import { graphql } from '../../gql';
import { useSession } from '../auth';
import { badgeText, setUnreadCount, useUnreadCount } from './unread-count';

// The bell is on every screen, so it carries only the badge: the list of messages loads when it is opened.
const MessagePanel = lazyPage(() => import('./MessagePanel'), 'MessagePanel');

/**
 * The server answers at once with the count as it stands, again on each message queued to the viewer, and again after
 * a reconnect (graphql-ws subscribes anew): nothing is missed while the connection was down. The newest message
 * carries every field the lists show (MessagePanel_Message and MessageCard_Message, written out: the fragments'
 * documents would weigh on every route), so the cache puts it on top of them (message-cache.ts).
 */
const MessageEventsSubscription = graphql(`
  subscription MessageEvents {
    messageEvents { unreadCount latest { id kind title body link createdAt readAt } readIds }
  }
`);

/** 消息: a bell with the unread count, live; a click opens the newest messages. */
export function MessageBell() {
  const token = useSession()?.token;
  const [{ data }] = useSubscription({ query: MessageEventsSubscription, pause: !token });
  const notice = data?.messageEvents;
  useEffect(() => {
    if (notice) setUnreadCount(token, notice.unreadCount);
  }, [notice, token]);
  const count = useUnreadCount(token);
  const [open, setOpen] = useState(false);
  const badge = badgeText(count);
  return (
    <Dropdown
      trigger={['click']}
      open={open}
      onOpenChange={setOpen}
      placement="bottomRight"
      rootClassName="message-dropdown"
      destroyOnHidden
      popupRender={() => (
        <Suspense fallback={<Skeleton active className="message-panel" />}>
          <MessagePanel onClose={() => setOpen(false)} />
        </Suspense>
      )}
    >
      <Button
        type="text"
        className="message-bell"
        aria-label={badge ? `消息，${count} 条未读` : '消息'}
        data-unread={count ?? undefined}
      >
        <BellOutlined />
        {badge && <span className="message-bell-count">{badge}</span>}
      </Button>
    </Dropdown>
  );
}
