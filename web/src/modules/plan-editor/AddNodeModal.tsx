import { Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import type { MeasureKind } from '../../gql/graphql';
import type { FieldError } from '../../lib/server-errors';
import type { EditorModel } from './editor-actions';
import { applyErrors, FormErrors } from './form-errors';

/** What the add buttons add: a goal, a top-level node, or a child of a node. */
export type AddTarget = { what: 'goal' } | { what: 'measure'; parentCode: string | null; goalCode: string | null };

interface Values {
  code: string;
  title: string;
  kind?: MeasureKind;
}

const TOP_KINDS: { value: MeasureKind; label: string }[] = [
  { value: 'PROJECT', label: '工程' },
  { value: 'MEASURE', label: '措施' },
  { value: 'SAFEGUARD', label: '保障措施' },
];

/** Asks the new item's code and title (and a top-level node's kind), then adds it; the new item is selected. */
export function AddNodeModal(props: {
  editor: EditorModel;
  target: AddTarget | null;
  onClose: (addedKey?: string) => void;
}) {
  const { editor, target } = props;
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const topLevel = target?.what === 'measure' && target.parentCode === null;

  const add = async (v: Values) => {
    if (!target) return;
    const done =
      target.what === 'goal'
        ? await editor.actions.saveGoal(null, { code: v.code, title: v.title })
        : await editor.actions.addMeasure({
            code: v.code,
            title: v.title,
            kind: topLevel ? (v.kind ?? 'PROJECT') : 'MEASURE',
            parentCode: target.parentCode,
            goalCode: topLevel ? target.goalCode : null,
          });
    if (!done.ok) return setErrors(applyErrors(form, done.errors, ['code', 'title', 'kind']));
    form.resetFields();
    setErrors([]);
    props.onClose(target.what === 'goal' ? `goal:${v.code}` : `measure:${v.code}`);
  };

  const title = !target
    ? ''
    : target.what === 'goal'
      ? '新增目标'
      : topLevel
        ? '新增工程或措施'
        : `新增「${target.parentCode}」的下级措施`;
  return (
    <Modal
      open={target !== null}
      title={title}
      onOk={() => form.submit()}
      onCancel={() => props.onClose()}
      okText="新增"
      destroyOnHidden
    >
      <Form
        form={form}
        name="addNode"
        layout="vertical"
        onFinish={add}
        initialValues={{ kind: 'PROJECT' }}
        data-testid="add-node-form"
      >
        <FormErrors errors={errors} />
        <Form.Item name="code" label="编号" rules={[{ required: true, message: '请填写编号' }]}>
          <Input placeholder="如 P1、P1.1、G1" />
        </Form.Item>
        <Form.Item name="title" label="名称" rules={[{ required: true, message: '请填写名称' }]}>
          <Input />
        </Form.Item>
        {topLevel && (
          <Form.Item name="kind" label="类型">
            <Select options={TOP_KINDS} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
