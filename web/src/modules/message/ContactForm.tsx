import { Alert, Button, Checkbox, Form, Input, Radio, Select, Space } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { ChannelKind, ContactInput, ContactOwnerInput, WebhookFormat } from '../../gql/graphql';
import { fieldErrors, placeErrors } from '../../lib/server-errors';
import { CHANNEL_LABEL, CHANNELS, FORMAT_LABEL, FORMATS } from './labels';

const AddMutation = graphql(`
  mutation AddOwnerContact($owner: ContactOwnerInput, $input: ContactInput!) {
    addContact(owner: $owner, input: $input) { id channel address format label version hasSecret }
  }
`);
const UpdateMutation = graphql(`
  mutation UpdateOwnerContact($id: Int!, $version: Int!, $input: ContactInput!) {
    updateContact(id: $id, version: $version, input: $input) { id channel address format label version hasSecret }
  }
`);

/** The contact a form edits, as the list shows it. */
export interface EditedContact {
  id: number;
  version: number;
  channel: ChannelKind;
  address: string;
  format?: WebhookFormat | null;
  label: string;
  hasSecret: boolean;
}

interface Values {
  channel: ChannelKind;
  address?: string;
  format?: WebhookFormat;
  secret?: string;
  clearSecret?: boolean;
  label?: string;
}

const FIELDS = ['channel', 'address', 'format', 'secret', 'label'] as const;

/** What the signing secret is for each robot (a WeCom robot signs nothing: its key is in its address). */
const SECRET_HELP: Partial<Record<WebhookFormat, string>> = {
  DINGTALK: '机器人安全设置选择「加签」时填写（SEC 开头）；只用关键词或 IP 地址段时不填。',
  FEISHU: '机器人安全设置开启「签名校验」时填写。',
  GENERIC: '必填：本平台用它对每条消息签名（HMAC-SHA256），接收方据此验证消息来源。',
};

const ADDRESS_PLACEHOLDER: Record<ChannelKind, string> = {
  EMAIL: '如 bgs@finance.example.gov.cn',
  WEBHOOK: '群机器人的 Webhook 地址，如 https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…',
};

/**
 * Adds or edits one contact of an owner (a department, a person, or the viewer): an e-mail address, or a group
 * robot with its format and secret. The secret is never shown back: editing leaves it as it is unless a new one is
 * typed or 清除 is ticked. The server's refusals show beside their field.
 */
export function ContactForm(props: {
  owner: ContactOwnerInput | null;
  contact: EditedContact | null;
  onDone: (changed: boolean) => void;
}) {
  const { contact } = props;
  const [form] = Form.useForm<Values>();
  const [topError, setTopError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [, add] = useMutation(AddMutation);
  const [, update] = useMutation(UpdateMutation);
  const channel = Form.useWatch('channel', form) ?? contact?.channel ?? 'WEBHOOK';
  const format = Form.useWatch('format', form);
  const clearSecret = Form.useWatch('clearSecret', form);

  async function onFinish(values: Values) {
    const webhook = values.channel === 'WEBHOOK';
    const typed = values.secret?.trim() ? values.secret.trim() : null;
    const input: ContactInput = {
      channel: values.channel,
      address: values.address?.trim() ?? '',
      label: values.label?.trim() || null,
      format: webhook ? (values.format ?? null) : null,
      // null keeps the stored secret; "" removes it.
      secret: webhook && values.format !== 'WECOM' ? (values.clearSecret ? '' : typed) : contact?.hasSecret ? '' : null,
    };
    setBusy(true);
    setTopError(null);
    const result = contact
      ? await update({ id: contact.id, version: contact.version, input })
      : await add({ owner: props.owner, input });
    setBusy(false);
    if (!result.error) {
      props.onDone(true);
      return;
    }
    const placed = placeErrors(fieldErrors(result.error), FIELDS);
    form.setFields(
      placed.filter((e) => e.name).map((e) => ({ name: e.name?.[0] as keyof Values, errors: [e.reason] })),
    );
    const rest = placed.filter((e) => !e.name);
    if (rest.length) setTopError(rest.map((e) => e.reason).join('；'));
  }

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      className="contact-form"
      onFinish={onFinish}
      initialValues={{
        channel: contact?.channel ?? 'WEBHOOK',
        address: contact?.address,
        format: contact?.format ?? undefined,
        label: contact?.label,
      }}
    >
      {topError && <Alert type="error" showIcon title={topError} className="dialog-error" />}
      <Form.Item name="channel" label="渠道">
        <Radio.Group optionType="button" options={CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABEL[c] }))} />
      </Form.Item>
      {channel === 'WEBHOOK' && (
        <Form.Item name="format" label="机器人类型" rules={[{ required: true, message: '请选择机器人类型' }]}>
          <Select
            placeholder="企业微信、钉钉、飞书或通用 JSON"
            options={FORMATS.map((f) => ({ value: f, label: FORMAT_LABEL[f] }))}
          />
        </Form.Item>
      )}
      <Form.Item
        name="address"
        label={channel === 'EMAIL' ? '邮箱地址' : 'Webhook 地址'}
        rules={[{ required: true, whitespace: true, message: '请填写地址' }]}
      >
        <Input placeholder={ADDRESS_PLACEHOLDER[channel]} />
      </Form.Item>
      {channel === 'WEBHOOK' && format && format !== 'WECOM' && (
        <>
          <Form.Item
            name="secret"
            label="签名密钥"
            extra={`${SECRET_HELP[format] ?? ''}${contact?.hasSecret ? '已设置密钥：留空则保持不变。' : ''}`}
          >
            <Input.Password
              autoComplete="new-password"
              disabled={clearSecret}
              placeholder={contact?.hasSecret ? '已设置密钥（不显示）' : ''}
            />
          </Form.Item>
          {contact?.hasSecret && (
            <Form.Item name="clearSecret" valuePropName="checked">
              <Checkbox>清除已设置的密钥</Checkbox>
            </Form.Item>
          )}
        </>
      )}
      <Form.Item name="label" label="名称" extra="便于辨认，如 财政局工作群、办公室邮箱（40 字以内）">
        <Input maxLength={40} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={busy}>
          {contact ? '保存' : '添加'}
        </Button>
        <Button onClick={() => props.onDone(false)}>取消</Button>
      </Space>
    </Form>
  );
}
