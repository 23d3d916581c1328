import { Button, Skeleton, Tag } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { getFragmentData, graphql } from '../../gql';
import { formatAgo, formatDateTime } from '../../lib/format';
import { useSession } from '../auth';
import { KIND_TEXT, shortTitle } from './message-text';
import { useUnreadCount } from './unread-count';
import { useMarkRead } from './useMarkRead';

export const MessagePanel_Message = graphql(`
  fragment MessagePanel_Message on Message { id kind title link createdAt readAt }
`);

const SHOWN = 8;

const MessagePanelQuery = graphql(`
  query MessagePanel { myMessages(first: 8) { hasMore items { id ...MessagePanel_Message } } }
`);

/**
 * The bell's panel: the newest messages, unread marked; one opens what it points at (and is read), 全部已读, and the
 * way to the message centre and its settings.
 */
export function MessagePanel(props: { onClose: () => void }) {
  const [{ data, error }] = useQuery({ query: MessagePanelQuery });
  const unread = useUnreadCount(useSession()?.token);
  const markRead = useMarkRead();
  const messages = (data?.myMessages.items ?? []).slice(0, SHOWN).map((m) => getFragmentData(MessagePanel_Message, m));
  return (
    <section className="message-panel" aria-label="消息">
      <header className="message-panel-head">
        <strong>消息</strong>
        <span className="muted">{unread ? `${unread} 条未读` : '没有未读消息'}</span>
        <Button type="link" size="small" disabled={!unread} onClick={() => void markRead(null)}>
          全部已读
        </Button>
      </header>
      {error && !data && <p className="empty">无法读取消息：{error.message}</p>}
      {!data && !error && <Skeleton active paragraph={{ rows: 3 }} />}
      {data && messages.length === 0 && (
        <p className="empty">暂无消息。新的督办单、报送提醒、退回修改、领导批示和每周简报会在这里提示。</p>
      )}
      {messages.length > 0 && (
        <ul className="message-rows">
          {messages.map((m) => (
            <li key={m.id}>
              <Link
                to={m.link}
                className={`message-row${m.readAt ? '' : ' unread'}`}
                data-message={m.id}
                onClick={() => {
                  props.onClose();
                  if (!m.readAt) void markRead([m.id]);
                }}
              >
                <span className="message-dot" role="img" aria-label={m.readAt ? '已读' : '未读'} />
                <span className="message-row-main">
                  <span className="message-row-head">
                    <Tag color={KIND_TEXT[m.kind].color}>{KIND_TEXT[m.kind].label}</Tag>
                    <time dateTime={m.createdAt} title={formatDateTime(m.createdAt)} className="muted">
                      {formatAgo(m.createdAt)}
                    </time>
                  </span>
                  <span className="message-row-title">{shortTitle(m.title, m.kind)}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <footer className="message-panel-foot">
        <Link to="/messages" onClick={props.onClose}>
          查看全部消息
        </Link>
        <Link to="/messages?tab=settings" onClick={props.onClose}>
          消息设置
        </Link>
      </footer>
    </section>
  );
}
