import { Alert, App, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { ChannelKind, MessageSettings_ContactFragment, WebhookFormat } from '../../gql/graphql';
import { type FieldError, fieldErrors, placeErrors } from '../../lib/server-errors';
import { FORMAT_TEXT, FORMATS } from './contact-text';

const AddContactMutation = graphql(`
  mutation AddContact($input: ContactInput!) { addContact(input: $input) { id ...MessageSettings_Contact } }
`);

const UpdateContactMutation = graphql(`
  mutation UpdateContact($id: Int!, $version: Int!, $input: ContactInput!) {
    updateContact(id: $id, version: $version, input: $input) { id ...MessageSettings_Contact }
  }
`);

/** The fields the server's refusals name (`input.address` → address); anything else shows above the form. */
const FIELDS = ['address', 'format', 'secret', 'label'] as const;

export interface ContactDialogState {
  channel: ChannelKind;
  /** The contact edited; null: a new one. */
  contact: MessageSettings_ContactFragment | null;
}

interface Values {
  address?: string;
  format?: WebhookFormat;
  secret?: string;
  label?: string;
}

/**
 * Adds or edits one of the viewer's contacts: an e-mail address, or a work-chat robot (its kind, its address, where to
 * find it, its signing secret). The server checks everything; its reasons show beside the field they name.
 */
export function ContactDialog(props: { state: ContactDialogState; onClose: () => void }) {
  const { channel, contact } = props.state;
  const webhook = channel === 'WEBHOOK';
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const format = Form.useWatch('format', form);
  const [unplaced, setUnplaced] = useState<FieldError[]>([]);
  const [{ fetching: adding }, add] = useMutation(AddContactMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateContactMutation);
  const formatText = format ? FORMAT_TEXT[format] : null;

  const submit = async (values: Values) => {
    setUnplaced([]);
    const input = {
      channel,
      address: values.address?.trim() ?? '',
      label: values.label?.trim() || null,
      // An empty secret keeps the stored one when editing (the server never shows it back).
      ...(webhook ? { format: values.format ?? null, secret: values.secret?.trim() || null } : {}),
    };
    const result = contact ? await update({ id: contact.id, version: contact.version, input }) : await add({ input });
    if (!result.error) {
      void message.success(contact ? '联系方式已保存' : '联系方式已添加');
      props.onClose();
      return;
    }
    const placed = placeErrors(fieldErrors(result.error), FIELDS);
    // Only the top-level FIELDS are placed: a name is one of them.
    form.setFields(placed.flatMap((e) => (e.name ? [{ name: e.name as [keyof Values], errors: [e.reason] }] : [])));
    setUnplaced(placed.filter((e) => !e.name));
  };

  return (
    <Modal
      open
      title={contact ? '编辑联系方式' : webhook ? '添加工作群机器人' : '添加电子邮件'}
      okText="保存"
      cancelText="取消"
      confirmLoading={adding || updating}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      destroyOnHidden
      className="contact-dialog"
    >
      {unplaced.length > 0 && (
        <Alert
          type="error"
          showIcon
          className="section"
          message={unplaced.map((e) => <div key={`${e.code}:${e.reason}`}>{e.reason}</div>)}
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          address: contact?.address ?? '',
          format: contact?.format ?? undefined,
          label: contact?.label ?? '',
        }}
      >
        {webhook && (
          <Form.Item name="format" label="群机器人类型">
            <Radio.Group
              optionType="button"
              options={FORMATS.map((f) => ({ value: f, label: FORMAT_TEXT[f].label }))}
            />
          </Form.Item>
        )}
        {webhook && formatText && <p className="contact-where muted">{formatText.where}</p>}
        <Form.Item name="address" label={webhook ? 'Webhook 地址' : '电子邮件地址'}>
          <Input
            placeholder={webhook ? 'https://…' : 'name@example.gov.cn'}
            inputMode={webhook ? 'url' : 'email'}
            autoComplete="off"
          />
        </Form.Item>
        {webhook && formatText?.secret !== 'none' && (
          <Form.Item
            name="secret"
            label={formatText?.secret === 'required' ? '签名密钥（必填）' : '签名密钥（可选）'}
            extra={formatText?.secretHelp}
          >
            <Input.Password
              placeholder={contact?.hasSecret ? '已设置；留空则保持不变' : undefined}
              autoComplete="new-password"
            />
          </Form.Item>
        )}
        <Form.Item name="label" label="名称（可选）">
          <Input placeholder={webhook ? '例如：本科室工作群' : '例如：办公邮箱'} maxLength={40} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
