import { Card } from 'antd';
import { Link } from 'react-router';
import type { MeetingPlan } from './useMeetingModel';

const LEVEL_TEXT = { REMIND: '提醒', CHASE: '催办', SUPERVISE: '督办' } as const;

type MeetingNotice = MeetingPlan['urgeNotices'][number];

/**
 * 督办事项 for the meeting: the notices still open, overdue first, each saying its level (and what it rose from),
 * its reply date, and an extension the office has yet to decide.
 */
export function OpenNotices(props: { notices: MeetingNotice[]; planCode: string }) {
  const open = props.notices
    .filter((n) => n.state !== 'CLOSED')
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueOn.localeCompare(b.dueOn));
  const overdue = open.filter((n) => n.overdue).length;
  const pending = open.filter((n) => n.pendingExtension).length;
  return (
    <Card
      size="small"
      title={`督办事项（未办结 ${open.length}，逾期 ${overdue}，待审批延期 ${pending}）`}
      className="problems meeting-notices"
    >
      {open.length === 0 && <p className="empty">没有未办结的督办单。</p>}
      <ul>
        {open.map((n) => (
          <li key={n.id} data-notice={n.id} data-overdue={n.overdue ? 'true' : 'false'}>
            <b>{n.department.name}</b>（
            <Link to={`/plans/${props.planCode}/measures/${encodeURIComponent(n.measure.code)}`}>{n.measure.code}</Link>
            ，{LEVEL_TEXT[n.level]}
            {n.escalations > 0 && `，由${LEVEL_TEXT[n.issuedLevel]}逾期升级`}）：{n.text}
            <div className={n.overdue ? 'overdue' : 'muted'}>
              {n.overdue ? '■ 已超期，' : ''}反馈期限 {n.dueOn}
              {n.pendingExtension && ` · 申请延期至 ${n.pendingExtension.requestedDueOn}（待审批）`}
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
