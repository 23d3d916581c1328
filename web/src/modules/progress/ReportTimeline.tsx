import { App, Button, Input, Space, Tag, Timeline } from 'antd';
import { useMutation } from 'urql';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { formatDateTime, formatPeriod } from '../../lib/format';
import { fieldErrors } from '../../lib/server-errors';
import { StatusTag } from '../../ui/StatusTag';
import { STATUS_META, TONE_COLOR } from '../../ui/status';
import { InstructionButton, SUBJECT_TEXT } from '../instruction';
import { ReportTimeline_ProgressReport } from './report-timeline';

const AcceptReportMutation = graphql(`
  mutation AcceptReport($id: ID!, $version: Int!, $note: String) {
    acceptProgressReport(id: $id, version: $version, note: $note) { ...ReportTimeline_ProgressReport }
  }
`);
const ReturnReportMutation = graphql(`
  mutation ReturnReport($id: ID!, $version: Int!, $reason: String!) {
    returnProgressReportForRevision(id: $id, version: $version, reason: $reason) { ...ReportTimeline_ProgressReport }
  }
`);

/** 审核 as a tag: colour plus the word. */
export const REVIEW_TAG = {
  PENDING: { color: 'default', text: '待审核' },
  ACCEPTED: { color: 'green', text: '✓ 已审核通过' },
  RETURNED: { color: 'red', text: '↩ 退回修改' },
} as const;

/**
 * A measure's reports, newest first, each with who, when, status, what was said, the plan office's review (state
 * and history) and the leaders' instructions. Leaders and admins review (通过 / 退回修改) and instruct (批示) here, as each report's `viewerCan` says.
 */
export function ReportTimeline(props: {
  reports: FragmentType<typeof ReportTimeline_ProgressReport>[];
  departmentCode?: string;
  emptyText?: string;
  planCode?: string;
}) {
  const { message, modal } = App.useApp();
  const [, accept] = useMutation(AcceptReportMutation);
  const [, sendBack] = useMutation(ReturnReportMutation);
  const done = (result: { error?: Parameters<typeof fieldErrors>[0] }, success: string) => {
    const errors = fieldErrors(result.error);
    if (errors.length > 0) void message.error(errors.map((e) => e.reason).join('；'));
    else void message.success(success);
    return errors.length === 0;
  };
  const askReason = (id: string, version: number) => {
    const typed = { text: '' };
    modal.confirm({
      title: '退回修改',
      icon: null,
      content: (
        <Input.TextArea
          rows={3}
          maxLength={2000}
          aria-label="退回理由"
          placeholder="退回理由（必填），将送达填报部门"
          onChange={(e) => {
            typed.text = e.target.value;
          }}
        />
      ),
      okText: '退回',
      cancelText: '取消',
      onOk: (close: () => void) => {
        void sendBack({ id, version, reason: typed.text }).then((r) => done(r, '已退回修改') && close());
      },
    });
  };
  const reports = props.reports
    .map((r) => getFragmentData(ReportTimeline_ProgressReport, r))
    .filter((r) => !props.departmentCode || r.department.code === props.departmentCode);
  if (reports.length === 0) return <p className="empty">{props.emptyText ?? '尚无报告。'}</p>;
  return (
    <Timeline
      items={reports.map((r) => ({
        key: r.id,
        color: r.withdrawn ? 'gray' : TONE_COLOR[STATUS_META[r.status].tone],
        children: (
          <div className={`report${r.withdrawn ? ' withdrawn' : ''}`} data-report={r.id}>
            <div className="report-head">
              <strong>{formatPeriod(r.period)}</strong> <StatusTag status={r.status} /> 完成 {r.percentComplete}%
              {r.withdrawn ? (
                <span className="muted">（已撤回）</span>
              ) : (
                <Tag color={REVIEW_TAG[r.reviewState].color} data-review={r.reviewState}>
                  {REVIEW_TAG[r.reviewState].text}
                </Tag>
              )}
            </div>
            <div className="muted">
              {r.department.name} · {r.submittedBy?.displayName ?? '—'} · {formatDateTime(r.submittedAt)}
              {r.backfillNote && <span className="report-backfill"> · {r.backfillNote}</span>}
              {r.version > 1 && ` · 第 ${r.version} 版`}
            </div>
            <p>{r.summary}</p>
            {r.problems && (
              <p>
                <span className="label-problem">需协调</span> {r.problems}
              </p>
            )}
            {r.nextSteps && <p className="muted">下一步：{r.nextSteps}</p>}
            {r.evidence.length > 0 && (
              <ul className="evidence">
                {r.evidence.map((e) => (
                  <li key={e.url} data-evidence-kind={e.kind}>
                    {e.kind === 'LINK' ? (
                      <a href={e.url} rel="noreferrer noopener" target="_blank">
                        {e.title}
                      </a>
                    ) : (
                      // A document number or file reference is cited, not opened: no link to follow.
                      <span>
                        {e.title}{' '}
                        <span className="evidence-ref">
                          {e.kind === 'DOCUMENT' ? '文号' : '文件'} {e.url}
                        </span>
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {r.reviewState === 'RETURNED' && r.reviewNote && (
              <p className="review-note">
                <span className="label-problem">退回理由</span> {r.reviewNote}
              </p>
            )}
            {r.reviews.length > 0 && (
              <ul className="review-history muted">
                {r.reviews.map((v) => (
                  <li key={v.id}>
                    第 {v.reportVersion} 版 · {v.decision === 'ACCEPTED' ? '审核通过' : '退回修改'}
                    {v.note && `：${v.note}`} · {v.reviewedBy?.displayName ?? '—'} · {formatDateTime(v.reviewedAt)}
                  </li>
                ))}
              </ul>
            )}
            {r.instructions.length > 0 && (
              <ul className="report-instructions">
                {r.instructions.map((i) => (
                  <li key={i.id} className={`instruction${i.readAt ? ' read' : ' unread'}`} data-instruction={i.id}>
                    <Tag color="purple">{SUBJECT_TEXT[i.subject]}</Tag>
                    <span className="instruction-text">领导批示：{i.text}</span>
                    <span className="muted">
                      {' '}
                      {i.issuedBy?.displayName ?? '领导'} · {formatDateTime(i.issuedAt)} · {i.readAt ? '已阅' : '未阅'}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            {(r.viewerCan.accept || r.viewerCan.returnForRevision || r.viewerCan.instruct) && (
              <Space wrap className="report-actions">
                {r.viewerCan.accept && (
                  <Button
                    size="small"
                    type="primary"
                    onClick={async () => done(await accept({ id: r.id, version: r.version }), '已审核通过')}
                  >
                    通过
                  </Button>
                )}
                {r.viewerCan.returnForRevision && (
                  <Button size="small" danger onClick={() => askReason(r.id, r.version)}>
                    退回修改
                  </Button>
                )}
                {props.planCode && r.viewerCan.instruct && (
                  <InstructionButton
                    planCode={props.planCode}
                    target={{ reportId: r.id, hasProblems: Boolean(r.problems) }}
                    allowed
                  />
                )}
              </Space>
            )}
          </div>
        ),
      }))}
    />
  );
}
