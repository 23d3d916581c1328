import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { EventType } from '../../gql/graphql';
import { formatAgo, formatAmount, formatPeriod } from '../../lib/format';
import { StatusTag } from '../../ui/StatusTag';
import { WarningTag } from '../../ui/WarningTag';

export const FeedItem_PlanEvent = graphql(`
  fragment FeedItem_PlanEvent on PlanEvent {
    cursor
    type
    occurredAt
    actor { username displayName }
    department { code name }
    measure { id code title }
    indicator { id code name unit }
    report { id }
    reportSnapshot { status percentComplete period summary problems version backfillNote }
    review { id decision note }
    instruction { id subject text }
    observation { id value asOf }
    warningChange { level previousLevel reason }
    escalationReason
    extensionRequest { id state requestedDueOn reason decisionNote }
  }
`);

/** Every event type's line in the feed: a type added to the schema fails typecheck until it has one. */
const VERB: Record<EventType, string> = {
  PROGRESS_REPORTED: '报送了进展',
  PROGRESS_REPORT_EDITED: '修改了进展报告',
  PROGRESS_REPORT_WITHDRAWN: '撤回了进展报告',
  INDICATOR_VALUE_RECORDED: '填报了指标值',
  PLAN_IMPORTED: '导入了工作方案',
  DEPARTMENTS_REGISTERED: '登记了责任单位',
  USER_CREATED: '创建了账号',
  USER_PASSWORD_RESET: '重置了密码',
  USER_DISABLED: '停用了账号',
  CALENDAR_DAY_SET: '调整了工作日历',
  CALENDAR_DAY_CLEARED: '恢复了工作日历',
  REPORTING_CYCLE_SET: '设置了报送周期',
  WARNING_CHANGED: '预警变化',
  URGE_NOTICE_ISSUED: '下发了督办单',
  URGE_NOTICE_ACKNOWLEDGED: '签收了督办单',
  URGE_NOTICE_RESPONDED: '反馈了督办单',
  URGE_NOTICE_CLOSED: '办结了督办单',
  URGE_NOTICE_RETURNED: '退回了督办单',
  URGE_NOTICE_ESCALATED: '督办单逾期升级',
  EXTENSION_REQUESTED: '申请延期',
  EXTENSION_APPROVED: '同意了延期申请',
  EXTENSION_REFUSED: '未同意延期申请',
  PROGRESS_REPORT_ACCEPTED: '审核通过了进展报告',
  PROGRESS_REPORT_RETURNED: '退回了进展报告',
  INSTRUCTION_ISSUED: '作出领导批示',
  INSTRUCTION_READ: '已阅领导批示',
  ASSESSMENT_WEIGHTS_SET: '调整了考核权重',
  PLAN_ARCHIVED: '归档了工作方案',
  PLAN_CREATED: '新建了方案草稿',
  PLAN_DRAFT_EDITED: '修改了方案草稿',
  PLAN_PUBLISHED: '发布了方案',
  PLAN_REVISED: '发布了方案调整',
  PLAN_SUCCEEDED: '启动了接续方案',
  DEPARTMENT_CREATED: '新增了部门',
  DEPARTMENT_RENAMED: '部门更名',
  DEPARTMENT_ALIASES_SET: '设置了部门别名',
  DEPARTMENT_MEMBERS_SET: '调整了单位组合成员',
  DEPARTMENTS_MERGED: '合并了部门',
  DEPARTMENT_RETIRED: '撤销了部门',
  MESSAGES_QUEUED: '发送了消息提醒',
  REMINDER_SETTINGS_SET: '设定了提醒规则',
  CONTACT_SET: '设置了联系方式',
  MESSAGE_PREFERENCES_SET: '设置了消息偏好',
  MESSAGES_READ: '阅读了消息',
};

const EXTENSION_LINE: Partial<Record<EventType, string>> = {
  EXTENSION_REQUESTED: '申请延期至',
  EXTENSION_APPROVED: '同意延期至',
  EXTENSION_REFUSED: '不同意延期至',
};

/** Events the system records by itself, with no person acting. */
const SYSTEM_EVENTS: ReadonlySet<EventType> = new Set<EventType>(['WARNING_CHANGED', 'URGE_NOTICE_ESCALATED']);

