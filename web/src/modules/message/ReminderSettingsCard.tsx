import { Alert, Button, Card, Form, InputNumber, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { useMutation } from 'urql';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { fieldErrors } from '../../lib/server-errors';

export const ReminderSettingsCard_Plan = graphql(`
  fragment ReminderSettingsCard_Plan on Plan {
    code
    reminderSettings { leadDays weeklyDigest viewerCanEdit }
  }
`);

const SaveMutation = graphql(`
  mutation SaveReminderSettings($planCode: String!, $input: ReminderSettingsInput!) {
    setReminderSettings(planCode: $planCode, input: $input) { leadDays weeklyDigest viewerCanEdit }
  }
`);

interface Values {
  leadDays: number;
  weeklyDigest: boolean;
}

const LEAD_HELP =
  '在报送截止日前第几个工作日提醒填报部门（0：不提前提醒）；截止当日和逾期后的下一个工作日另有提醒。修改自次日的提醒起生效。';
const DIGEST_HELP = '每周第一个工作日向领导小组成员发送上周进展与逾期情况。';

/**
 * 提醒规则 of a plan: how many working days before a deadline the first reporting reminder goes, and whether leaders
 * get the weekly digest. Its office changes them (`viewerCanEdit`); everyone else reads them.
 */
export function ReminderSettingsCard(props: {
  plan: FragmentType<typeof ReminderSettingsCard_Plan>;
  /** Called after a save, with what the server kept. */
  onSaved?: () => void;
}) {
  const plan = getFragmentData(ReminderSettingsCard_Plan, props.plan);
  const stored = plan.reminderSettings;
  const [form] = Form.useForm<Values>();
  const [{ fetching }, save] = useMutation(SaveMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<Values | null>(null);
  const [justSaved, setJustSaved] = useState(false);
  // What the server holds: the answer of the last save until the page's query catches up.
  const current = saved ?? { leadDays: stored.leadDays, weeklyDigest: stored.weeklyDigest };
  const leadDays = Form.useWatch('leadDays', form);
  const weeklyDigest = Form.useWatch('weeklyDigest', form);
  const changed = leadDays !== undefined && (leadDays !== current.leadDays || weeklyDigest !== current.weeklyDigest);

  useEffect(() => {
    setSaved(null);
    form.setFieldsValue({ leadDays: stored.leadDays, weeklyDigest: stored.weeklyDigest });
  }, [form, stored.leadDays, stored.weeklyDigest]);

  async function onFinish(values: Values) {
    setProblem(null);
    const result = await save({ planCode: plan.code, input: values });
    const answer = result.data?.setReminderSettings;
    if (answer) {
      setSaved({ leadDays: answer.leadDays, weeklyDigest: answer.weeklyDigest });
      setJustSaved(true);
      props.onSaved?.();
      return;
    }
    const errors = fieldErrors(result.error);
    const placed = errors.filter((e) => e.field === 'leadDays' || e.field === 'weeklyDigest');
    form.setFields(placed.map((e) => ({ name: e.field as keyof Values, errors: [e.reason] })));
    const rest = errors.filter((e) => !placed.includes(e));
    if (rest.length) setProblem(rest.map((e) => e.reason).join('；'));
  }

  if (!stored.viewerCanEdit) {
    return (
      <Card size="small" title="提醒规则" className="reminder-settings read-only">
        <dl className="reminder-facts">
          <dt>截止前提醒</dt>
          <dd data-field="leadDays">
            {stored.leadDays > 0 ? `截止前 ${stored.leadDays} 个工作日` : '不提前提醒'}
            <div className="muted">截止当日和逾期后的下一个工作日另有提醒。</div>
          </dd>
          <dt>每周简报</dt>
          <dd data-field="weeklyDigest">{stored.weeklyDigest ? '开启' : '关闭'}</dd>
        </dl>
        <div className="muted">提醒规则由本方案的领导小组办公室设定。</div>
      </Card>
    );
  }

  return (
    <Card size="small" title="提醒规则" className="reminder-settings">
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        onValuesChange={() => setJustSaved(false)}
        initialValues={{ leadDays: stored.leadDays, weeklyDigest: stored.weeklyDigest }}
      >
        <Form.Item
          name="leadDays"
          label="截止前提醒（工作日）"
          extra={LEAD_HELP}
          rules={[{ required: true, message: '请填写 0 到 20 之间的整数' }]}
        >
          <InputNumber min={0} max={20} precision={0} suffix="个工作日" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="weeklyDigest" label="每周简报" valuePropName="checked" extra={DIGEST_HELP}>
          <Switch checkedChildren="开" unCheckedChildren="关" />
        </Form.Item>
        {problem && <Alert type="error" showIcon title={problem} className="form-error" />}
        <Button type="primary" htmlType="submit" loading={fetching} disabled={!changed}>
          保存提醒规则
        </Button>
        {justSaved && !changed && <span className="muted reminder-saved">已保存</span>}
      </Form>
    </Card>
  );
}
