import { Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { formatAgo, formatDateTime } from '../../lib/format';
import { KIND_TEXT, messageBody, shortTitle } from './message-text';

export const MessageCard_Message = graphql(`
  fragment MessageCard_Message on Message { id kind title body link createdAt readAt }
`);

/**
 * One message in the message centre: kind, title, when, its words (plain text, line breaks kept; the first lines
 * until opened) and 去处理. Opening it, or following its link, marks it read.
 */
export function MessageCard(props: {
  message: FragmentType<typeof MessageCard_Message>;
  onRead: (id: number) => void;
}) {
  const m = getFragmentData(MessageCard_Message, props.message);
  const [open, setOpen] = useState(false);
  const kind = KIND_TEXT[m.kind];
  const body = messageBody(m.body, m.title, m.link);
  const read = () => {
    if (!m.readAt) props.onRead(m.id);
  };
  return (
    <article className={`message-card${m.readAt ? '' : ' unread'}${open ? ' open' : ''}`} data-message={m.id}>
      <button
        type="button"
        className="message-card-head"
        aria-expanded={open}
        onClick={() => {
          setOpen(!open);
          if (!open) read();
        }}
      >
        <span className="message-dot" role="img" aria-label={m.readAt ? '已读' : '未读'} />
        <Tag color={kind.color}>{kind.label}</Tag>
        <span className="message-card-title">{shortTitle(m.title, m.kind)}</span>
        <time dateTime={m.createdAt} title={formatDateTime(m.createdAt)} className="muted">
          {formatAgo(m.createdAt)}
        </time>
      </button>
      {/* Closed, the first lines run on; open, the words as written, line breaks kept. */}
      {body && <p className="message-text">{open ? body : body.replace(/\s*\n+\s*/g, ' ')}</p>}
      <div className="message-card-foot">
        <Link to={m.link} className="message-go" onClick={read}>
          {kind.go}
        </Link>
        <span className="muted">{formatDateTime(m.createdAt)}</span>
      </div>
    </article>
  );
}
