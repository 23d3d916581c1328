import { App, Button, Form, Input, Popconfirm, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import type { MeasureKind } from '../../gql/graphql';
import type { FieldError } from '../../lib/server-errors';
import { RemoveDraftMeasure, SaveDraftMeasure, SetDraftAssignments } from './editor-mutations';
import { applyErrors, FormErrors, unitOptions } from './form-errors';
import type { EditorMeasure, PlanEditorModel } from './usePlanEditor';

interface Values {
  code: string;
  kind: MeasureKind;
  title: string;
  description?: string;
  goalCode?: string | null;
  leadCode?: string | null;
  participantCodes: string[];
}

const KINDS = [
  { value: 'PROJECT', label: '工程' },
  { value: 'MEASURE', label: '措施' },
  { value: 'SAFEGUARD', label: '保障措施' },
];

function initial(measure: EditorMeasure): Values {
  const own = measure.assignments.filter((a) => !a.inherited);
  return {
    code: measure.code,
    kind: measure.kind,
    title: measure.title,
    description: measure.description ?? '',
    goalCode: measure.parent ? undefined : (measure.goal?.code ?? null),
    leadCode: own.find((a) => a.role === 'LEAD')?.department.code ?? null,
    participantCodes: own.filter((a) => a.role === 'PARTICIPANT').map((a) => a.department.code),
  };
}

/** 措施: its code, kind, heading, text, goal (top level), and its units: one lead, the participants. */
export function MeasureForm(props: { editor: PlanEditorModel; measure: EditorMeasure; onRemoved: () => void }) {
  const { editor, measure } = props;
  const plan = editor.plan;
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(initial(measure));
    setErrors([]);
  }, [form, measure]);
  if (!plan) return null;
  const inherited = measure.assignments.filter((a) => a.inherited && a.role === 'LEAD');

  const save = async (values: Values) => {
    setSaving(true);
    const before = initial(measure);
    const saved = await editor.write(SaveDraftMeasure, {
      i: {
        planCode: plan.code,
        measureCode: measure.code,
        code: values.code,
        kind: values.kind,
        title: values.title,
        description: values.description ?? null,
        ...(!measure.parent && { goalCode: values.goalCode ?? null }),
      },
    });
    const unitsChanged =
      before.leadCode !== (values.leadCode ?? null) ||
      before.participantCodes.join() !== (values.participantCodes ?? []).join();
    const units =
      saved.ok && unitsChanged
        ? await editor.write(SetDraftAssignments, {
            i: {
              planCode: plan.code,
              measureCode: values.code,
              leadCode: values.leadCode ?? null,
              participantCodes: values.participantCodes ?? [],
            },
          })
        : saved;
    setSaving(false);
    const failed = !saved.ok ? saved : !units.ok ? units : null;
    if (failed && !failed.ok) {
      setErrors(applyErrors(form, failed.errors, ['code', 'kind', 'title', 'description', 'goalCode', 'leadCode']));
    } else {
      setErrors([]);
      void message.success(`已保存「${values.code}」`);
    }
  };

  const remove = async () => {
    const done = await editor.write(RemoveDraftMeasure, { plan: plan.code, measure: measure.code }, '已删除');
    if (done.ok) props.onRemoved();
    else setErrors(done.errors);
  };

  const units = unitOptions(editor.departments);
  return (
    <Form form={form} name="measure" layout="vertical" onFinish={save} data-testid="measure-form">
      <FormErrors errors={errors} />
      <Space.Compact block>
        <Form.Item
          name="code"
          label="编号"
          rules={[{ required: true, message: '请填写编号' }]}
          style={{ width: '30%' }}
        >
          <Input />
        </Form.Item>
        <Form.Item name="kind" label="类型" style={{ width: '30%' }}>
          <Select options={measure.parent ? KINDS.filter((k) => k.value === 'MEASURE') : KINDS} />
        </Form.Item>
      </Space.Compact>
      <Form.Item name="title" label="名称" rules={[{ required: true, message: '请填写名称' }]}>
        <Input />
      </Form.Item>
      <Form.Item name="description" label="内容（原文）">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
      {!measure.parent && (
        <Form.Item name="goalCode" label="服务目标">
          <Select allowClear options={plan.goals.map((g) => ({ value: g.code, label: `${g.code} ${g.title}` }))} />
        </Form.Item>
      )}
      <Form.Item
        name="leadCode"
        label="牵头单位"
        extra={
          inherited.length > 0 ? `未指定时沿用上级：${inherited.map((a) => a.department.name).join('、')}` : undefined
        }
      >
        <Select allowClear showSearch optionFilterProp="label" options={units} placeholder="搜索单位" />
      </Form.Item>
      <Form.Item name="participantCodes" label="配合单位（可选单位组，如各镇、街道）">
        <Select mode="multiple" showSearch optionFilterProp="label" options={units} placeholder="搜索单位" />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={saving}>
          保存
        </Button>
        <Popconfirm title={`删除「${measure.code}」及其全部下级？`} onConfirm={remove}>
          <Button danger>删除</Button>
        </Popconfirm>
      </Space>
    </Form>
  );
}
