import { Alert, Button, Card, Form, Input, InputNumber, Select, Skeleton, Space, Table, Tooltip } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { fieldErrors } from '../../lib/server-errors';
import { DownloadButton } from '../auth';
import { useRefetchOnPlanEvents } from '../feed';
import { assessmentPeriods, LIVE_TYPES, WEIGHT_FIELDS, type WeightField, weightSum } from './assessment-view';

const AssessmentRow_DepartmentAssessment = graphql(`
  fragment AssessmentRow_DepartmentAssessment on DepartmentAssessment {
    department { code name }
    rank
    rankText
    tied
    score
    summary
    reason
    parts { kind name weight effectiveWeight ratio points applicable summary reason }
  }
`);

const AssessmentQuery = graphql(`
  query Assessment($plan: String!, $period: String) {
    plan(code: $plan) { id startsOn endsOn viewerCan { setAssessmentWeights } }
    departmentAssessment(planCode: $plan, period: $period) {
      period
      from
      to
      asOf
      rule
      viewerCan { downloadCircular }
      weights { timeliness completion indicators notices version isDefault }
      rows { ...AssessmentRow_DepartmentAssessment }
    }
  }
`);

const SetWeightsMutation = graphql(`
  mutation SetAssessmentWeights($input: SetAssessmentWeightsInput!) {
    setAssessmentWeights(input: $input) { timeliness completion indicators notices version isDefault }
  }
`);

type Weights = Record<WeightField, number>;

function PartCell(props: {
  part: { points?: number | null; effectiveWeight: number; applicable: boolean; summary: string };
}) {
  const { part } = props;
  return (
    <Tooltip title={part.summary}>
      <span className="assessment-part" data-applicable={part.applicable}>
        {part.applicable ? `${part.points} / ${part.effectiveWeight}` : '不适用'}
      </span>
    </Tooltip>
  );
}

type RowData = ReturnType<typeof rowData>;
const rowData = (row: FragmentType<typeof AssessmentRow_DepartmentAssessment>) =>
  getFragmentData(AssessmentRow_DepartmentAssessment, row);

