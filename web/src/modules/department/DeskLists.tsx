import { Card, Tag } from 'antd';
import { Link } from 'react-router';
import { getFragmentData } from '../../gql';
import { formatPeriod } from '../../lib/format';
import { StatusTag } from '../../ui/StatusTag';
import { TONE_COLOR } from '../../ui/status';
import { WithdrawnTag } from '../../ui/WithdrawnTag';
import { WARNING_META } from '../../ui/warning';
import type { EditedReport } from '../progress';
import { LatestReport_ProgressReport } from '../progress';
import type { DeskItem, ReturnedReport, Urgency } from './useDesk';

const URGENCY_TEXT: Record<Urgency, { label: string; color: string }> = {
  overdue: { label: '■ 逾期', color: TONE_COLOR.red },
  due: { label: '◆ 临期', color: TONE_COLOR.blue },
  attention: { label: '▲ 滞后', color: TONE_COLOR.yellow },
  done: { label: '● 正常', color: TONE_COLOR.green },
};

const measureLink = (
  planCode: string,
  measure: { code: string; title: string; withdrawn?: { on: string; reason: string } | null },
) => (
  <>
    <Link
      to={`/plans/${planCode}/measures/${encodeURIComponent(measure.code)}`}
      className={measure.withdrawn ? 'withdrawn' : undefined}
    >
      {measure.code} {measure.title}
    </Link>
    <WithdrawnTag withdrawn={measure.withdrawn} />
  </>
);

export type Resubmit = { measureCode: string; title: string; report: EditedReport };

/** The class of an item a link points at (desk-focus.ts): marked, and scrolled to. */
const target = (code: string, focus: string | undefined) => (code === focus ? ' link-target' : '');

