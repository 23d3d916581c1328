import { Timeline } from 'antd';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { formatDateTime, formatPeriod } from '../../lib/format';
import { StatusTag } from '../../ui/StatusTag';
import { STATUS_META, TONE_COLOR } from '../../ui/status';

export const ReportTimeline_ProgressReport = graphql(`
  fragment ReportTimeline_ProgressReport on ProgressReport {
    id
    period
    status
    percentComplete
    summary
    problems
    nextSteps
    evidence { title url }
    submittedAt
    submittedBy { username displayName }
    department { code name }
    version
    withdrawn
  }
`);

/** A measure's reports, newest first, each with who, when, status and what was said. */
export function ReportTimeline(props: {
  reports: FragmentType<typeof ReportTimeline_ProgressReport>[];
  departmentCode?: string;
  emptyText?: string;
}) {
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
              {r.withdrawn && <span className="muted">（已撤回）</span>}
            </div>
            <div className="muted">
              {r.department.name} · {r.submittedBy?.displayName ?? '—'} · {formatDateTime(r.submittedAt)}
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
                  <li key={e.url}>
                    <a href={e.url} rel="noreferrer noopener" target="_blank">
                      {e.title}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ),
      }))}
    />
  );
}
