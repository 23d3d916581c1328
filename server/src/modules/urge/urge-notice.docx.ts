import { chinaDate } from '../../shared/clock';
import {
  blank,
  chineseDate,
  formTable,
  heading,
  officialDocx,
  paragraphRight,
  signature,
  table,
  title,
} from '../../shared/official-word';
import type { RequestScope } from '../../shared/request-scope';
import { getDepartmentById } from '../department';
import { type EventRow, EventType, listEvents, payloadOf } from '../event';
import { getMeasureById } from '../measure';
import { getPlanById } from '../plan';
import { getUserById } from '../user';
import { getExtensionRequestsOf } from './extension.service';
import { UrgeNoticeState } from './urge.enum';
import { LEVEL_NAME } from './urge.rules';
import { getNoticeForReader, isOverdue } from './urge.service';
import type { UrgeNoticeRow } from './urge.table';

/** What the form says of each state (the 督办 page's words). */
const STATE_WORDS: Record<UrgeNoticeState, string> = {
  [UrgeNoticeState.ISSUED]: '待签收',
  [UrgeNoticeState.ACKNOWLEDGED]: '已签收',
  [UrgeNoticeState.RESPONDED]: '已反馈',
  [UrgeNoticeState.RETURNED]: '已退回',
  [UrgeNoticeState.CLOSED]: '已办结',
};

const NOTICE_TYPES = [
  EventType.URGE_NOTICE_ISSUED,
  EventType.URGE_NOTICE_ACKNOWLEDGED,
  EventType.URGE_NOTICE_RESPONDED,
  EventType.URGE_NOTICE_RETURNED,
  EventType.URGE_NOTICE_CLOSED,
  EventType.URGE_NOTICE_ESCALATED,
  EventType.EXTENSION_REQUESTED,
  EventType.EXTENSION_APPROVED,
  EventType.EXTENSION_REFUSED,
];

/** 编号: 督办〔year issued〕id号, fixed for the notice's life (its level may rise, its number does not change). */
export const noticeNumber = (notice: Pick<UrgeNoticeRow, 'id' | 'issuedAt'>) =>
  `督办〔${chinaDate(notice.issuedAt).slice(0, 4)}〕${notice.id}号`;

