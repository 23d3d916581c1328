import { Button, Card, Empty, Segmented, Skeleton } from 'antd';
import { Suspense, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { lazyPage } from '../../app/lazy-page';
import { useRetryOnReconnect } from '../../app/useRetryOnReconnect';
import { graphql } from '../../gql';
import { useSession } from '../auth';
import { MessageCard } from './MessageCard';
import { useUnreadCount } from './unread-count';
import { useMarkRead } from './useMarkRead';

// 消息设置 is a second tab: its forms load when it is opened.
const MessageSettings = lazyPage(() => import('./MessageSettings'), 'MessageSettings');

const PAGE = 20;

const MessagesQuery = graphql(`
  query Messages($first: Int!, $before: Int, $unreadOnly: Boolean) {
    myMessages(first: $first, before: $before, unreadOnly: $unreadOnly) {
      hasMore
      items { id ...MessageCard_Message }
    }
  }
`);

type Filter = 'all' | 'unread';

/** 消息中心: every message, newest first (消息), and what the viewer receives, and where (消息设置). */
export function MessagesPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'settings' ? 'settings' : 'inbox';
  return (
    <Card
      className="messages-page"
      activeTabKey={tab}
      onTabChange={(key) => setParams(key === 'settings' ? { tab: 'settings' } : {}, { replace: true })}
      tabList={[
        { key: 'inbox', label: '消息' },
        { key: 'settings', label: '消息设置' },
      ]}
    >
      {tab === 'inbox' ? (
        <Inbox />
      ) : (
        <Suspense fallback={<Skeleton active />}>
          <MessageSettings />
        </Suspense>
      )}
    </Card>
  );
}

/** The messages, a page at a time (each older page read `before` the last id shown), 全部 or 未读. */
function Inbox() {
  const [filter, setFilter] = useState<Filter>('all');
  const [pages, setPages] = useState<(number | null)[]>([null]);
  const unread = useUnreadCount(useSession()?.token);
  const markRead = useMarkRead();
  const onRead = (id: number) => void markRead([id]);
  return (
    <>
      <div className="messages-toolbar">
        <Segmented
          value={filter}
          onChange={(value) => {
            setFilter(value as Filter);
            setPages([null]);
          }}
          options={[
            { value: 'all', label: '全部' },
            { value: 'unread', label: unread ? `未读（${unread}）` : '未读' },
          ]}
        />
        <Button disabled={!unread} onClick={() => void markRead(null)}>
          全部已读
        </Button>
      </div>
      {pages.map((before, index) => (
        <MessageChunk
          key={`${filter}:${before ?? 'first'}`}
          before={before}
          unreadOnly={filter === 'unread'}
          last={index === pages.length - 1}
          onRead={onRead}
          onMore={(id) => setPages((shown) => [...shown, id])}
        />
      ))}
    </>
  );
}

function MessageChunk(props: {
  before: number | null;
  unreadOnly: boolean;
  last: boolean;
  onRead: (id: number) => void;
  onMore: (before: number) => void;
}) {
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: MessagesQuery,
    variables: { first: PAGE, before: props.before, unreadOnly: props.unreadOnly },
  });
  useRetryOnReconnect(error, reexecute);
  if (error && !data) return <p className="empty">无法读取消息：{error.message}</p>;
  if (!data) return <Skeleton active paragraph={{ rows: 4 }} />;
  const { items, hasMore } = data.myMessages;
  if (items.length === 0 && props.before === null) {
    return (
      <Empty
        className="section"
        description={
          props.unreadOnly
            ? '没有未读消息。'
            : '暂无消息。有新的督办单、报送提醒、退回修改、领导批示或每周简报时，会在这里和右上角的铃铛提示。'
        }
      />
    );
  }
  const lastId = items.at(-1)?.id;
  return (
    <>
      <div className="message-cards">
        {items.map((m) => (
          <MessageCard key={m.id} message={m} onRead={props.onRead} />
        ))}
      </div>
      {props.last && hasMore && lastId !== undefined && (
        <div className="messages-more">
          <Button loading={fetching} onClick={() => props.onMore(lastId)}>
            加载更早的消息
          </Button>
        </div>
      )}
    </>
  );
}
