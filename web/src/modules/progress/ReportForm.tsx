import { Alert, Button, Form, Input, InputNumber, Radio, Select } from 'antd';
import { useEffect, useMemo } from 'react';
import { formatPeriod } from '../../lib/format';
import { STATUS_META } from '../../ui/status';
import { EvidenceList } from './EvidenceList';
import {
  draftKey,
  type EditedReport,
  initialDraft,
  type LastReport,
  loadDraft,
  type ReportDraft,
} from './report-draft';
import { useReportSubmit } from './useReportSubmit';

const STATUS_CHOICES = (['ON_TRACK', 'AT_RISK', 'DELAYED', 'COMPLETED', 'NOT_STARTED'] as const).map((s) => ({
  value: s,
  label: `${STATUS_META[s].mark} ${STATUS_META[s].label}`,
}));

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
  last: LastReport | null;
  /** A note at the top of a new report, e.g. that posting is optional for a participant. */
  note?: string;
  /** Edit this report (resubmission) instead of posting a new one. */
  editing?: EditedReport | null;
  onDone: () => void;
}) {
  const { planCode, measureCode, departmentCode, last } = props;
  const [form] = Form.useForm<ReportDraft>();
  const edited = props.editing ?? null;
  const key = draftKey({ planCode, measureCode, departmentCode }, edited);
  const initial = useMemo(
    () => loadDraft(key) ?? initialDraft(edited, props.periods, last),
    [key, last, props.periods, edited],
  );
  useEffect(() => form.setFieldsValue(initial), [form, initial]);
  const { onFinish, fetching, general, top } = useReportSubmit({
    form,
    target: { planCode, measureCode, departmentCode },
    edited,
    draftKey: key,
    onDone: props.onDone,
  });

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
        extra={edited ? undefined : lastStatusHint(last)}
      >
        <Radio.Group optionType="button" options={STATUS_CHOICES} />
      </Form.Item>
      <Form.Item
        label="完成百分比"
        name="percentComplete"
        rules={[{ required: true, message: '请填写完成百分比' }]}
        extra={
          last && !edited ? `已按上期（${formatPeriod(last.period)}）${last.percentComplete}% 预填，请核对` : undefined
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
      <EvidenceList />
      <Button type="primary" htmlType="submit" loading={fetching} block>
        {edited ? '修改后重新提交' : '提交报告'}
      </Button>
    </Form>
  );
}

/** Last period's status as a hint, never a default: the clerk chooses this period's. */
function lastStatusHint(last: LastReport | null): string {
  return last
    ? `上期（${formatPeriod(last.period)}）为「${STATUS_META[last.status].mark} ${STATUS_META[last.status].label}」，请按本期实际选择`
    : '请按本期实际选择';
}
