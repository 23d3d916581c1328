import { Layout } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { MessageBell } from '../message';
import { UserMenu } from './UserMenu';

/** The frame of the screens outside a plan (the plan list, 消息中心): the brand, a title, the bell, who is signed in. */
export function PageFrame(props: { title: string; actions?: ReactNode; className?: string; children: ReactNode }) {
  return (
    <Layout className="app-layout">
      <Layout.Header className="app-header">
        <Link to="/" className="brand" title="全部方案">
          <span className="brand-mark">督</span> 督办
        </Link>
        <span className="app-header-title">{props.title}</span>
        {props.actions}
        <MessageBell />
        <UserMenu />
      </Layout.Header>
      <Layout.Content className={props.className ? `app-content ${props.className}` : 'app-content'}>
        {props.children}
      </Layout.Content>
    </Layout>
  );
}
