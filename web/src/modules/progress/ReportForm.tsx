import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { formatPeriod } from '../../lib/format';
import { fieldErrors, placeErrors } from '../../lib/server-errors';
import { type ProgressStatusName, STATUS_META } from '../../ui/status';

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
  /** Unset on a new period's report until the clerk chooses: last period's status is a hint, never a default. */
  status: ProgressStatusName | undefined;
  percentComplete: number;
  summary: string;
  problems?: string | null;
  nextSteps?: string | null;
  evidence?: { title: string; url: string }[];
}

const FORM_FIELDS = ['period', 'status', 'percentComplete', 'summary', 'problems', 'nextSteps'];
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
  status: ProgressStatusName;
}

/**
 * 填报进展: a new period's report starts from the last report's percent, problems, next steps and evidence, but not
 * its status: the status is chosen each period (the last one is shown as a hint), so a stale 滞后 is never re-posted
 * unnoticed. When `editing`, the report being corrected or resubmitted keeps all its values. Kept as a draft in this
 * browser while typed (nothing is lost on an error, a reload or a dropped connection), and retried safely: one
 * idempotency key per draft. Every refusal from the server shows beside its field, or at the top when it has none.
 */
export function ReportForm(props: {
  planCode: string;
  measureCode: string;
  departmentCode: string;
  periods: string[];
  last:
    | (Pick<ReportDraft, 'percentComplete' | 'problems' | 'nextSteps' | 'evidence'> & {
        period: string;
        status: ProgressStatusName;
      })
    | null;
  /** A note at the top of a new report, e.g. that posting is optional for a participant. */
  note?: string;
  /** Edit this report (resubmission) instead of posting a new one. */
  editing?: EditedReport | null;
  onDone: () => void;
}) {
  const [form] = Form.useForm<ReportDraft>();
  const [{ fetching: submitting }, submit] = useMutation(SubmitReportMutation);
  const [{ fetching: editing }, edit] = useMutation(EditReportMutation);
  const fetching = submitting || editing;
  const [general, setGeneral] = useState<string | null>(null);
  const top = useRef<HTMLDivElement>(null);
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
            status: undefined,
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
    if (!values.status) return;
    // Empty rows are dropped; `rows` maps the server's evidence index back to the row on screen.
    const rows = (values.evidence ?? []).flatMap((e, row) => (e?.title || e?.url ? [row] : []));
    const evidence = rows.map((row) => {
      const e = values.evidence?.[row];
      return { title: e?.title ?? '', url: e?.url ?? '' };
    });
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
    // Beside its field when the form has one (input.evidence.1.url → that row's reference), else at the top.
    const placed = placeErrors(fieldErrors(result.error), FORM_FIELDS, {
      evidence: { rows, fields: ['title', 'url'] },
    });
    const onFields = placed.filter((e) => e.name !== null);
    form.setFields(onFields.map((e) => ({ name: e.name as never, errors: [e.reason] })));
    const rest = placed.filter((e) => e.name === null);
    if (rest.length > 0) {
      setGeneral(rest.map((e) => e.reason).join('；'));
      top.current?.scrollIntoView({ block: 'nearest' });
    } else if (onFields[0]) form.scrollToField(onFields[0].name as never);
  }

  const lastHint = props.last
    ? `上期（${formatPeriod(props.last.period)}）为「${STATUS_META[props.last.status].mark} ${STATUS_META[props.last.status].label}」，请按本期实际选择`
    : '请按本期实际选择';

  return (
    <Form<ReportDraft>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      onValuesChange={(_, all) => localStorage.setItem(key, JSON.stringify(all))}
      className="report-form"
      scrollToFirstError
    >
      <div ref={top} />
      {general && <Alert type="error" showIcon message={general} className="form-error" />}
      {props.note && !edited && <Alert type="info" showIcon message={props.note} className="form-note" />}
      <Form.Item label="报告期" name="period" rules={[{ required: true, message: '请选择报告期' }]}>
        <Select
          disabled={edited !== null}
          options={(edited ? [edited.period] : props.periods).map((p) => ({ value: p, label: formatPeriod(p) }))}
        />
      </Form.Item>
      <Form.Item
        label="推进状态"
        name="status"
        rules={[{ required: true, message: '请选择本期推进状态' }]}
        extra={edited ? undefined : lastHint}
      >
        <Radio.Group
          optionType="button"
          options={(['ON_TRACK', 'AT_RISK', 'DELAYED', 'COMPLETED', 'NOT_STARTED'] as const).map((s) => ({
            value: s,
            label: `${STATUS_META[s].mark} ${STATUS_META[s].label}`,
          }))}
        />
      </Form.Item>
      <Form.Item
        label="完成百分比"
        name="percentComplete"
        rules={[{ required: true, message: '请填写完成百分比' }]}
        extra={
          props.last && !edited
            ? `已按上期（${formatPeriod(props.last.period)}）${props.last.percentComplete}% 预填，请核对`
            : undefined
        }
      >
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
                <Space key={field.key} align="baseline" wrap className="evidence-row">
                  <Form.Item
                    name={[field.name, 'title']}
                    rules={[{ required: true, message: '请填写标题' }]}
                    style={{ width: 200 }}
                  >
                    <Input placeholder="标题，如：专利质押融资签约通报" />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'url']}
                    rules={[{ required: true, message: '请填写链接、文件引用或发文字号' }]}
                    style={{ width: 260 }}
                  >
                    <Input placeholder="链接或发文字号，如 博市监发〔2025〕41号" />
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
      <Button type="primary" htmlType="submit" loading={fetching} block>
        {edited ? '修改后重新提交' : '提交报告'}
      </Button>
    </Form>
  );
}