const beijingTime = (at: Date | string) => {
  const shifted = new Date(new Date(at).getTime() + 8 * 3_600_000).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 16)}`;
};

export interface NoticeStep {
  at: string;
  step: string;
  by: string;
  detail: string;
}

/** One step of the notice's history, in words, from its event in the log. */
function stepOf(row: EventRow): Omit<NoticeStep, 'by'> | null {
  // The step's own time as the service recorded it (the rules' clock), else when the event was written.
  const time = (at: Date | string | null | undefined) => beijingTime(at ?? row.occurredAt);
  const issued = payloadOf(row, EventType.URGE_NOTICE_ISSUED);
  if (issued)
    return {
      at: time(issued.after.issuedAt),
      step: '下发',
      detail: `${LEVEL_NAME[issued.after.level]}，反馈期限 ${issued.after.dueOn}`,
    };
  const acknowledged = payloadOf(row, EventType.URGE_NOTICE_ACKNOWLEDGED);
  if (acknowledged) return { at: time(acknowledged.after.acknowledgedAt), step: '签收', detail: '' };
  const responded = payloadOf(row, EventType.URGE_NOTICE_RESPONDED);
  if (responded) return { at: time(responded.after.respondedAt), step: '反馈', detail: responded.after.response ?? '' };
  const returned = payloadOf(row, EventType.URGE_NOTICE_RETURNED);
  if (returned) return { at: time(returned.after.returnedAt), step: '退回', detail: returned.after.returnReason ?? '' };
  const closed = payloadOf(row, EventType.URGE_NOTICE_CLOSED);
  if (closed) return { at: time(closed.after.closedAt), step: '办结', detail: '' };
  const escalated = payloadOf(row, EventType.URGE_NOTICE_ESCALATED);
  if (escalated) return { at: time(escalated.after.escalatedAt), step: '逾期升级', detail: escalated.reason };
  const requested = payloadOf(row, EventType.EXTENSION_REQUESTED);
  if (requested)
    return {
      at: time(requested.request.requestedAt),
      step: '申请延期',
      detail: `申请延至 ${requested.request.requestedDueOn}，理由：${requested.request.reason}`,
    };
  const approved = payloadOf(row, EventType.EXTENSION_APPROVED);
  if (approved)
    return {
      at: time(approved.request.decidedAt),
      step: '同意延期',
      detail: `反馈期限延至 ${approved.request.requestedDueOn}${approved.request.decisionNote ? `：${approved.request.decisionNote}` : ''}`,
    };
  const refused = payloadOf(row, EventType.EXTENSION_REFUSED);
  if (refused)
    return { at: time(refused.request.decidedAt), step: '不同意延期', detail: refused.request.decisionNote ?? '' };
  return null;
}

/** The history of a notice's steps, oldest first, from the event log (every step is recorded there). */
export async function getNoticeHistory(scope: RequestScope, notice: UrgeNoticeRow): Promise<NoticeStep[]> {
  const rows = await listEvents(
    scope.db,
    { planId: notice.planId, measureId: notice.measureId, types: NOTICE_TYPES },
    10_000,
  );
  const mine = rows
    .filter((row) => (row.payload as { urgeNoticeId?: number } | null)?.urgeNoticeId === notice.id)
    .reverse();
  const steps: NoticeStep[] = [];
  for (const row of mine) {
    const step = stepOf(row);
    if (!step) continue;
    const actor = row.actorUserId === null ? null : await getUserById(scope, row.actorUserId);
    steps.push({ ...step, by: actor?.displayName ?? '系统' });
  }
  return steps;
}

/** 督办单 as a Word form: number, level, measure, unit, reply date, state, reply, and the history of its steps. */
export async function urgeNoticeDocx(scope: RequestScope, id: string): Promise<{ fileName: string; body: Uint8Array }> {
  const notice = await getNoticeForReader(scope, id);
  const [plan, measure, department, issuer, history, extensions] = await Promise.all([
    getPlanById(scope, notice.planId),
    getMeasureById(scope, notice.planId, notice.measureId),
    getDepartmentById(scope, notice.departmentId),
    getUserById(scope, notice.issuedBy),
    getNoticeHistory(scope, notice),
    getExtensionRequestsOf(scope, notice.id),
  ]);
  const group = plan.leadingGroupId === null ? null : await getDepartmentById(scope, plan.leadingGroupId);
  const office = group ? `${group.name}办公室` : plan.issuer;
  const number = noticeNumber(notice);
  const overdue = isOverdue(scope, notice);
  const issuedLevel = notice.issuedLevel ?? notice.level;
  const pending = extensions.find((r) => r.state === 'PENDING');
  const children = [
    title('督 办 单'),
    paragraphRight(`编号：${number}`),
    formTable([
      [
        '督办级别',
        `${LEVEL_NAME[notice.level]}${notice.escalations > 0 ? `（由${LEVEL_NAME[issuedLevel]}逾期升级）` : ''}`,
      ],
      ['方案', plan.title],
      ['措施', `${measure.code} ${measure.title}`],
      ['责任单位', department.name],
      ['督办事项', notice.text],
      ['下发', `${beijingTime(notice.issuedAt)}${issuer ? `，${issuer.displayName}` : ''}`],
      [
        '反馈期限',
        `${notice.dueOn}${notice.agreedDueOn && notice.agreedDueOn !== notice.dueOn ? `（商定期限 ${notice.agreedDueOn}）` : ''}${overdue ? '，已超期' : ''}${pending ? `；申请延期至 ${pending.requestedDueOn}（待审批）` : ''}`,
      ],
      ['办理状态', STATE_WORDS[notice.state]],
      ['反馈情况', notice.response ?? '尚未反馈'],
    ]),
    blank(),
    heading('办理过程'),
    table(
      [
        { title: '时间', width: 34 },
        { title: '环节', width: 24 },
        { title: '办理人', width: 26 },
        { title: '内容', width: 72 },
      ],
      history.map((s) => [s.at, s.step, s.by, s.detail]),
    ),
    blank(),
    signature(office),
    signature(chineseDate(chinaDate(notice.issuedAt))),
  ];
  return {
    fileName: `${number}.docx`,
    body: await officialDocx(`督办单 ${number}`, children),
  };
}