/** 退回修改: reports the office sent back, each with its reason and a way to correct and resubmit it. */
export function ReturnedCard(props: {
  planCode: string;
  returned: ReturnedReport[];
  onResubmit: (r: Resubmit) => void;
  focusMeasure?: string;
}) {
  const { returned } = props;
  return (
    <Card size="small" title={`退回修改（${returned.length} 份待重新提交）`} className="section returned-card">
      <ul className="desk-list">
        {returned.map(({ measure, report }) => (
          <li
            key={report.id}
            className={`desk-item urgency-returned${target(measure.code, props.focusMeasure)}`}
            data-report={report.id}
          >
            <div className="desk-item-head">
              <Tag color="red">↩ 退回修改</Tag>
              {measureLink(props.planCode, measure)}
              <span className="muted">{formatPeriod(report.period)} 报告</span>
            </div>
            <div className="desk-item-body">
              <span>退回理由：{report.reviewNote ?? '—'}</span>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  const { id, version, period, status, percentComplete, summary, problems, nextSteps, evidence } =
                    report;
                  const edited = {
                    id,
                    version,
                    period,
                    status,
                    percentComplete,
                    summary,
                    problems,
                    nextSteps,
                    evidence,
                  };
                  props.onResubmit({ measureCode: measure.code, title: measure.title, report: edited });
                }}
              >
                修改后重新提交
              </button>
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** 应报事项: what the department owes, most urgent first, each with its latest report and 填报进展. */
export function OwedList(props: {
  planCode: string;
  items: DeskItem[];
  returnedMeasures: Set<string>;
  onOpen: (key: string) => void;
  focusMeasure?: string;
}) {
  return (
    <ul className="desk-list owed-list">
      {props.items.map(({ key, assignment, latest, item }) => (
        <li
          key={key}
          className={`desk-item urgency-${item.urgency}${target(assignment.measure.code, props.focusMeasure)}`}
          data-measure={assignment.measure.code}
        >
          <div className="desk-item-head">
            <span className="urgency" style={{ color: URGENCY_TEXT[item.urgency].color }}>
              {URGENCY_TEXT[item.urgency].label}
            </span>
            {measureLink(props.planCode, assignment.measure)}
            <Tag color={assignment.role === 'LEAD' ? 'red' : 'default'}>
              {assignment.role === 'LEAD' ? '★ 牵头' : '● 参与'}
            </Tag>
            {assignment.heldThrough && <Tag color="blue">「{assignment.heldThrough.name}」承担</Tag>}
            {props.returnedMeasures.has(assignment.measure.code) && <Tag color="red">↩ 退回待修改</Tag>}
          </div>
          <div className="desk-item-body">
            <span>{item.reason}</span>
            {latest ? (
              <span className="muted">
                最新：{formatPeriod(latest.period)} <StatusTag status={latest.status} /> {latest.percentComplete}%
              </span>
            ) : (
              <span className="muted">尚未填报</span>
            )}
            <button type="button" className="link-button" onClick={() => props.onOpen(key)}>
              填报进展
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}

/** 参与配合: measures the department only takes part in, calmly, with the measure's own latest report and warning. */
export function PartakingList(props: {
  planCode: string;
  partaking: DeskItem[];
  onOpen: (key: string) => void;
  focusMeasure?: string;
}) {
  return (
    <>
      <h2 className="desk-section-title">参与配合（{props.partaking.length} 项 · 不单独报送，进展由牵头单位报送）</h2>
      <ul className="desk-list partaking-list">
        {props.partaking.map(({ key, assignment }) => {
          const lead = getFragmentData(LatestReport_ProgressReport, assignment.measure.latestReport);
          const leads = assignment.measure.leadDepartments.map((d) => d.name).join('、');
          const warning = assignment.measure.warning;
          return (
            <li
              key={key}
              className={`desk-item partaking${target(assignment.measure.code, props.focusMeasure)}`}
              data-measure={assignment.measure.code}
            >
              <div className="desk-item-head">
                <Tag>● 配合</Tag>
                {measureLink(props.planCode, assignment.measure)}
                {assignment.heldThrough && <Tag color="blue">「{assignment.heldThrough.name}」承担</Tag>}
              </div>
              <div className="desk-item-body">
                <span className="muted">牵头：{leads || '—'}</span>
                {lead ? (
                  <span className="muted">
                    措施最新报告：{formatPeriod(lead.period)} <StatusTag status={lead.status} />{' '}
                    {`${lead.percentComplete}%（${lead.department.name}）`}
                  </span>
                ) : (
                  <span className="muted">措施尚无报告</span>
                )}
                <span className="muted" title={warning.reason}>
                  措施预警（牵头单位负责）：{WARNING_META[warning.level].mark} {WARNING_META[warning.level].label}
                </span>
                <button type="button" className="link-button secondary" onClick={() => props.onOpen(key)}>
                  补充进展（可选）
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** What the department no longer owes: its measures a revision withdrew (撤销) and the duties a revision ended. */
export function FormerList(props: {
  planCode: string;
  withdrawn: DeskItem[];
  ended: readonly {
    role: string;
    until: string;
    measure: { id: string; code: string; title: string; withdrawn?: { on: string; reason: string } | null };
  }[];
  focusMeasure?: string;
}) {
  const count = props.withdrawn.length + props.ended.length;
  if (count === 0) return null;
  return (
    <>
      <h2 className="desk-section-title">已撤销或已调整（{count} 项 · 不再报送，此前的报告保留）</h2>
      <ul className="desk-list former-list">
        {props.withdrawn.map(({ key, assignment }) => (
          <li
            key={key}
            className={`desk-item withdrawn${target(assignment.measure.code, props.focusMeasure)}`}
            data-measure={assignment.measure.code}
          >
            <div className="desk-item-head">
              <Tag>{assignment.role === 'LEAD' ? '★ 牵头' : '● 参与'}</Tag>
              {measureLink(props.planCode, assignment.measure)}
            </div>
          </li>
        ))}
        {props.ended.map((duty) => (
          <li
            key={`${duty.measure.id}:${duty.role}:${duty.until}`}
            className="desk-item"
            data-ended={duty.measure.code}
          >
            <div className="desk-item-head">
              <Tag>{`${duty.role === 'LEAD' ? '原牵头' : '原参与'}（至 ${duty.until}）`}</Tag>
              {measureLink(props.planCode, duty.measure)}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