/** Events in which a leader or the office acts on a department's work: the actor speaks, the department is whom. */
const OVERSIGHT_EVENTS: ReadonlySet<EventType> = new Set<EventType>([
  'URGE_NOTICE_ISSUED',
  'URGE_NOTICE_CLOSED',
  'URGE_NOTICE_RETURNED',
  'EXTENSION_APPROVED',
  'EXTENSION_REFUSED',
  'PROGRESS_REPORT_ACCEPTED',
  'PROGRESS_REPORT_RETURNED',
  'INSTRUCTION_ISSUED',
]);

/** One line of the activity feed: who did what to which measure, when. */
export function FeedItem(props: {
  event: FragmentType<typeof FeedItem_PlanEvent>;
  planCode: string;
  fresh?: boolean;
  now?: Date;
}) {
  const event = getFragmentData(FeedItem_PlanEvent, props.event);
  const oversight = OVERSIGHT_EVENTS.has(event.type);
  const who = SYSTEM_EVENTS.has(event.type)
    ? '系统'
    : oversight
      ? (event.actor?.displayName ?? '督办室')
      : (event.department?.name ?? event.actor?.displayName ?? '系统');
  // The decision, not the report: the report is one cache node (its latest state) shared by all its events.
  const review = !event.review
    ? null
    : event.review.decision === 'RETURNED'
      ? `报告被退回修改：${event.review.note ?? ''}`
      : `报告已审核通过${event.review.note ? `：${event.review.note}` : ''}`;
  return (
    <li className={`feed-item${props.fresh ? ' fresh' : ''}`} data-cursor={event.cursor} data-type={event.type}>
      <div className="feed-head">
        {/* A server newer than this page may send a type it has no words for yet: show the type. */}
        <strong>{who}</strong> {VERB[event.type] ?? event.type}
        {(oversight || SYSTEM_EVENTS.has(event.type)) && event.department && ` · ${event.department.name}`}
        <time dateTime={event.occurredAt} title={event.occurredAt}>
          {formatAgo(event.occurredAt, props.now)}
        </time>
      </div>
      {event.measure && (
        <div className="feed-target">
          <Link to={`/plans/${props.planCode}/measures/${encodeURIComponent(event.measure.code)}`}>
            {event.measure.code} {event.measure.title}
          </Link>
        </div>
      )}
      {event.reportSnapshot && (
        <div className="feed-body">
          <StatusTag status={event.reportSnapshot.status} /> {formatPeriod(event.reportSnapshot.period)} · 完成{' '}
          {event.reportSnapshot.percentComplete}%<span className="feed-summary">{event.reportSnapshot.summary}</span>
          {event.reportSnapshot.backfillNote && (
            <span className="feed-backfill muted">（{event.reportSnapshot.backfillNote}）</span>
          )}
        </div>
      )}
      {review && <div className={`feed-body review-${event.review?.decision ?? ''}`}>{review}</div>}
      {event.instruction && <div className="feed-body instruction-text">领导批示：{event.instruction.text}</div>}
      {event.warningChange && (
        <div className="feed-body">
          {event.warningChange.previousLevel && (
            <>
              <WarningTag warning={{ level: event.warningChange.previousLevel, reason: '' }} compact /> →
            </>
          )}
          <WarningTag warning={event.warningChange} />
        </div>
      )}
      {event.escalationReason && <div className="feed-body">{event.escalationReason}</div>}
      {event.extensionRequest && (
        <div className="feed-body">
          {EXTENSION_LINE[event.type] ?? '延期至'} {event.extensionRequest.requestedDueOn}
          {event.type === 'EXTENSION_REQUESTED'
            ? `：${event.extensionRequest.reason}`
            : event.extensionRequest.decisionNote
              ? `：${event.extensionRequest.decisionNote}`
              : ''}
        </div>
      )}
      {event.indicator && event.observation && (
        <div className="feed-body">
          <Link to={`/plans/${props.planCode}/indicators/${encodeURIComponent(event.indicator.code)}`}>
            {event.indicator.name}
          </Link>
          ：{formatAmount(event.observation.value)}
          {event.indicator.unit ?? ''}（截至 {event.observation.asOf}）
        </div>
      )}
    </li>
  );
}
