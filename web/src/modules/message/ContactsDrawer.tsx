import { Alert, App, Button, Drawer, Popconfirm, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { ContactOwnerInput } from '../../gql/graphql';
import { fieldErrors } from '../../lib/server-errors';
import { ContactForm, type EditedContact } from './ContactForm';
import { CHANNEL_LABEL, FORMAT_LABEL } from './labels';

const OwnerContactsQuery = graphql(`
  query OwnerContacts($owner: ContactOwnerInput) {
    contacts(owner: $owner) { id channel address format label version hasSecret }
  }
`);
const RemoveMutation = graphql(`
  mutation RemoveOwnerContact($id: Int!) { removeContact(id: $id) }
`);

/**
 * 联系方式 of a department (or a person) in a drawer: where its messages go besides the 消息 bell (its work e-mail,
 * its work-group robots), each editable and removable, and a form to add one.
 */
export function ContactsDrawer(props: { owner: ContactOwnerInput; ownerName: string; onClose: () => void }) {
  const { message } = App.useApp();
  const [{ data, error }, reexecute] = useQuery({
    query: OwnerContactsQuery,
    variables: { owner: props.owner },
    requestPolicy: 'network-only',
  });
  const [editing, setEditing] = useState<EditedContact | 'new' | null>(null);
  const [, remove] = useMutation(RemoveMutation);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const contacts = data?.contacts ?? [];

  async function onRemove(id: number) {
    const result = await remove({ id });
    if (result.error) void message.error(fieldErrors(result.error)[0]?.reason ?? '删除失败');
    if (editing !== 'new' && editing?.id === id) setEditing(null);
    refresh();
  }

  return (
    <Drawer
      open
      size={560}
      title={`联系方式：${props.ownerName}`}
      onClose={props.onClose}
      destroyOnHidden
      className="contacts-drawer"
    >
      <p className="muted">
        督办单、报送提醒等消息除在平台「消息」中提示外，还会发到这里的工作邮箱和工作群机器人。夜间和节假日暂停发送，次日
        8:30 后补发。
      </p>
      {error && !data && <Alert type="error" showIcon title="无法读取联系方式" description={error.message} />}
      {!data && !error && <Skeleton active />}
      {data && contacts.length === 0 && editing === null && (
        <p className="empty">尚未设置联系方式：添加部门的工作邮箱或工作群机器人，消息会同时发到那里。</p>
      )}
      <ul className="contact-list">
        {contacts.map((c) =>
          editing !== 'new' && editing?.id === c.id ? (
            <li key={c.id} className="contact-item editing">
              <ContactForm
                owner={props.owner}
                contact={c}
                onDone={(changed) => {
                  setEditing(null);
                  if (changed) refresh();
                }}
              />
            </li>
          ) : (
            <li key={c.id} className="contact-item" data-contact={c.id}>
              <div className="contact-head">
                <strong>{c.label || CHANNEL_LABEL[c.channel]}</strong>
                <Space size={4} wrap>
                  <Tag>{CHANNEL_LABEL[c.channel]}</Tag>
                  {c.format && <Tag color="blue">{FORMAT_LABEL[c.format]}</Tag>}
                  {c.hasSecret && <Tag color="green">已设置密钥</Tag>}
                </Space>
              </div>
              <Typography.Text className="contact-address" ellipsis={{ tooltip: c.address }}>
                {c.address}
              </Typography.Text>
              <Space size={4} className="contact-actions">
                <Button size="small" data-action={`edit-contact-${c.id}`} onClick={() => setEditing(c)}>
                  编辑
                </Button>
                <Popconfirm
                  title="删除这个联系方式？"
                  description="删除后不再向这里发送消息。"
                  okText="删除"
                  okButtonProps={{ danger: true }}
                  cancelText="取消"
                  onConfirm={() => onRemove(c.id)}
                >
                  <Button size="small" danger data-action={`remove-contact-${c.id}`}>
                    删除
                  </Button>
                </Popconfirm>
              </Space>
            </li>
          ),
        )}
      </ul>
      {editing === 'new' ? (
        <div className="contact-item editing">
          <ContactForm
            owner={props.owner}
            contact={null}
            onDone={(changed) => {
              setEditing(null);
              if (changed) refresh();
            }}
          />
        </div>
      ) : (
        <Button type="dashed" block data-action="add-contact" onClick={() => setEditing('new')}>
          添加联系方式
        </Button>
      )}
    </Drawer>
  );
}
