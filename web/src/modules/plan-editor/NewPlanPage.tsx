import { Alert, Button, Card, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { type FieldError, fieldErrors } from '../../lib/server-errors';
import { CreatePlan } from './editor-mutations';
import { applyErrors, FormErrors } from './form-errors';

const LeadingGroupsQuery = graphql(`
  query NewPlanLeadingGroups { departments { code name kind } }
`);

interface Values {
  code: string;
  title: string;
  issuer: string;
  docNumber?: string;
  issuedOn?: Dayjs | null;
  startsOn: Dayjs;
  endsOn: Dayjs;
  summary?: string;
  leadingGroupCode: string;
}

const FIELDS = [
  'code',
  'title',
  'issuer',
  'docNumber',
  'issuedOn',
  'startsOn',
  'endsOn',
  'summary',
  'leadingGroupCode',
];

/** 新建方案: an admin names the document and its leading group; the draft then opens in the editor. */
export function NewPlanPage() {
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [{ data }] = useQuery({ query: LeadingGroupsQuery });
  const [, create] = useMutation(CreatePlan);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const groups = (data?.departments ?? []).filter((d) => d.kind === 'LEADING_GROUP');
  const submit = async (v: Values) => {
    const result = await create({
      i: {
        ...v,
        docNumber: v.docNumber || null,
        summary: v.summary || null,
        issuedOn: v.issuedOn ? v.issuedOn.format('YYYY-MM-DD') : null,
        startsOn: v.startsOn.format('YYYY-MM-DD'),
        endsOn: v.endsOn.format('YYYY-MM-DD'),
      },
    });
    if (result.data) return void navigate(`/plans/${result.data.createPlan.code}/edit`);
    setErrors(applyErrors(form, fieldErrors(result.error), FIELDS));
  };
  return (
    <Card title="新建方案" className="new-plan">
      <Alert
        type="info"
        showIcon
        className="section"
        message="新方案先保存为草稿，由领导小组办公室编辑完成后发布；草稿对各部门不可见。"
      />
      <Form form={form} name="newPlan" layout="vertical" onFinish={submit} data-testid="new-plan-form">
        <FormErrors errors={errors} />
        <Form.Item
          name="code"
          label="方案编码"
          rules={[{ required: true, message: '请填写方案编码' }]}
          extra="小写字母、数字和连字符，如 ip-work-points-2026"
        >
          <Input />
        </Form.Item>
        <Form.Item name="title" label="方案名称" rules={[{ required: true, message: '请填写方案名称' }]}>
          <Input />
        </Form.Item>
        <Form.Item name="issuer" label="印发机关" rules={[{ required: true, message: '请填写印发机关' }]}>
          <Input />
        </Form.Item>
        <Form.Item name="docNumber" label="文号">
          <Input />
        </Form.Item>
        <Form.Item name="issuedOn" label="印发日期">
          <DatePicker />
        </Form.Item>
        <Form.Item name="startsOn" label="开始日期" rules={[{ required: true, message: '请选择开始日期' }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="endsOn" label="结束日期" rules={[{ required: true, message: '请选择结束日期' }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item
          name="leadingGroupCode"
          label="领导小组（其办公室负责编辑和发布）"
          rules={[{ required: true, message: '请选择领导小组' }]}
        >
          <Select options={groups.map((g) => ({ value: g.code, label: g.name }))} />
        </Form.Item>
        <Form.Item name="summary" label="前言（原文）">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          创建草稿
        </Button>
      </Form>
    </Card>
  );
}
