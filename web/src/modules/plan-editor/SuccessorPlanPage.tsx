import { Alert, Button, Card, DatePicker, Form, Input, Result, Skeleton, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { formatDateLong, formatPercent } from '../../lib/format';
import { type FieldError, fieldErrors } from '../../lib/server-errors';
import { STATUS_META } from '../../ui/status';
import { applyErrors, FormErrors } from './form-errors';

const SuccessorCandidatesQuery = graphql(`
  query SuccessorCandidates($plan: String!) {
    successorCandidates(planCode: $plan) {
      earliestStart
      plan { id code title endsOn lifecycle }
      measures {
        measure { id code title }
        verdict
        percentComplete
        lastStatus
        lastPeriod
        carriedLeadDepartments { code name }
        carriedParticipants { code name }
      }
      indicators {
        indicator { id code name unit targetText }
        verdict
        finalValue
        finalAsOf
        baselineYear
        target
        department { code name }
      }
    }
  }
`);

const StartSuccessorPlan = graphql(`
  mutation StartSuccessorPlan($i: StartSuccessorPlanInput!) { startSuccessorPlan(input: $i) { id code } }
`);

interface Values {
  code: string;
  title: string;
  docNumber?: string;
  startsOn: Dayjs;
  endsOn: Dayjs;
}

const FIELDS = ['code', 'title', 'docNumber', 'startsOn', 'endsOn', 'carryMeasureCodes', 'carryIndicatorCodes'];

const VERDICT_LABEL: Record<string, string> = { NOT_COMPLETED: '未完成', NOT_REPORTED: '未填报' };

const names = (units: readonly { name: string }[]) => units.map((u) => u.name).join('、') || '—';

/**
 * 启动接续方案: the office of an ended plan chooses what the next plan carries — the measures not finished (all
 * ticked), the indicators with their final values as new baselines — names the new document, and lands in the new
 * draft's editor.
 */
export function SuccessorPlanPage() {
  const { planCode = '' } = useParams();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [{ data, error, fetching }] = useQuery({
    query: SuccessorCandidatesQuery,
    variables: { plan: planCode },
    requestPolicy: 'network-only',
  });
  const [{ fetching: starting }, start] = useMutation(StartSuccessorPlan);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [measureCodes, setMeasureCodes] = useState<string[]>([]);
  const [indicatorCodes, setIndicatorCodes] = useState<string[]>([]);
  const candidates = data?.successorCandidates;

  useEffect(() => {
    if (!candidates) return;
    setMeasureCodes(candidates.measures.map((m) => m.measure.code));
    setIndicatorCodes(candidates.indicators.map((i) => i.indicator.code));
    form.setFieldsValue({ startsOn: dayjs(candidates.earliestStart) });
  }, [candidates, form]);

  if (fetching && !data) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (!candidates) {
    const reason = fieldErrors(error)[0]?.reason ?? '无法读取接续方案的候选内容';
    return <Result status="warning" title="不能启动接续方案" subTitle={reason} />;
  }

  const submit = async (v: Values) => {
    const result = await start({
      i: {
        planCode,
        code: v.code,
        title: v.title,
        docNumber: v.docNumber || null,
        startsOn: v.startsOn.format('YYYY-MM-DD'),
        endsOn: v.endsOn.format('YYYY-MM-DD'),
        carryMeasureCodes: measureCodes,
        carryIndicatorCodes: indicatorCodes,
      },
    });
    if (result.data) return void navigate(`/plans/${result.data.startSuccessorPlan.code}/edit`);
    setErrors(applyErrors(form, fieldErrors(result.error), FIELDS));
  };

  return (
    <Card title="启动接续方案" className="successor-plan" data-testid="successor-plan">
      <Alert
        type="info"
        showIcon
        className="section"
        message={`「${candidates.plan.title}」已于 ${formatDateLong(candidates.plan.endsOn)} 结束`}
        description={
          <>
            勾选要带入新方案的未完成措施和指标，生成一份新方案草稿，由本办公室在编辑器中继续修改后发布。
            措施保留原编号，连同所属工程和目标一并带入，牵头、配合单位按现行机构设置（已合并的单位改为承接单位，已撤销的单位不再列入）。
            指标以原方案终值作为新方案的基期值；<strong>目标值暂沿用原目标</strong>
            ，目标日期改为新方案结束日，请在编辑器中修订。 原方案仍可在终期评估完成后归档。
          </>
        }
      />
      <Form form={form} name="successorPlan" layout="vertical" onFinish={submit} data-testid="successor-form">
        <FormErrors errors={errors} />
        <div className="successor-fields">
          <Form.Item
            name="code"
            label="新方案编码"
            rules={[{ required: true, message: '请填写方案编码' }]}
            extra="小写字母、数字和连字符，如 boshan-ip-2026-2028"
          >
            <Input />
          </Form.Item>
          <Form.Item name="title" label="新方案名称" rules={[{ required: true, message: '请填写方案名称' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="docNumber" label="文号">
            <Input />
          </Form.Item>
          <Form.Item
            name="startsOn"
            label="开始日期"
            rules={[{ required: true, message: '请选择开始日期' }]}
            extra={`须晚于原方案结束日，最早 ${formatDateLong(candidates.earliestStart)}`}
          >
            <DatePicker />
          </Form.Item>
          <Form.Item name="endsOn" label="结束日期" rules={[{ required: true, message: '请选择结束日期' }]}>
            <DatePicker />
          </Form.Item>
        </div>

        <h3 className="section">
          未完成的措施（已选 {measureCodes.length}/{candidates.measures.length} 项）
        </h3>
        <Table
          size="small"
          rowKey={(m) => m.measure.code}
          pagination={false}
          data-testid="successor-measures"
          dataSource={candidates.measures}
          locale={{ emptyText: '原方案的措施均已完成' }}
          rowSelection={{
            selectedRowKeys: measureCodes,
            onChange: (keys) => setMeasureCodes(keys.map(String)),
          }}
          columns={[
            { title: '编号', width: 70, render: (_, m) => m.measure.code },
            { title: '措施', render: (_, m) => m.measure.title },
            {
              title: '评估结论',
              width: 150,
              render: (_, m) => (
                <span>
                  <Tag>{VERDICT_LABEL[m.verdict] ?? m.verdict}</Tag>
                  {formatPercent(m.percentComplete)}
                </span>
              ),
            },
            {
              title: '最近报告',
              width: 150,
              render: (_, m) =>
                m.lastStatus ? (
                  `${STATUS_META[m.lastStatus].label}（${m.lastPeriod}）`
                ) : (
                  <span className="muted">从未填报</span>
                ),
            },
            { title: '牵头单位（新方案）', width: 180, render: (_, m) => names(m.carriedLeadDepartments) },
            { title: '配合单位（新方案）', render: (_, m) => names(m.carriedParticipants) },
          ]}
        />

        <h3 className="section">
          指标（已选 {indicatorCodes.length}/{candidates.indicators.length} 项，终值作为新基期值）
        </h3>
        <Table
          size="small"
          rowKey={(i) => i.indicator.code}
          pagination={false}
          data-testid="successor-indicators"
          dataSource={candidates.indicators}
          rowSelection={{
            selectedRowKeys: indicatorCodes,
            onChange: (keys) => setIndicatorCodes(keys.map(String)),
          }}
          columns={[
            { title: '指标', render: (_, i) => i.indicator.name },
            {
              title: '原方案终值',
              width: 200,
              render: (_, i) =>
                i.finalValue === null ? (
                  <span className="muted">无终值</span>
                ) : (
                  `${i.finalValue}${i.indicator.unit ?? ''}（${i.finalAsOf}）`
                ),
            },
            {
              title: '新基期值',
              width: 180,
              render: (_, i) =>
                i.finalValue === null ? (
                  <span className="muted">留空，请在编辑器中填写</span>
                ) : (
                  <strong>
                    {i.finalValue}
                    {i.indicator.unit ?? ''}（{i.baselineYear}年）
                  </strong>
                ),
            },
            {
              title: '目标（暂沿用原目标）',
              render: (_, i) => i.indicator.targetText,
            },
            { title: '责任单位（新方案）', width: 170, render: (_, i) => i.department?.name ?? '已撤销，需另定' },
          ]}
        />

        <Button type="primary" htmlType="submit" loading={starting} className="section" data-action="start-successor">
          生成接续方案草稿
        </Button>
      </Form>
    </Card>
  );
}
