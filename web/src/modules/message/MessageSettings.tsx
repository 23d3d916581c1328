import { MailOutlined, RobotOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Skeleton, Space, Switch, Tag } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useRetryOnReconnect } from '../../app/useRetryOnReconnect';
import { getFragmentData, graphql } from '../../gql';
import type { MessageKind, MessageSettings_ContactFragment } from '../../gql/graphql';
import { fieldErrors } from '../../lib/server-errors';
import { ContactDialog, type ContactDialogState } from './ContactDialog';
import { FORMAT_TEXT } from './contact-text';
import { KIND_TEXT, KINDS, REQUIRED_REASON } from './message-text';

export const MessageSettings_Contact = graphql(`
  fragment MessageSettings_Contact on Contact { id channel address format label version hasSecret }
`);

const MessageSettingsQuery = graphql(`
  query MessageSettings {
    myMessagePreferences { mutedKinds requiredKinds contacts { id ...MessageSettings_Contact } }
  }
`);

const SetMutedKindsMutation = graphql(`
  mutation SetMutedKinds($kinds: [MessageKind!]!) { setMessagePreferences(mutedKinds: $kinds) { mutedKinds requiredKinds } }
`);

const RemoveContactMutation = graphql(`
  mutation RemoveContact($id: Int!) { removeContact(id: $id) }
`);

/** 消息设置: which kinds the viewer receives (督办单 always), and the viewer's own e-mail addresses and robots. */
export function MessageSettings() {
  const [{ data, error }, reexecute] = useQuery({ query: MessageSettingsQuery });
  useRetryOnReconnect(error, reexecute);
  const [dialog, setDialog] = useState<ContactDialogState | null>(null);
  if (error && !data) return <Alert type="error" showIcon message="无法读取消息设置" description={error.message} />;
  if (!data) return <Skeleton active />;
  const preferences = data.myMessagePreferences;
  const contacts = preferences.contacts.map((c) => getFragmentData(MessageSettings_Contact, c));
  return (
    <div className="message-settings">
      <KindSwitches muted={preferences.mutedKinds} required={preferences.requiredKinds} />
      <Card size="small" className="section" title="我的联系方式">
        <p className="muted">
          消息总会出现在右上角的铃铛和消息中心里。添加电子邮件或工作群机器人后，开启的消息也会发到那里；夜间和节假日产生的消息在下一个工作日上午发出。
        </p>
        {contacts.length === 0 ? (
          <p className="empty">尚未添加联系方式。</p>
        ) : (
          <ul className="contact-list">
            {contacts.map((c) => (
              <ContactLine key={c.id} contact={c} onEdit={() => setDialog({ channel: c.channel, contact: c })} />
            ))}
          </ul>
        )}
        <Space wrap className="contact-add">
          <Button icon={<MailOutlined />} onClick={() => setDialog({ channel: 'EMAIL', contact: null })}>
            添加电子邮件
          </Button>
          <Button icon={<RobotOutlined />} onClick={() => setDialog({ channel: 'WEBHOOK', contact: null })}>
            添加工作群机器人
          </Button>
        </Space>
      </Card>
      {dialog && <ContactDialog state={dialog} onClose={() => setDialog(null)} />}
    </div>
  );
}

/** A switch per kind: on receives it. A kind the server requires is on and locked, with the reason beside it. */
function KindSwitches(props: { muted: readonly MessageKind[]; required: readonly MessageKind[] }) {
  const { message } = App.useApp();
  const [{ fetching }, setMuted] = useMutation(SetMutedKindsMutation);
  const [pending, setPending] = useState<MessageKind | null>(null);
  const [refusal, setRefusal] = useState<{ kind: MessageKind; reason: string } | null>(null);
  const toggle = async (kind: MessageKind, on: boolean) => {
    const kinds = on ? props.muted.filter((k) => k !== kind) : [...props.muted, kind];
    setPending(kind);
    setRefusal(null);
    const result = await setMuted({ kinds });
    setPending(null);
    const errors = fieldErrors(result.error);
    if (errors.length > 0) {
      const reason = errors.map((e) => e.reason).join('；');
      setRefusal({ kind, reason });
      void message.error(reason);
    }
  };
  return (
    <Card size="small" className="section" title="接收哪些消息">
      <ul className="kind-switches">
        {KINDS.map((kind) => {
          const required = props.required.includes(kind);
          const on = required || !props.muted.includes(kind);
          return (
            <li key={kind} data-kind={kind}>
              <Switch
                checked={on}
                disabled={required || (fetching && pending !== kind)}
                loading={pending === kind}
                aria-label={KIND_TEXT[kind].label}
                onChange={(checked) => void toggle(kind, checked)}
              />
              <div>
                <div>
                  <Tag color={KIND_TEXT[kind].color}>{KIND_TEXT[kind].label}</Tag>
                  {required ? <span className="kind-locked">{REQUIRED_REASON}</span> : !on && <span>已关闭</span>}
                </div>
                <div className="muted">{KIND_TEXT[kind].about}</div>
                {refusal?.kind === kind && <div className="field-error">{refusal.reason}</div>}
              </div>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}

function ContactLine(props: { contact: MessageSettings_ContactFragment; onEdit: () => void }) {
  const c = props.contact;
  const { message } = App.useApp();
  const [{ fetching }, remove] = useMutation(RemoveContactMutation);
  const kind = c.channel === 'EMAIL' ? '电子邮件' : c.format ? FORMAT_TEXT[c.format].label : '工作群机器人';
  return (
    <li className="contact-line" data-contact={c.id}>
      {c.channel === 'EMAIL' ? <MailOutlined /> : <RobotOutlined />}
      <div className="contact-line-main">
        <div>
          <strong>{c.label || kind}</strong> {c.label && <span className="muted">{kind}</span>}
          {c.hasSecret && <Tag>已设签名密钥</Tag>}
        </div>
        <div className="contact-address muted" title={c.address}>
          {c.address}
        </div>
      </div>
      <Space>
        <Button size="small" onClick={props.onEdit}>
          编辑
        </Button>
        <Popconfirm
          title="删除这个联系方式？"
          description="删除后，消息不再发到这里。"
          okText="删除"
          cancelText="取消"
          onConfirm={async () => {
            const result = await remove({ id: c.id });
            const errors = fieldErrors(result.error);
            if (errors.length > 0) void message.error(errors.map((e) => e.reason).join('；'));
          }}
        >
          <Button size="small" danger loading={fetching}>
            删除
          </Button>
        </Popconfirm>
      </Space>
    </li>
  );
}
