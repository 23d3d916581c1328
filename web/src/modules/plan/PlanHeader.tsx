import { Progress } from 'antd';
import type { ReactNode } from 'react';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { formatDateLong, formatPercent } from '../../lib/format';

export const PlanHeader_Plan = graphql(`
  fragment PlanHeader_Plan on Plan {
    id
    title
    docNumber
    issuer
    startsOn
    endsOn
    progress { percent reported total rule }
    phase
    expectedProgress
    reportingClosesOn
  }
`);

/** The phase in words, from the server's phase and the last day it takes reports. */
function phaseText(plan: { phase: string; reportingClosesOn: string }, today: string): string {
  if (plan.phase === 'BEFORE') return '方案尚未开始';
  if (plan.phase === 'RUNNING') return '方案实施中';
  return today <= plan.reportingClosesOn
    ? `方案期已结束，处于总结评估期（${formatDateLong(plan.reportingClosesOn)}前可补报）`
    : '方案已结束';
}

/** The top band: title, document number, period with a time-elapsed bar, today's date and the live state. */
export function PlanHeader(props: { plan: FragmentType<typeof PlanHeader_Plan>; today: string; extra?: ReactNode }) {
  const plan = getFragmentData(PlanHeader_Plan, props.plan);
  return (
    <header className="plan-header">
      <div className="plan-title">
        <h1>{plan.title}</h1>
        <div className="muted">
          {plan.docNumber && <span>{plan.docNumber}</span>} · {plan.issuer} · 实施期 {formatDateLong(plan.startsOn)} 至{' '}
          {formatDateLong(plan.endsOn)}
        </div>
      </div>
      <div className="plan-clock" title={plan.progress.rule}>
        <div className="figure-label">
          时间进度 <span className="muted">（{phaseText(plan, props.today)}）</span>
        </div>
        <Progress percent={Math.round(plan.expectedProgress)} size="small" showInfo format={(p) => `${p}%`} />
        <div className="figure-label">
          总体完成{' '}
          <span className="muted">
            （{plan.progress.reported}/{plan.progress.total} 项已报）
          </span>
        </div>
        <Progress
          percent={plan.progress.percent}
          size="small"
          format={() => <span data-testid="plan-progress">{formatPercent(plan.progress.percent)}</span>}
        />
      </div>
      <div className="plan-today">
        <div>{formatDateLong(props.today)}</div>
        {props.extra}
      </div>
    </header>
  );
}
