import { Button, Layout, Space, Table, Tag } from 'antd';
import { Suspense, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { lazyPage } from '../../app/lazy-page';
import { useRetryOnReconnect } from '../../app/useRetryOnReconnect';
import { graphql } from '../../gql';
import type { DepartmentRegisterQuery } from '../../gql/graphql';
import { useViewerCan } from '../auth';
import { loadContactsDrawer, MessageBell } from '../message';
import { DepartmentDialog, type DialogAction, type DialogUnit } from './DepartmentDialog';
import { KIND_LABEL } from './kind-labels';

const RegisterQuery = graphql(`
  query DepartmentRegister {
    departmentRegister {
      viewerCan { create manage }
      departments {
        code name kind version aliases state retiredOn
        formerNames { name renamedOn }
        mergedInto { code name }
        members { code name }
        viewerCan { rename merge retire setMembers setAliases }
      }
    }
  }
`);

// The contacts drawer (a form with its selects) loads when first opened.
const ContactsDrawer = lazyPage(loadContactsDrawer, 'ContactsDrawer');

type Unit = DepartmentRegisterQuery['departmentRegister']['departments'][number];

const ACTIONS: { action: DialogAction; label: string; may: (u: Unit) => boolean }[] = [
  { action: 'rename', label: '更名', may: (u) => u.viewerCan.rename },
  { action: 'aliases', label: '别名', may: (u) => u.viewerCan.setAliases },
  { action: 'members', label: '成员', may: (u) => u.viewerCan.setMembers },
  { action: 'merge', label: '合并', may: (u) => u.viewerCan.merge },
  { action: 'retire', label: '撤销', may: (u) => u.viewerCan.retire },
];

/** 部门管理: the register of units as a table, with the dialogs its keeper (the server's `viewerCan`) may open. */
export function DepartmentRegisterPage() {
  const [{ data, error }, reexecute] = useQuery({ query: RegisterQuery });
  useRetryOnReconnect(error, reexecute);
  const [open, setOpen] = useState<{ action: DialogAction; unit: DialogUnit | null } | null>(null);
  const [contactsOf, setContactsOf] = useState<Unit | null>(null);
  const can = useViewerCan();
  const register = data?.departmentRegister;
  const units = register?.departments ?? [];
  const active = units.filter((u) => u.state === 'ACTIVE');

  const columns = [
    { title: '类型', key: 'kind', width: 120, render: (_: unknown, u: Unit) => KIND_LABEL[u.kind] },
    { title: '编码', dataIndex: 'code', key: 'code', width: 180 },
    {
      title: '名称',
      key: 'name',
      width: 260,
      render: (_: unknown, u: Unit) => (
        <div className="register-name">
          <div>{u.name}</div>
          {u.formerNames.map((f) => (
            <div key={`${f.name}-${f.renamedOn}`} className="former-name">
              原名：{f.name}（{f.renamedOn} 更名）
            </div>
          ))}
        </div>
      ),
    },
    {
      title: '别名',
      key: 'aliases',
      render: (_: unknown, u: Unit) => u.aliases.map((a) => <Tag key={a}>{a}</Tag>),
    },
    {
      title: '成员单位',
      key: 'members',
      render: (_: unknown, u: Unit) => (u.kind === 'GROUP' ? u.members.map((m) => m.name).join('、') || '（无）' : ''),
    },
    {
      title: '状态',
      key: 'state',
      width: 200,
      render: (_: unknown, u: Unit) =>
        u.state === 'ACTIVE' ? (
          <Tag color="green">在用</Tag>
        ) : u.mergedInto ? (
          <Tag>
            已并入{u.mergedInto.name}（{u.retiredOn}）
          </Tag>
        ) : (
          <Tag>已撤销（{u.retiredOn}）</Tag>
        ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 320,
      render: (_: unknown, u: Unit) => (
        <Space size={4} wrap>
          {can.manageContacts && u.state === 'ACTIVE' && (
            <Button size="small" data-action={`contacts-${u.code}`} onClick={() => setContactsOf(u)}>
              联系方式
            </Button>
          )}
          {ACTIONS.filter((a) => a.may(u)).map((a) => (
            <Button
              key={a.action}
              size="small"
              danger={a.action === 'retire' || a.action === 'merge'}
              data-action={`${a.action}-${u.code}`}
              onClick={() => setOpen({ action: a.action, unit: u })}
            >
              {a.label}
            </Button>
          ))}
        </Space>
      ),
    },
  ];

  return (
    <Layout className="app-layout">
      <Layout.Header className="app-header">
        <Link to="/" className="brand">
          <span className="brand-mark">督</span> 督办
        </Link>
        <span className="register-title">部门管理</span>
        {can.readDeliveries && (
          <Link to="/admin/deliveries" className="admin-link">
            发送记录
          </Link>
        )}
        <MessageBell />
      </Layout.Header>
      <Layout.Content className="app-content">
        {error && !data && <p className="empty">无法读取部门名录：{error.message}</p>}
        {register && !register.viewerCan.manage && <p className="empty">当前账号无权管理部门。</p>}
        {register?.viewerCan.manage && (
          <>
            <Space className="register-toolbar">
              <span>
                共 {units.length} 个单位，在用 {active.length} 个
              </span>
              {register.viewerCan.create && (
                <Button type="primary" data-action="create" onClick={() => setOpen({ action: 'create', unit: null })}>
                  新增部门
                </Button>
              )}
            </Space>
            <Table<Unit>
              rowKey="code"
              size="small"
              pagination={false}
              dataSource={units}
              columns={columns}
              rowClassName={(u) => (u.state === 'ACTIVE' ? '' : 'register-retired')}
            />
          </>
        )}
        {open && (
          <DepartmentDialog
            action={open.action}
            unit={open.unit}
            choices={active.filter((u) =>
              open.action === 'members' ? u.kind !== 'GROUP' && u.kind !== 'LEADING_GROUP' : u.kind !== 'GROUP',
            )}
            onClose={(changed) => {
              setOpen(null);
              if (changed) reexecute({ requestPolicy: 'network-only' });
            }}
          />
        )}
        {contactsOf && (
          <Suspense fallback={null}>
            <ContactsDrawer
              owner={{ departmentCode: contactsOf.code }}
              ownerName={contactsOf.name}
              onClose={() => setContactsOf(null)}
            />
          </Suspense>
        )}
      </Layout.Content>
    </Layout>
  );
}
