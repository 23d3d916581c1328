import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { type CombinedError, useMutation } from 'urql';
import { graphql } from '../../gql';
import type { DepartmentKind } from '../../gql/graphql';
import { fieldErrors } from '../../lib/server-errors';
import { KIND_LABEL } from './kind-labels';

/** The unit a dialog acts on, as the register lists it. */
export interface DialogUnit {
  code: string;
  name: string;
  version: number;
  aliases: string[];
  members: { code: string }[];
}

export type DialogAction = 'create' | 'rename' | 'aliases' | 'members' | 'merge' | 'retire';

const TITLE: Record<DialogAction, string> = {
  create: '新增部门',
  rename: '部门更名',
  aliases: '设置别名',
  members: '设置成员单位',
  merge: '合并部门',
  retire: '撤销部门',
};

const CreateMutation = graphql(`
  mutation CreateDepartment($input: CreateDepartmentInput!) { createDepartment(input: $input) { code } }
`);
const RenameMutation = graphql(`
  mutation RenameDepartment($input: RenameDepartmentInput!) { renameDepartment(input: $input) { code name version } }
`);
const AliasesMutation = graphql(`
  mutation SetDepartmentAliases($input: SetDepartmentAliasesInput!) {
    setDepartmentAliases(input: $input) { code aliases version }
  }
`);
const MembersMutation = graphql(`
  mutation SetDepartmentMembers($input: SetDepartmentMembersInput!) { setDepartmentMembers(input: $input) { code version } }
`);
const MergeMutation = graphql(`
  mutation MergeDepartment($input: MergeDepartmentInput!) { mergeDepartment(input: $input) { code version } }
`);
const RetireMutation = graphql(`
  mutation RetireDepartment($input: RetireDepartmentInput!) { retireDepartment(input: $input) { code version } }
`);

interface Values {
  code?: string;
  name?: string;
  kind?: DepartmentKind;
  renamedOn?: string;
  aliases?: string[];
  memberCodes?: string[];
  intoCode?: string;
}

/** One dialog of 部门管理: the fields of its action, the server's refusal beside its field or on top. */
export function DepartmentDialog(props: {
  action: DialogAction;
  unit: DialogUnit | null;
  /** Units that may be chosen (successors, members): active ones, with their kind. */
  choices: { code: string; name: string; kind: DepartmentKind }[];
  onClose: (changed: boolean) => void;
}) {
  const { action, unit } = props;
  const [form] = Form.useForm<Values>();
  const [topError, setTopError] = useState<string | null>(null);
  const [, create] = useMutation(CreateMutation);
  const [, rename] = useMutation(RenameMutation);
  const [, setAliases] = useMutation(AliasesMutation);
  const [, setMembers] = useMutation(MembersMutation);
  const [, merge] = useMutation(MergeMutation);
  const [, retire] = useMutation(RetireMutation);
  const [busy, setBusy] = useState(false);

  async function submit(values: Values): Promise<CombinedError | undefined> {
    const base = unit ? { code: unit.code, version: unit.version } : null;
    switch (action) {
      case 'create':
        return (
          await create({
            input: { code: values.code ?? '', name: values.name ?? '', kind: values.kind ?? 'GOVERNMENT_DEPARTMENT' },
          })
        ).error;
      case 'rename':
        return (await rename({ input: { ...base!, name: values.name ?? '', renamedOn: values.renamedOn || null } }))
          .error;
      case 'aliases':
        return (await setAliases({ input: { ...base!, aliases: values.aliases ?? [] } })).error;
      case 'members':
        return (await setMembers({ input: { ...base!, memberCodes: values.memberCodes ?? [] } })).error;
      case 'merge':
        return (await merge({ input: { ...base!, intoCode: values.intoCode ?? '' } })).error;
      case 'retire':
        return (await retire({ input: base! })).error;
    }
  }

  async function onOk() {
    const values = await form.validateFields();
    setBusy(true);
    setTopError(null);
    const error = await submit(values);
    setBusy(false);
    if (!error) {
      props.onClose(true);
      return;
    }
    const errors = fieldErrors(error);
    const known = ['code', 'name', 'kind', 'renamedOn', 'aliases', 'memberCodes', 'intoCode'];
    const placed = errors.filter(
      (e) => e.field && known.includes(e.field) && !(action !== 'create' && e.field === 'code'),
    );
    form.setFields(placed.map((e) => ({ name: e.field as keyof Values, errors: [e.reason] })));
    const rest = errors.filter((e) => !placed.includes(e));
    if (rest.length) setTopError(rest.map((e) => e.reason).join('；'));
  }

  const options = props.choices
    .filter((c) => c.code !== unit?.code)
    .map((c) => ({ value: c.code, label: `${c.name}（${KIND_LABEL[c.kind]}）` }));

  return (
    <Modal
      open
      title={unit ? `${TITLE[action]}：${unit.name}` : TITLE[action]}
      okText={action === 'retire' ? '确认撤销' : action === 'merge' ? '确认合并' : '保存'}
      okButtonProps={{ danger: action === 'retire' || action === 'merge', loading: busy }}
      cancelText="取消"
      onOk={onOk}
      onCancel={() => props.onClose(false)}
      destroyOnHidden
    >
      {topError && <Alert type="error" showIcon message={topError} className="dialog-error" />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          aliases: unit?.aliases ?? [],
          memberCodes: unit?.members.map((m) => m.code) ?? [],
          kind: 'GOVERNMENT_DEPARTMENT',
        }}
      >
        {action === 'create' && (
          <>
            <Form.Item name="code" label="编码" rules={[{ required: true, message: '请填写编码' }]}>
              <Input placeholder="如 emergency-management" />
            </Form.Item>
            <Form.Item name="name" label="名称" rules={[{ required: true, message: '请填写名称' }]}>
              <Input placeholder="如 区应急管理局" />
            </Form.Item>
            <Form.Item name="kind" label="类型">
              <Select options={Object.entries(KIND_LABEL).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
          </>
        )}
        {action === 'rename' && (
          <>
            <p>更名后部门编码不变，原名连同更名日期保留，历史报告仍归属本部门。</p>
            <Form.Item name="name" label="新名称" rules={[{ required: true, message: '请填写新名称' }]}>
              <Input />
            </Form.Item>
            <Form.Item name="renamedOn" label="更名日期（默认今天）">
              <Input placeholder="YYYY-MM-DD" />
            </Form.Item>
          </>
        )}
        {action === 'aliases' && (
          <Form.Item name="aliases" label="别名（文件中使用的其他名称，如 区市场监管局）">
            <Select mode="tags" open={false} placeholder="输入后回车" />
          </Form.Item>
        )}
        {action === 'members' && (
          <Form.Item name="memberCodes" label="成员单位">
            <Select mode="multiple" options={options} optionFilterProp="label" />
          </Form.Item>
        )}
        {action === 'merge' && (
          <>
            <p>
              合并后，本部门的任务分工、账号、未办结督办单和指标转由承接单位负责；本部门已报送的历史报告仍记在本部门名下。
            </p>
            <Form.Item name="intoCode" label="并入单位" rules={[{ required: true, message: '请选择并入单位' }]}>
              <Select showSearch options={options} optionFilterProp="label" />
            </Form.Item>
          </>
        )}
        {action === 'retire' && <p>撤销后该部门不再承担新的任务分工，历史记录保留。仍牵头实施中措施的部门不能撤销。</p>}
      </Form>
    </Modal>
  );
}
