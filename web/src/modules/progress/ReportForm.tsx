import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { formatPeriod } from '../../lib/format';
import { type ProgressStatusName, STATUS_META } from '../../ui/status';
import { fieldErrors } from './server-errors';

const SubmitReportMutation = graphql(`
  mutation SubmitReport($input: SubmitProgressReportInput!) {
    submitProgressReport(input: $input) { ...LatestReport_ProgressReport measure { id } }
  }
`);

const EditReportMutation = graphql(`
  mutation EditReport($input: EditProgressReportInput!) {
    editProgressReport(input: $input) { ...LatestReport_ProgressReport ...ReportTimeline_ProgressReport measure { id } }
  }
`);

export interface ReportDraft {
  period: string;
  status: ProgressStatusName;
  percentComplete: number;
  summary: string;
  problems?: string | null;
  nextSteps?: string | null;
  evidence?: { title: string; url: string }[];
}

const FORM_FIELDS = ['period', 'status', 'percentComplete', 'summary', 'problems', 'nextSteps', 'evidence'];
const draftKey = (plan: string, measure: string, department: string) => `duban.draft.${plan}.${measure}.${department}`;

function loadDraft(key: string): Partial<ReportDraft> | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Partial<ReportDraft>) : null;
  } catch {
    return null;
  }
}

/** A report being corrected or resubmitted after a return (退回修改), at the version it was read at. */
export interface EditedReport extends ReportDraft {
  id: string;
  version: number;
}

/**
 * 填报进展: pre-filled with the last report (or, when `editing`, with the report being resubmitted), kept as a draft in this browser while typed (nothing is lost on an
 * error, a reload or a dropped connection), and retried safely: one idempotency key per draft.
 */
export function ReportForm(props: {
  planCode: string;
  measureCode: string;
  departmentCode: string;
  periods: string[];
  last: Pick<ReportDraft, 'status' | 'percentComplete' | 'problems' | 'nextSteps' | 'evidence'> | null;
  /** Edit this report (resubmission) instead of posting a new one. */
  editing?: EditedReport | null;
  onDone: () => void;
}) {
  const [form] = Form.useForm<ReportDraft>();
  const [{ fetching: submitting }, submit] = useMutation(SubmitReportMutation);
  const [{ fetching: editing }, edit] = useMutation(EditReportMutation);
  const fetching = submitting || editing;
  const [general, setGeneral] = useState<string | null>(null);
  const edited = props.editing ?? null;
  const key = edited
    ? `duban.draft.edit.${edited.id}.${edited.version}`
    : draftKey(props.planCode, props.measureCode, props.departmentCode);
  const idempotencyKey = useMemo(() => crypto.randomUUID(), []);
  const initial = useMemo<Partial<ReportDraft>>(
    () =>
      loadDraft(key) ??
      (edited
        ? {
            period: edited.period,
            status: edited.status,
            percentComplete: edited.percentComplete,
            summary: edited.summary,
            problems: edited.problems ?? '',
            nextSteps: edited.nextSteps ?? '',
            evidence: edited.evidence?.map((e) => ({ title: e.title, url: e.url })) ?? [],
          }
        : {
            period: props.periods[0],
            status: props.last?.status ?? 'ON_TRACK',
            percentComplete: props.last?.percentComplete ?? 0,
            summary: '',
            problems: props.last?.problems ?? '',
            nextSteps: props.last?.nextSteps ?? '',
            evidence: props.last?.evidence?.map((e) => ({ title: e.title, url: e.url })) ?? [],
          }),
    [key, props.last, props.periods, edited],
  );
  useEffect(() => form.setFieldsValue(initial), [form, initial]);

  async function onFinish(values: ReportDraft) {
    setGeneral(null);
    const evidence = (values.evidence ?? []).filter((e) => e?.title || e?.url);
    const result = edited
      ? await edit({
          input: {
            id: edited.id,
            version: edited.version,
            status: values.status,
            percentComplete: values.percentComplete,
            summary: values.summary ?? '',
            problems: values.problems || null,
            nextSteps: values.nextSteps || null,
            evidence,
          },
        })
      : await submit({
          input: {
            planCode: props.planCode,
            measureCode: props.measureCode,
            departmentCode: props.departmentCode,
            period: values.period,
            status: values.status,
            percentComplete: values.percentComplete,
            summary: values.summary ?? '',
            problems: values.problems || null,
            nextSteps: values.nextSteps || null,
            evidence,
            idempotencyKey,
          },
        });
    if (result.data) {
      localStorage.removeItem(key);
      props.onDone();
      return;
    }
    const errors = fieldErrors(result.error);
    const onFields = errors.filter((e) => e.field && FORM_FIELDS.includes(e.field));
    form.setFields(onFields.map((e) => ({ name: e.field as keyof ReportDraft, errors: [e.reason] })));
    const rest = errors.filter((e) => !onFields.includes(e));
    if (rest.length > 0) setGeneral(rest.map((e) => e.reason).join('；'));
  }

  return (
    <Form<ReportDraft>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      onValuesChange={(_, all) => localStorage.setItem(key, JSON.stringify(all))}
      className="report-form"
      scrollToFirstError
    >
      <Form.Item label="报告期" name="period" rules={[{ required: true, message: '请选择报告期' }]}>
        <Select
          disabled={edited !== null}
          options={(edited ? [edited.period] : props.periods).map((p) => ({ value: p, label: formatPeriod(p) }))}
        />
      </Form.Item>
      <Form.Item label="推进状态" name="status" rules={[{ required: true, message: '请选择推进状态' }]}>
        <Radio.Group
          optionType="button"
          options={(['ON_TRACK', 'AT_RISK', 'DELAYED', 'COMPLETED', 'NOT_STARTED'] as const).map((s) => ({
            value: s,
            label: `${STATUS_META[s].mark} ${STATUS_META[s].label}`,
          }))}
        />
      </Form.Item>
      <Form.Item label="完成百分比" name="percentComplete" rules={[{ required: true, message: '请填写完成百分比' }]}>
        <InputNumber addonAfter="%" precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        label="工作进展"
        name="summary"
        rules={[{ required: true, whitespace: true, message: '请填写本期工作进展' }]}
      >
        <Input.TextArea rows={4} showCount placeholder="本期做了什么、取得什么成效" />
      </Form.Item>
      <Form.Item label="存在问题 / 需协调事项" name="problems" extra="需要其他部门配合解决的问题，将列入调度会">
        <Input.TextArea rows={2} showCount />
      </Form.Item>
      <Form.Item label="下一步计划" name="nextSteps">
        <Input.TextArea rows={2} showCount />
      </Form.Item>
      <Form.Item label="佐证材料">
        <Form.List name="evidence">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" wrap>
                  <Form.Item name={[field.name, 'title']} rules={[{ required: true, message: '请填写标题' }]}>
                    <Input placeholder="标题，如：专利质押融资签约通报" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'url']} rules={[{ required: true, message: '请填写链接或文件编号' }]}>
                    <Input placeholder="链接或文件编号" />
                  </Form.Item>
                  <MinusCircleOutlined aria-label="删除" onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button type="dashed" onClick={() => add({ title: '', url: '' })} icon={<PlusOutlined />}>
                添加佐证材料
              </Button>
            </>
          )}
        </Form.List>
      </Form.Item>
      {general && <Alert type="error" showIcon message={general} className="form-error" />}
      <Button type="primary" htmlType="submit" loading={fetching} block>
        {edited ? '修改后重新提交' : '提交报告'}
      </Button>
    </Form>
  );
}
