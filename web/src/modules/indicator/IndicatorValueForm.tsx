import { Alert, Button, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { formatAmount } from '../../lib/format';
import { fieldErrors } from '../../lib/server-errors';

const RecordValueMutation = graphql(`
  mutation RecordValue($input: RecordIndicatorValueInput!) {
    recordIndicatorValue(input: $input) { id value asOf }
  }
`);

interface Values {
  indicatorCode: string;
  value: number;
  asOf: Dayjs;
  note?: string;
}

/** 填报指标值: a value with its date for one of the department's indicators. */
export function IndicatorValueForm(props: {
  planCode: string;
  indicators: readonly {
    code: string;
    name: string;
    unit?: string | null;
    latest?: { value: number; asOf: string } | null;
  }[];
}) {
  const [form] = Form.useForm<Values>();
  const [{ fetching }, record] = useMutation(RecordValueMutation);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const idempotencyKey = useMemo(() => crypto.randomUUID(), []);
  const selected = Form.useWatch('indicatorCode', form);
  const indicator = props.indicators.find((i) => i.code === selected);

  async function onFinish(values: Values) {
    setMessage(null);
    const result = await record({
      input: {
        planCode: props.planCode,
        indicatorCode: values.indicatorCode,
        value: values.value,
        asOf: values.asOf.format('YYYY-MM-DD'),
        note: values.note || null,
        idempotencyKey: `${idempotencyKey}-${values.indicatorCode}-${values.asOf.format('YYYYMMDD')}-${values.value}`,
      },
    });
    if (result.data) {
      setMessage({ ok: true, text: '已提交' });
      form.resetFields(['value', 'note']);
      return;
    }
    const errors = fieldErrors(result.error);
    const known = ['indicatorCode', 'value', 'asOf', 'note'];
    form.setFields(
      errors
        .filter((e) => e.field && known.includes(e.field))
        .map((e) => ({ name: e.field as keyof Values, errors: [e.reason] })),
    );
    const rest = errors.filter((e) => !e.field || !known.includes(e.field));
    if (rest.length) setMessage({ ok: false, text: rest.map((e) => e.reason).join('；') });
  }

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      initialValues={{ indicatorCode: props.indicators[0]?.code }}
    >
      <Form.Item label="指标" name="indicatorCode" rules={[{ required: true, message: '请选择指标' }]}>
        <Select options={props.indicators.map((i) => ({ value: i.code, label: i.name }))} />
      </Form.Item>
      {indicator?.latest && (
        <p className="muted">
          最新值 {formatAmount(indicator.latest.value)} {indicator.unit ?? ''}（截至 {indicator.latest.asOf}）
        </p>
      )}
      <Form.Item
        label={`数值${indicator?.unit ? `（${indicator.unit}）` : ''}`}
        name="value"
        rules={[{ required: true, message: '请填写数值' }]}
      >
        <InputNumber style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label="统计截止日期" name="asOf" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label="说明" name="note">
        <Input.TextArea rows={2} />
      </Form.Item>
      {message && (
        <Alert type={message.ok ? 'success' : 'error'} showIcon message={message.text} className="form-error" />
      )}
      <Button htmlType="submit" loading={fetching} block>
        提交指标值
      </Button>
    </Form>
  );
}
