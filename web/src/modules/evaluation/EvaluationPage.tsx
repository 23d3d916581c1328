import { Alert, Button, Card, Skeleton, Space } from 'antd';
import { useCallback } from 'react';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { EventType } from '../../gql/graphql';
import { formatDateLong } from '../../lib/format';
import { useRefetchOnPlanEvents } from '../feed';
import { DepartmentRecordTable } from './DepartmentRecordTable';
import { IndicatorEvaluationTable } from './IndicatorEvaluationTable';
import { MeasureEvaluationTable } from './MeasureEvaluationTable';
import { OpenItemList } from './OpenItemList';
import { INDICATOR_VERDICT, toneColor } from './verdict';

const EvaluationQuery = graphql(`
  query Evaluation($plan: String!) {
    planEvaluation(planCode: $plan) {
      plan { id title docNumber startsOn }
      endsOn
      evaluatedOn
      final
      rule
      summary {
        indicatorsMet
        indicatorsNotMet
        indicatorsQualitative
        indicatorsNoData
        indicatorsTotal
        measuresCompleted
        measuresTotal
        openItems
        reason
      }
      indicators { ...IndicatorEvaluationTable_IndicatorEvaluation }
      measures { ...MeasureEvaluationTable_MeasureEvaluation }
      departments { ...DepartmentRecordTable_DepartmentRecord }
      openItems { ...OpenItemList_OpenItem }
    }
  }
`);

/** The facts the evaluation is computed from: a new one of these refreshes the page. */
const RELEVANT_EVENTS: ReadonlySet<EventType> = new Set<EventType>([
  'PLAN_IMPORTED',
  'PLAN_REVISED',
  'PROGRESS_REPORTED',
  'PROGRESS_REPORT_EDITED',
  'PROGRESS_REPORT_WITHDRAWN',
  'INDICATOR_VALUE_RECORDED',
  'CALENDAR_DAY_SET',
  'CALENDAR_DAY_CLEARED',
  'REPORTING_CYCLE_SET',
  'URGE_NOTICE_ISSUED',
  'URGE_NOTICE_ACKNOWLEDGED',
  'URGE_NOTICE_RESPONDED',
  'URGE_NOTICE_RETURNED',
  'URGE_NOTICE_CLOSED',
  'URGE_NOTICE_ESCALATED',
  'EXTENSION_APPROVED',
]);

/** 终期评估: indicators against targets, measures' completion, departments' records and what remains open. */
export function EvaluationPage() {
  const { planCode = '' } = useParams();
  const [{ data, error }, reexecute] = useQuery({ query: EvaluationQuery, variables: { plan: planCode } });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useRefetchOnPlanEvents(planCode, RELEVANT_EVENTS, refetch);
  if (error && !data) return <Alert type="error" showIcon message="评估加载失败" description={error.message} />;
  const evaluation = data?.planEvaluation;
  if (!evaluation) return <Skeleton active />;
  const { summary } = evaluation;
  const kind = evaluation.final ? '终期评估' : '中期评估（截至今日）';
  const figure = (verdict: keyof typeof INDICATOR_VERDICT, count: number) => {
    const meta = INDICATOR_VERDICT[verdict];
    return (
      <span className="evaluation-figure" data-figure={verdict} style={{ color: toneColor(meta) }}>
        {meta.mark} {meta.label} <b>{count}</b>
      </span>
    );
  };

  return (
    <div className="evaluation">
      <header className="page-header">
        <h1>
          {kind} · {evaluation.plan.title}
        </h1>
        <Space wrap className="no-print">
          <Button onClick={() => window.print()}>打印</Button>
        </Space>
      </header>
      <section className="evaluation-band" data-final={evaluation.final}>
        <p className="evaluation-period">
          {evaluation.plan.docNumber ? `${evaluation.plan.docNumber}；` : ''}方案期{' '}
          {formatDateLong(evaluation.plan.startsOn)}至{formatDateLong(evaluation.endsOn)}；评估日{' '}
          {formatDateLong(evaluation.evaluatedOn)}
          {evaluation.final ? '' : '。方案期尚未结束，以下为截至今日的情况，同一规则计算。'}
        </p>
        <div className="evaluation-figures">
          <span>指标 {summary.indicatorsTotal} 项：</span>
          {figure('MET', summary.indicatorsMet)}
          {figure('NOT_MET', summary.indicatorsNotMet)}
          {figure('QUALITATIVE', summary.indicatorsQualitative)}
          {figure('NO_DATA', summary.indicatorsNoData)}
          <span className="evaluation-figure" data-figure="MEASURES">
            措施完成{' '}
            <b>
              {summary.measuresCompleted}/{summary.measuresTotal}
            </b>
          </span>
          <span className="evaluation-figure" data-figure="OPEN_ITEMS">
            遗留事项 <b>{summary.openItems}</b>
          </span>
        </div>
      </section>
      <Card size="small" title="指标" className="evaluation-section">
        <IndicatorEvaluationTable planCode={planCode} rows={evaluation.indicators} final={evaluation.final} />
      </Card>
      <Card size="small" title="措施完成情况" className="evaluation-section">
        <MeasureEvaluationTable planCode={planCode} rows={evaluation.measures} />
      </Card>
      <Card size="small" title="部门履职情况" className="evaluation-section">
        <DepartmentRecordTable planCode={planCode} rows={evaluation.departments} />
      </Card>
      <Card size="small" title={`遗留事项（${summary.openItems}）`} className="evaluation-section">
        <OpenItemList rows={evaluation.openItems} />
      </Card>
      <p className="evaluation-rule">评估规则：{evaluation.rule}</p>
    </div>
  );
}
