import { Button, DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ReportingCycle } from '../../gql/graphql';
import type { FieldError } from '../../lib/server-errors';
import { SetDraftCycle, UpdateDraftPlan } from './editor-mutations';
import { applyErrors, FormErrors } from './form-errors';
import { useServerValues } from './use-server-values';
import type { EditorPlan, PlanEditorModel } from './usePlanEditor';

interface Values {
  title: string;
  issuer: string;
  docNumber?: string;
  issuedOn?: Dayjs | null;
  startsOn: Dayjs;
  endsOn: Dayjs;
  summary?: string;
  cycle: ReportingCycle;
  dueWorkingDay: number;
}

export const CYCLES: { value: ReportingCycle; label: string }[] = [
  { value: 'MONTHLY', label: '按月' },
  { value: 'QUARTERLY', label: '按季度' },
  { value: 'HALF_YEARLY', label: '按半年' },
];

const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

function initial(plan: EditorPlan): Values {
  return {
    title: plan.title,
    issuer: plan.issuer,
    docNumber: plan.docNumber ?? '',
    issuedOn: plan.issuedOn ? dayjs(plan.issuedOn) : null,
    startsOn: dayjs(plan.startsOn),
    endsOn: dayjs(plan.endsOn),
    summary: plan.summary ?? '',
    cycle: plan.reportingCycle,
    dueWorkingDay: plan.dueWorkingDay,
  };
}

/** 方案信息: title, issuer, 文号, dates, preamble, and the 报送周期. */
export function PlanForm(props: { editor: PlanEditorModel; plan: EditorPlan }) {
  const { editor, plan } = props;
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<FieldError[]>([]);
  useServerValues(form, initial(plan));

  const save = async (v: Values) => {
    const fields = ['title', 'issuer', 'docNumber', 'issuedOn', 'startsOn', 'endsOn', 'summary', 'dueWorkingDay'];
    const header = await editor.write(UpdateDraftPlan, {
      i: {
        planCode: plan.code,
        title: v.title,
        issuer: v.issuer,
        docNumber: v.docNumber || null,
        issuedOn: day(v.issuedOn),
        startsOn: day(v.startsOn),
        endsOn: day(v.endsOn),
        summary: v.summary || null,
      },
    });
    if (!header.ok) return setErrors(applyErrors(form, header.errors, fields));
    const cycleChanged = v.cycle !== plan.reportingCycle || v.dueWorkingDay !== plan.dueWorkingDay;
    const cycle = cycleChanged
      ? await editor.write(SetDraftCycle, {
          i: { planCode: plan.code, cycle: v.cycle, dueWorkingDay: v.dueWorkingDay },
        })
      : header;
    if (!cycle.ok) setErrors(applyErrors(form, cycle.errors, fields));
    else setErrors([]);
  };

  return (
    <Form form={form} name="plan" layout="vertical" onFinish={save} data-testid="plan-form">
      <FormErrors errors={errors} />
      <Form.Item name="title" label="方案名称" rules={[{ required: true, message: '请填写方案名称' }]}>
        <Input />
      </Form.Item>
      <Space wrap>
        <Form.Item name="issuer" label="印发机关" rules={[{ required: true, message: '请填写印发机关' }]}>
          <Input style={{ width: 260 }} />
        </Form.Item>
        <Form.Item name="docNumber" label="文号">
          <Input style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="issuedOn" label="印发日期">
          <DatePicker />
        </Form.Item>
      </Space>
      <Space wrap>
        <Form.Item name="startsOn" label="开始日期" rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="endsOn" label="结束日期" rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="cycle" label="报送周期">
          <Select options={CYCLES} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="dueWorkingDay" label="次月第几个工作日截止">
          <InputNumber min={1} max={20} />
        </Form.Item>
      </Space>
      <Form.Item name="summary" label="前言（原文）">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit">
        保存方案信息
      </Button>
    </Form>
  );
}
