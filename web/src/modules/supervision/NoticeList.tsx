import { Table } from 'antd';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { NoticeActions } from './NoticeActions';
import { NoticeDue, NoticeLevel, NoticeState, NoticeSubject } from './NoticeSummary';
import { useNoticeActions } from './useNoticeActions';

export { LEVEL_TEXT } from './notice-text';

export const NoticeList_UrgeNotice = graphql(`
  fragment NoticeList_UrgeNotice on UrgeNotice {
    id
    level
    state
    text
    dueOn
    overdue
    issuedAt
    issuedBy { username displayName }
    acknowledgedAt
    respondedAt
    response
    returnReason
    closedAt
    issuedLevel
    escalations
    escalatedAt
    pendingExtension { id requestedDueOn reason requestedAt }
    extensionRequests { id state requestedDueOn decisionNote decidedAt }
    measure { id code title }
    department { code name }
    viewerCan { acknowledge respond requestExtension decideExtension close returnForRevision }
  }
`);

/**
 * 督办单 with their lifecycle: the department signs and replies, the office closes or returns; the server decides.
 * `focusId` marks the notice a link points at (a message's 查看督办单).
 */
export function NoticeList(props: {
  notices: FragmentType<typeof NoticeList_UrgeNotice>[];
  emptyText: string;
  focusId?: string;
}) {
  const notices = props.notices.map((n) => getFragmentData(NoticeList_UrgeNotice, n));
  const actions = useNoticeActions();
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={notices}
      locale={{ emptyText: props.emptyText }}
      scroll={{ x: 900 }}
      rowClassName={(n) => (n.id === props.focusId ? 'link-target' : '')}
      columns={[
        { title: '级别', key: 'level', render: (_, n) => <NoticeLevel notice={n} /> },
        { title: '事项', key: 'what', render: (_, n) => <NoticeSubject notice={n} /> },
        { title: '期限', key: 'dueOn', render: (_, n) => <NoticeDue notice={n} /> },
        { title: '状态', key: 'state', render: (_, n) => <NoticeState notice={n} /> },
        { title: '操作', key: 'actions', render: (_, n) => <NoticeActions notice={n} actions={actions} /> },
      ]}
    />
  );
}