/** The weights editor of a leader or admin: four whole numbers that must sum to 100, server errors beside them. */
function WeightsEditor(props: { planCode: string; weights: Weights & { version: number }; onSaved: () => void }) {
  const [form] = Form.useForm<Weights>();
  const [{ fetching }, save] = useMutation(SetWeightsMutation);
  const [sumError, setSumError] = useState<string | null>(null);
  const values = Form.useWatch([], form) as Partial<Weights> | undefined;
  const sum = weightSum(values ?? props.weights);
  const { timeliness, completion, indicators, notices } = props.weights;
  useEffect(() => {
    form.setFieldsValue({ timeliness, completion, indicators, notices });
  }, [form, timeliness, completion, indicators, notices]);

  async function onFinish(input: Weights) {
    setSumError(null);
    const result = await save({ input: { planCode: props.planCode, ...input, version: props.weights.version } });
    if (result.data) {
      props.onSaved();
      return;
    }
    const errors = fieldErrors(result.error);
    const known: string[] = WEIGHT_FIELDS.map((f) => f.field);
    form.setFields(
      errors
        .filter((e) => e.field && known.includes(e.field))
        .map((e) => ({ name: e.field as WeightField, errors: [e.reason] })),
    );
    const rest = errors.filter((e) => !e.field || !known.includes(e.field));
    if (rest.length) setSumError(rest.map((e) => e.reason).join('；'));
  }

  return (
    <Card size="small" title="考核权重" className="assessment-weights">
      <Form<Weights> form={form} layout="inline" onFinish={onFinish}>
        {WEIGHT_FIELDS.map(({ field, label }) => (
          <Form.Item key={field} label={label} name={field}>
            <InputNumber min={0} max={100} precision={0} data-field={field} />
          </Form.Item>
        ))}
        <Form.Item validateStatus={sumError || sum !== 100 ? 'error' : undefined} help={sumError ?? undefined}>
          <span className="weights-sum" data-sum={sum}>
            合计 {sum}
            {sum !== 100 ? '（须为 100）' : ''}
          </span>
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={fetching}>
            保存权重
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}

/** 考核: the departments ranked for a period, each part's points with its reason, and the weights. */
export function AssessmentPage() {
  const { planCode = '' } = useParams();
  const [period, setPeriod] = useState<string | null>(null);
  const [docNumber, setDocNumber] = useState('');
  const [{ data, error }, refetch] = useQuery({ query: AssessmentQuery, variables: { plan: planCode, period } });
  // A report, a value, a notice step or a weights change arriving live: the ranking is computed, so ask again.
  const refresh = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  useRefetchOnPlanEvents(planCode, LIVE_TYPES, refresh);

  if (error && !data) return <Alert type="error" showIcon message="考核页面加载失败" description={error.message} />;
  if (!data?.plan || !data.departmentAssessment) return <Skeleton active />;
  const { plan, departmentAssessment: assessment } = data;
  const overseer = plan.viewerCan.setAssessmentWeights;
  const rows = assessment.rows.map(rowData);
  const kinds = rows[0]?.parts ?? [];

  return (
    <div className="assessment">
      <header className="page-header">
        <h1>部门考核</h1>
        <Space wrap>
          <Select
            className="assessment-period"
            value={period ?? ''}
            style={{ minWidth: 160 }}
            onChange={(value: string) => setPeriod(value === '' ? null : value)}
            options={assessmentPeriods(plan.startsOn, plan.endsOn)}
          />
          <span className="muted">
            {assessment.from} 至 {assessment.to}，按 {assessment.asOf} 的情况计
          </span>
          {/* The circular carries every unit's row: offered only to whom the server gives them all. */}
          {assessment.viewerCan.downloadCircular && (
            <>
              <Input
                className="circular-doc-number"
                style={{ width: 200 }}
                placeholder="文号（如 博知领办〔2025〕9号）"
                aria-label="文号"
                value={docNumber}
                onChange={(event) => setDocNumber(event.target.value)}
              />
              <DownloadButton
                path={`/api/plans/${encodeURIComponent(planCode)}/circular.docx?${new URLSearchParams({
                  ...(period ? { period } : {}),
                  ...(docNumber.trim() ? { docNumber: docNumber.trim() } : {}),
                })}`}
                fallbackName="考核通报.docx"
              >
                下载通报
              </DownloadButton>
            </>
          )}
        </Space>
      </header>
      {overseer && (
        <WeightsEditor
          planCode={planCode}
          weights={assessment.weights}
          onSaved={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      <Table<RowData>
        className="assessment-table"
        size="small"
        rowKey={(row) => row.department.code}
        dataSource={rows}
        pagination={false}
        expandable={{
          // Rows open collapsed (all open, the table ran to 3 000 px); a click on a row shows its reasons.
          expandRowByClick: true,
          expandedRowRender: (row) => (
            <ul className="assessment-reasons">
              {row.parts.map((p) => (
                <li key={p.kind} data-kind={p.kind}>
                  <strong>{p.name}</strong>
                  {p.applicable ? ` ${p.points} / ${p.effectiveWeight} 分` : ''}：{p.summary}
                  <div className="assessment-detail">{p.reason}</div>
                </li>
              ))}
              <li>
                <strong>合计</strong>：{row.reason}
              </li>
            </ul>
          ),
        }}
        columns={[
          {
            title: '名次',
            key: 'rank',
            width: 92,
            render: (_, row) => (
              <span className="assessment-rank" data-tied={row.tied}>
                {row.rank === null ? '—' : row.rankText}
              </span>
            ),
          },
          { title: '部门', key: 'department', width: 160, render: (_, row) => row.department.name },
          {
            title: '得分',
            dataIndex: 'score',
            width: 72,
            render: (score: number | null, row) => (
              <Tooltip title={row.reason}>
                <strong className="assessment-score">{score ?? '—'}</strong>
              </Tooltip>
            ),
          },
          {
            title: '为什么',
            key: 'summary',
            render: (_, row) => <span className="assessment-summary">{row.summary}</span>,
          },
          ...kinds.map((kind, i) => ({
            title: `${kind.name}（${kind.weight}）`,
            key: kind.kind,
            width: 112,
            render: (_: unknown, row: RowData) => row.parts[i] && <PartCell part={row.parts[i]} />,
          })),
        ]}
      />
      <p className="muted">{assessment.rule}</p>
    </div>
  );
}
