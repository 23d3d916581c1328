import { Button, Form, Input, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import type { FieldError } from '../../lib/server-errors';
import type { EditorModel } from './editor-actions';
import type { EditorGoal } from './editor-plan';
import { applyErrors, FormErrors } from './form-errors';
import { useServerValues } from './use-server-values';

interface Values {
  code: string;
  title: string;
  description?: string;
}

/** 目标: its code, title and text. */
export function GoalForm(props: { editor: EditorModel; goal: EditorGoal; onRemoved: () => void }) {
  const { editor, goal } = props;
  const { actions } = editor;
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<FieldError[]>([]);
  useServerValues(
    form,
    { code: goal.code, title: goal.title, description: goal.description ?? '' },
    { onApplied: () => setErrors([]) },
  );

  const save = async (values: Values) => {
    const done = await actions.saveGoal(goal, values);
    if (!done.ok) setErrors(applyErrors(form, done.errors, ['code', 'title', 'description']));
  };
  const remove = async () => {
    const done = await actions.removeGoal(goal.code);
    if (done.ok) props.onRemoved();
    else setErrors(done.errors);
  };

  return (
    <Form form={form} name="goal" layout="vertical" onFinish={save} data-testid="goal-form">
      <FormErrors errors={errors} />
      <Form.Item name="code" label="编号" rules={[{ required: true, message: '请填写编号' }]}>
        <Input />
      </Form.Item>
      <Form.Item name="title" label="目标" rules={[{ required: true, message: '请填写目标' }]}>
        <Input />
      </Form.Item>
      <Form.Item name="description" label="说明（原文）">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit">
          保存
        </Button>
        {actions.mode === 'draft' && (
          <Popconfirm title={`删除目标「${goal.code}」？`} onConfirm={remove}>
            <Button danger>删除</Button>
          </Popconfirm>
        )}
      </Space>
    </Form>
  );
}
