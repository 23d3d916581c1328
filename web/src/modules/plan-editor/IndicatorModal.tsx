import { DatePicker, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { IndicatorDirection, TargetKind } from '../../gql/graphql';
import type { FieldError } from '../../lib/server-errors';
import type { EditorModel } from './editor-actions';
import type { EditorIndicator } from './editor-plan';
import { applyErrors, FormErrors, unitOptions } from './form-errors';
import { useServerValues } from './use-server-values';

/** The indicator being edited, or a new one of a goal. */
export type IndicatorTarget = { indicator: EditorIndicator } | { goalCode: string };

interface Values {
  code: string;
  name: string;
  goalCode: string;
  measureCode?: string | null;
  departmentCode: string;
  unit?: string;
  baseline?: number | null;
  baselineYear?: number | null;
  target?: number | null;
  targetDate: Dayjs;
  direction: IndicatorDirection;
  targetKind: TargetKind;
  targetText: string;
}

const FIELDS = [
  'code',
  'name',
  'goalCode',
  'measureCode',
  'departmentCode',
  'unit',
  'baseline',
  'baselineYear',
  'target',
  'targetDate',
  'direction',
  'targetKind',
  'targetText',
];

function initial(target: IndicatorTarget, endsOn: string): Partial<Values> {
  if ('goalCode' in target) {
    return { goalCode: target.goalCode, direction: 'INCREASE', targetKind: 'NUMERIC', targetDate: dayjs(endsOn) };
  }
  const i = target.indicator;
  return {
    code: i.code,
    name: i.name,
    goalCode: i.goal.code,
    measureCode: i.measure?.code ?? null,
    departmentCode: i.department.code,
    unit: i.unit ?? '',
    baseline: i.baseline,
    baselineYear: i.baselineYear,
    target: i.target,
    targetDate: dayjs(i.targetDate),
    direction: i.direction,
    targetKind: i.targetKind,
    targetText: i.targetText,
  };
}

/** 指标: baseline and its year, target, unit, date, direction, kind, the document’s wording, goal and unit. */
export function IndicatorModal(props: { editor: EditorModel; target: IndicatorTarget | null; onClose: () => void }) {
  const { editor, target } = props;
  const plan = editor.plan;
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<FieldError[]>([]);
  useServerValues(form, target && plan ? initial(target, plan.endsOn) : null, {
    reset: true,
    onApplied: () => setErrors([]),
  });
  if (!plan) return null;

  const save = async (v: Values) => {
    const done = await editor.actions.saveIndicator(target && 'indicator' in target ? target.indicator : null, {
      ...v,
      unit: v.unit || null,
      baseline: v.baseline ?? null,
      baselineYear: v.baselineYear ?? null,
      target: v.target ?? null,
      measureCode: v.measureCode ?? null,
      targetDate: v.targetDate.format('YYYY-MM-DD'),
    });
    if (done.ok) props.onClose();
    else setErrors(applyErrors(form, done.errors, FIELDS));
  };

  return (
    <Modal
      open={target !== null}
      title="指标"
      width={720}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      okText="保存"
      destroyOnHidden
    >
      <Form form={form} name="indicator" layout="vertical" onFinish={save} data-testid="indicator-form">
        <FormErrors errors={errors} />
        <Space wrap>
          <Form.Item name="code" label="编号" rules={[{ required: true, message: '请填写编号' }]}>
            <Input style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="goalCode" label="所属目标">
            <Select
              style={{ width: 200 }}
              options={plan.goals.map((g) => ({ value: g.code, label: `${g.code} ${g.title}` }))}
            />
          </Form.Item>
          <Form.Item name="departmentCode" label="责任单位" rules={[{ required: true, message: '请选择责任单位' }]}>
            <Select
              style={{ width: 220 }}
              showSearch
              optionFilterProp="label"
              options={unitOptions(editor.departments)}
            />
          </Form.Item>
        </Space>
        <Form.Item name="name" label="指标名称" rules={[{ required: true, message: '请填写指标名称' }]}>
          <Input />
        </Form.Item>
        <Space wrap>
          <Form.Item name="targetKind" label="类型">
            <Select
              style={{ width: 120 }}
              options={[
                { value: 'NUMERIC', label: '定量' },
                { value: 'QUALITATIVE', label: '定性' },
              ]}
            />
          </Form.Item>
          <Form.Item name="direction" label="方向">
            <Select
              style={{ width: 120 }}
              options={[
                { value: 'INCREASE', label: '越大越好' },
                { value: 'DECREASE', label: '越小越好' },
              ]}
            />
          </Form.Item>
          <Form.Item name="unit" label="单位">
            <Input style={{ width: 100 }} />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="baseline" label="基期值">
            <InputNumber />
          </Form.Item>
          <Form.Item name="baselineYear" label="基期年份">
            <InputNumber min={1949} max={2200} />
          </Form.Item>
          <Form.Item name="target" label="目标值">
            <InputNumber />
          </Form.Item>
          <Form.Item name="targetDate" label="目标日期" rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
        </Space>
        <Form.Item name="targetText" label="目标原文" rules={[{ required: true, message: '请填写文件中的原文表述' }]}>
          <Input placeholder="如：达到 4 件" />
        </Form.Item>
        <Form.Item name="measureCode" label="所属措施（可选）">
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            options={plan.measures.map((m) => ({ value: m.code, label: `${m.code} ${m.title}` }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
