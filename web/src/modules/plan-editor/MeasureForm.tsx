import { Alert, App, Button, Form, Input, Modal, Popconfirm, Select, Space } from 'antd';
import { useState } from 'react';
import type { MeasureKind } from '../../gql/graphql';
import type { FieldError } from '../../lib/server-errors';
import type { EditorModel } from './editor-actions';
import type { EditorMeasure } from './editor-plan';
import { applyErrors, FormErrors, unitOptions } from './form-errors';
import { useServerValues } from './use-server-values';

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
export function MeasureForm(props: { editor: EditorModel; measure: EditorMeasure; onRemoved: () => void }) {
  const { editor, measure } = props;
  const { actions } = editor;
  const plan = editor.plan;
  const [withdrawing, setWithdrawing] = useState(false);
  const [withdrawReason, setWithdrawReason] = useState('');
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();
  useServerValues(form, initial(measure), { reset: true, onApplied: () => setErrors([]) });
  if (!plan) return null;
  if (editor.withdrawn?.has(measure.code)) {
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="measure-withdrawn"
        message={`「${measure.code} ${measure.title}」已撤销（本次调整），不再修改；如需恢复，请从本次调整中移除该项。`}
      />
    );
  }
  const inherited = measure.assignments.filter((a) => a.inherited && a.role === 'LEAD');

  const save = async (values: Values) => {
    setSaving(true);
    const before = initial(measure);
    const unitsChanged =
      before.leadCode !== (values.leadCode ?? null) ||
      before.participantCodes.join() !== (values.participantCodes ?? []).join();
    const done = await actions.updateMeasure(
      measure,
      {
        code: values.code,
        kind: values.kind,
        title: values.title,
        description: values.description ?? null,
        ...(!measure.parent && { goalCode: values.goalCode ?? null }),
      },
      unitsChanged ? { leadCode: values.leadCode ?? null, participantCodes: values.participantCodes ?? [] } : null,
    );
    setSaving(false);
    if (!done.ok) {
      setErrors(applyErrors(form, done.errors, ['code', 'kind', 'title', 'description', 'goalCode', 'leadCode']));
    } else {
      setErrors([]);
      void message.success(`${actions.done}「${values.code}」`);
    }
  };

  const remove = async () => {
    const done = await actions.removeMeasure(measure.code);
    if (done.ok) props.onRemoved();
    else setErrors(done.errors);
  };

  const withdraw = async () => {
    const reason = withdrawReason.trim();
    if (!reason || !actions.withdrawMeasure) return;
    const done = await actions.withdrawMeasure(measure.code, reason);
    if (done.ok) {
      setWithdrawing(false);
      setWithdrawReason('');
      void message.success(`${actions.done}：撤销「${measure.code}」`);
    } else setErrors(done.errors);
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
        <Popconfirm
          title={
            actions.mode === 'revise'
              ? `删除「${measure.code}」？只有从未报送过的措施可以删除，已有报送的请撤销。`
              : `删除「${measure.code}」及其全部下级？`
          }
          onConfirm={remove}
        >
          <Button danger>删除</Button>
        </Popconfirm>
        {actions.withdrawMeasure && (
          <Button danger type="dashed" onClick={() => setWithdrawing(true)} data-testid="withdraw-measure">
            撤销
          </Button>
        )}
      </Space>
      <Modal
        open={withdrawing}
        title={`撤销措施「${measure.code} ${measure.title}」`}
        okText="加入本次调整"
        okButtonProps={{ disabled: withdrawReason.trim() === '', danger: true }}
        onOk={() => void withdraw()}
        onCancel={() => setWithdrawing(false)}
        destroyOnHidden
      >
        <p className="muted">撤销后该措施不再要求报送，已有报告保留在记录中。请写明撤销理由。</p>
        <Input.TextArea
          aria-label="撤销理由"
          value={withdrawReason}
          onChange={(e) => setWithdrawReason(e.target.value)}
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={500}
        />
      </Modal>
    </Form>
  );
}
