import { Tag } from 'antd';
import type { NoticeList_UrgeNoticeFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { EXTENSION_STATE_TEXT, LEVEL_COLOR, LEVEL_TEXT, STATE_TEXT } from './notice-text';

type Notice = NoticeList_UrgeNoticeFragment;

/** 级别: the level, and what it rose from when it escalated. */
export function NoticeLevel({ notice: n }: { notice: Notice }) {
  return (
    <div>
      <Tag color={LEVEL_COLOR[n.level]}>{LEVEL_TEXT[n.level]}</Tag>
      {n.escalations > 0 && (
        <div className="muted" title={n.escalatedAt ? `升级于 ${formatDateTime(n.escalatedAt)}` : undefined}>
          由{LEVEL_TEXT[n.issuedLevel]}逾期升级
        </div>
      )}
    </div>
  );
}

/** 事项: the measure, the text, the reply, a return's reason and the extension requests. */
export function NoticeSubject({ notice: n }: { notice: Notice }) {
  return (
    <div className="notice" data-notice={n.id} data-state={n.state}>
      <div>
        <b>{n.measure.code}</b> {n.measure.title} · {n.department.name}
      </div>
      <div>{n.text}</div>
      {n.response && <div className="muted">反馈：{n.response}</div>}
      {n.returnReason && <div className="muted">退回理由：{n.returnReason}</div>}
      {n.pendingExtension && (
        <div className="extension pending">
          延期申请（待审批）：至 {n.pendingExtension.requestedDueOn}，理由：{n.pendingExtension.reason}
        </div>
      )}
      {n.extensionRequests
        .filter((r) => r.state !== 'PENDING')
        .slice(-1)
        .map((r) => (
          <div key={r.id} className="muted">
            延期申请{EXTENSION_STATE_TEXT[r.state]}（至 {r.requestedDueOn}）{r.decisionNote && `：${r.decisionNote}`}
          </div>
        ))}
    </div>
  );
}

/** 期限, red once overdue. */
export function NoticeDue({ notice: n }: { notice: Notice }) {
  return (
    <span style={n.overdue ? { color: '#d4380d', fontWeight: 600 } : undefined}>
      {n.dueOn}
      {n.overdue && ' ■ 已超期'}
    </span>
  );
}

/** 状态, with the day of each step taken. */
export function NoticeState({ notice: n }: { notice: Notice }) {
  return (
    <div>
      <Tag>{STATE_TEXT[n.state]}</Tag>
      <div className="muted">
        下发 {formatDateTime(n.issuedAt)}
        {n.acknowledgedAt && ` · 签收 ${formatDateTime(n.acknowledgedAt)}`}
        {n.respondedAt && ` · 反馈 ${formatDateTime(n.respondedAt)}`}
        {n.closedAt && ` · 办结 ${formatDateTime(n.closedAt)}`}
      </div>
    </div>
  );
}
