import { Alert, Button, Card, Col, DatePicker, Form, Input, Radio, Row, Select, Skeleton } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useState } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { EventType } from '../../gql/graphql';
import { fieldErrors } from '../../lib/server-errors';
import { WarningTag } from '../../ui/WarningTag';
import { WARNING_ORDER } from '../../ui/warning';
import { useRefetchOnPlanEvents } from '../feed';
import { ReminderSettingsCard } from '../message';
import { LEVEL_TEXT, NoticeList } from './NoticeList';

const SupervisionQuery = graphql(`
  query Supervision($plan: String!) {
    plan(code: $plan) {
      id
      viewerCan { issueUrgeNotice }
      ...ReminderSettingsCard_Plan
      urgeNotices { id state ...NoticeList_UrgeNotice }
      measures(kind: MEASURE) {
        id
        code
        title
        withdrawn { on }
        warning { level reason }
        leadDepartments { code name }
        participatingDepartments { code name }
      }
    }
  }
`);

const IssueMutation = graphql(`
  mutation IssueNotice($input: IssueUrgeNoticeInput!) { issueUrgeNotice(input: $input) { id ...NoticeList_UrgeNotice } }
`);

interface IssueValues {
  measureCode: string;
  departmentCode: string;
  level: keyof typeof LEVEL_TEXT;
  dueOn: Dayjs;
  text: string;
}

// A revision changes the measures to urge; the office's 提醒规则 change the card everyone else reads.
const REFETCH_ON: ReadonlySet<EventType> = new Set<EventType>(['PLAN_REVISED', 'REMINDER_SETTINGS_SET']);

/**
 * 督办: the measures by warning, a form for leaders to issue an urging notice, every notice with its state, and the
 * plan's 提醒规则 (set by its office, read by everyone else).
 */
export function SupervisionPage() {
  const { planCode = '' } = useParams();
  const [form] = Form.useForm<IssueValues>();
  const [{ data, error }, refetch] = useQuery({ query: SupervisionQuery, variables: { plan: planCode } });
  const refresh = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  useRefetchOnPlanEvents(planCode, REFETCH_ON, refresh);
  const [{ fetching }, issue] = useMutation(IssueMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const [issued, setIssued] = useState<string | null>(null);
  const measureCode = Form.useWatch('measureCode', form);
  if (error && !data) return <Alert type="error" showIcon message="督办页面加载失败" description={error.message} />;
  if (!data?.plan) return <Skeleton active />;
  const plan = data.plan;
  const overseer = plan.viewerCan.issueUrgeNotice;
  // A withdrawn measure (撤销) cannot be urged: it is not offered.
  const measures = plan.measures
    .filter((m) => !m.withdrawn)
    .sort((a, b) => WARNING_ORDER.indexOf(a.warning.level) - WARNING_ORDER.indexOf(b.warning.level));
  const chosen = plan.measures.find((m) => m.code === measureCode);
  const departments = chosen ? [...chosen.leadDepartments, ...chosen.participatingDepartments] : [];
  const open = plan.urgeNotices.filter((n) => n.state !== 'CLOSED');
  const closed = plan.urgeNotices.filter((n) => n.state === 'CLOSED');

  async function onFinish(values: IssueValues) {
    setProblem(null);
    setIssued(null);
    const result = await issue({
      input: { planCode, ...values, dueOn: values.dueOn.format('YYYY-MM-DD') },
    });
    if (result.data) {
      const department = departments.find((d) => d.code === values.departmentCode)?.name ?? values.departmentCode;
      setIssued(`已向${department}下发 ${values.measureCode} 督办单`);
      // The measure and department are cleared too: the same notice again must be a choice, not one more click.
      form.resetFields(['measureCode', 'departmentCode', 'text']);
      refetch({ requestPolicy: 'network-only' });
      return;
    }
    const errors = fieldErrors(result.error);
    const known = ['measureCode', 'departmentCode', 'level', 'dueOn', 'text'];
    form.setFields(
      errors
        .filter((e) => e.field && known.includes(e.field))
        .map((e) => ({ name: e.field as keyof IssueValues, errors: [e.reason] })),
    );
    const rest = errors.filter((e) => !e.field || !known.includes(e.field));
    if (rest.length) setProblem(rest.map((e) => e.reason).join('；'));
  }

  return (
    <div className="supervision">
      <header className="page-header">
        <h1>督办</h1>
        <div className="muted">
          办理中 {open.length} 件 · 已办结 {closed.length} 件
        </div>
      </header>
      <Row gutter={[16, 16]}>
        {/* On a phone the notices come first, unless the viewer issues them: the form is then what they came for. */}
        <Col xs={{ span: 24, order: overseer ? 1 : 2 }} xl={{ span: 8, order: 1 }}>
          {overseer && (
            <Card size="small" title="下发督办单" className="issue-notice">
              <Form<IssueValues> form={form} layout="vertical" onFinish={onFinish} initialValues={{ level: 'REMIND' }}>
                <Form.Item
                  label="措施（按预警排序）"
                  name="measureCode"
                  rules={[{ required: true, message: '请选择措施' }]}
                >
                  <Select
                    showSearch
                    optionFilterProp="label"
                    onChange={(code: string) =>
                      form.setFieldValue(
                        'departmentCode',
                        plan.measures.find((m) => m.code === code)?.leadDepartments[0]?.code,
                      )
                    }
                    options={measures.map((m) => ({
                      value: m.code,
                      label: `${m.code} ${m.title}`,
                      warning: m.warning,
                    }))}
                    optionRender={(option) => (
                      <div>
                        <div>{option.label}</div>
                        <WarningTag warning={option.data.warning} compact />
                      </div>
                    )}
                  />
                </Form.Item>
                {chosen && <WarningTag warning={chosen.warning} />}
                <Form.Item label="责任部门" name="departmentCode" rules={[{ required: true, message: '请选择部门' }]}>
                  <Select options={departments.map((d) => ({ value: d.code, label: d.name }))} />
                </Form.Item>
                <Form.Item label="级别" name="level">
                  <Radio.Group
                    optionType="button"
                    options={(['REMIND', 'CHASE', 'SUPERVISE'] as const).map((l) => ({
                      value: l,
                      label: LEVEL_TEXT[l],
                    }))}
                  />
                </Form.Item>
                <Form.Item label="办理期限" name="dueOn" rules={[{ required: true, message: '请选择期限' }]}>
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
                <Form.Item
                  label="督办事项"
                  name="text"
                  rules={[{ required: true, whitespace: true, message: '请填写督办事项' }]}
                >
                  <Input.TextArea rows={3} showCount />
                </Form.Item>
                {problem && <Alert type="error" showIcon message={problem} className="form-error" />}
                {issued && <Alert type="success" showIcon message={issued} className="form-issued" />}
                <Button type="primary" htmlType="submit" loading={fetching} block>
                  下发
                </Button>
              </Form>
            </Card>
          )}
          <ReminderSettingsCard plan={plan} onSaved={refresh} />
        </Col>
        <Col xs={{ span: 24, order: overseer ? 2 : 1 }} xl={{ span: 16, order: 2 }}>
          <Card size="small" title="办理中的督办单">
            <NoticeList notices={open} emptyText="没有办理中的督办单" />
          </Card>
          <Card size="small" title="已办结" className="section">
            <NoticeList notices={closed} emptyText="尚无办结的督办单" />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
