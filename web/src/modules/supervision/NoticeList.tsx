import { App, Button, Input, Space, Table, Tag } from 'antd';
import { useMutation } from 'urql';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { formatDateTime } from '../../lib/format';
import { fieldErrors } from '../../lib/server-errors';
import { useSession } from '../auth';

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
  }
`);

const AcknowledgeMutation = graphql(`
  mutation AcknowledgeNotice($id: ID!) { acknowledgeUrgeNotice(id: $id) { ...NoticeList_UrgeNotice } }
`);
const RespondMutation = graphql(`
  mutation RespondNotice($id: ID!, $response: String!) { respondToUrgeNotice(id: $id, response: $response) { ...NoticeList_UrgeNotice } }
`);
const CloseMutation = graphql(`
  mutation CloseNotice($id: ID!) { closeUrgeNotice(id: $id) { ...NoticeList_UrgeNotice } }
`);
const RequestExtensionMutation = graphql(`
  mutation RequestExtension($input: RequestExtensionInput!) {
    requestExtension(input: $input) { id state urgeNotice { ...NoticeList_UrgeNotice } }
  }
`);
const ApproveExtensionMutation = graphql(`
  mutation ApproveExtension($id: ID!) { approveExtension(id: $id) { id state urgeNotice { ...NoticeList_UrgeNotice } } }
`);
const RefuseExtensionMutation = graphql(`
  mutation RefuseExtension($id: ID!, $reason: String!) {
    refuseExtension(id: $id, reason: $reason) { id state urgeNotice { ...NoticeList_UrgeNotice } }
  }
`);
const ReturnMutation = graphql(`
  mutation ReturnNotice($id: ID!, $reason: String!) { returnUrgeNoticeForRevision(id: $id, reason: $reason) { ...NoticeList_UrgeNotice } }
`);

const EXTENSION_STATE_TEXT = {
  PENDING: '待审批',
  APPROVED: '已同意',
  REFUSED: '未获同意',
  WITHDRAWN: '已撤销',
} as const;

export const LEVEL_TEXT = { REMIND: '提醒', CHASE: '催办', SUPERVISE: '督办' } as const;
const LEVEL_COLOR = { REMIND: 'blue', CHASE: 'gold', SUPERVISE: 'red' } as const;
const STATE_TEXT = {
  ISSUED: '待签收',
  ACKNOWLEDGED: '已签收',
  RESPONDED: '已反馈',
  RETURNED: '已退回',
  CLOSED: '已办结',
} as const;

/** 督办单 with their lifecycle: the department signs and replies, the office closes or returns; the server decides. */
export function NoticeList(props: { notices: FragmentType<typeof NoticeList_UrgeNotice>[]; emptyText: string }) {
  const notices = props.notices.map((n) => getFragmentData(NoticeList_UrgeNotice, n));
  const session = useSession();
  const { message, modal } = App.useApp();
  const [, acknowledge] = useMutation(AcknowledgeMutation);
  const [, respond] = useMutation(RespondMutation);
  const [, close] = useMutation(CloseMutation);
  const [, sendBack] = useMutation(ReturnMutation);
  const [, requestExtension] = useMutation(RequestExtensionMutation);
  const [, approveExtension] = useMutation(ApproveExtensionMutation);
  const [, refuseExtension] = useMutation(RefuseExtensionMutation);
  const overseer = session?.user.role === 'LEADER' || session?.user.role === 'ADMIN';
  // Its own department's notices, or its group's for a member unit (a town acts for 各镇、街道), as the server allows.
  const own = (code: string) =>
    session?.user.role === 'ADMIN' ||
    session?.user.department?.code === code ||
    (session?.user.department?.groups ?? []).some((group) => group.code === code);

  /** Shows the server's reasons, if any; true when the step was taken. */
  const report = (result: { error?: Parameters<typeof fieldErrors>[0] }): boolean => {
    const errors = fieldErrors(result.error);
    if (errors.length === 0) return true;
    void message.error(errors.map((e) => e.reason).join('；'));
    return false;
  };
  const ask = (title: string, onOk: (text: string) => Promise<boolean>) => {
    const typed = { text: '' };
    modal.confirm({
      title,
      content: (
        <Input.TextArea
          rows={3}
          onChange={(e) => {
            typed.text = e.target.value;
          }}
        />
      ),
      okText: '提交',
      cancelText: '取消',
      // Closed only once the server has taken it: on a refusal the dialog stays, with what was typed.
      onOk: (close: () => void) => {
        void onOk(typed.text).then((done) => done && close());
      },
    });
  };

  const askExtension = (id: string, dueOn: string) => {
    const typed = { dueOn: '', reason: '' };
    modal.confirm({
      title: '申请延期',
      content: (
        <Space direction="vertical" style={{ width: '100%' }}>
          <span className="muted">现反馈期限 {dueOn}</span>
          <Input
            type="date"
            aria-label="申请的反馈期限"
            min={dueOn}
            onChange={(e) => {
              typed.dueOn = e.target.value;
            }}
          />
          <Input.TextArea
            rows={3}
            aria-label="延期理由"
            placeholder="延期理由"
            onChange={(e) => {
              typed.reason = e.target.value;
            }}
          />
        </Space>
      ),
      okText: '提交',
      cancelText: '取消',
      onOk: (close: () => void) => {
        void requestExtension({ input: { urgeNoticeId: id, dueOn: typed.dueOn, reason: typed.reason } }).then(
          (result) => report(result) && close(),
        );
      },
    });
  };
  const awaitingReply = (state: string) => state === 'ISSUED' || state === 'ACKNOWLEDGED' || state === 'RETURNED';

  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={notices}
      locale={{ emptyText: props.emptyText }}
      scroll={{ x: 900 }}
      columns={[
        {
          title: '级别',
          dataIndex: 'level',
          render: (level: keyof typeof LEVEL_TEXT, n) => (
            <div>
              <Tag color={LEVEL_COLOR[level]}>{LEVEL_TEXT[level]}</Tag>
              {n.escalations > 0 && (
                <div className="muted" title={n.escalatedAt ? `升级于 ${formatDateTime(n.escalatedAt)}` : undefined}>
                  由{LEVEL_TEXT[n.issuedLevel]}逾期升级
                </div>
              )}
            </div>
          ),
        },
        {
          title: '事项',
          key: 'what',
          render: (_, n) => (
            <div className="notice" data-notice={n.id} data-state={n.state}>
              <div>
                <b>{n.measure.code}</b> {n.measure.title} · {n.department.name}
              </div>
              <div>{n.text}</div>
              {n.response && <div className="muted">反馈：{n.response}</div>}
              {n.returnReason && <div className="muted">退回理由：{n.returnReason}</div>}
              {n.pendingExtension && (
                <div className="extension pending">
                  延期申请（待审批）：至 {n.pendingExtension.requestedDueOn}，理由：{n.pendingExtension.reason}
                </div>
              )}
              {n.extensionRequests
                .filter((r) => r.state !== 'PENDING')
                .slice(-1)
                .map((r) => (
                  <div key={r.id} className="muted">
                    延期申请{EXTENSION_STATE_TEXT[r.state]}（至 {r.requestedDueOn}）
                    {r.decisionNote && `：${r.decisionNote}`}
                  </div>
                ))}
            </div>
          ),
        },
        {
          title: '期限',
          dataIndex: 'dueOn',
          render: (due: string, n) => (
            <span style={n.overdue ? { color: '#d4380d', fontWeight: 600 } : undefined}>
              {due}
              {n.overdue && ' ■ 已超期'}
            </span>
          ),
        },
        {
          title: '状态',
          key: 'state',
          render: (_, n) => (
            <div>
              <Tag>{STATE_TEXT[n.state]}</Tag>
              <div className="muted">
                下发 {formatDateTime(n.issuedAt)}
                {n.acknowledgedAt && ` · 签收 ${formatDateTime(n.acknowledgedAt)}`}
                {n.respondedAt && ` · 反馈 ${formatDateTime(n.respondedAt)}`}
                {n.closedAt && ` · 办结 ${formatDateTime(n.closedAt)}`}
              </div>
            </div>
          ),
        },
        {
          title: '操作',
          key: 'actions',
          render: (_, n) => (
            <Space wrap>
              {own(n.department.code) && n.state === 'ISSUED' && (
                <Button size="small" type="primary" onClick={async () => report(await acknowledge({ id: n.id }))}>
                  签收
                </Button>
              )}
              {own(n.department.code) && (n.state === 'ACKNOWLEDGED' || n.state === 'RETURNED') && (
                <Button
                  size="small"
                  type="primary"
                  onClick={() => ask('反馈办理情况', async (response) => report(await respond({ id: n.id, response })))}
                >
                  反馈
                </Button>
              )}
              {own(n.department.code) && awaitingReply(n.state) && !n.pendingExtension && (
                <Button size="small" onClick={() => askExtension(n.id, n.dueOn)}>
                  申请延期
                </Button>
              )}
              {overseer && n.pendingExtension && (
                <>
                  <Button
                    size="small"
                    type="primary"
                    onClick={async () => report(await approveExtension({ id: n.pendingExtension!.id }))}
                  >
                    同意延期
                  </Button>
                  <Button
                    size="small"
                    onClick={() =>
                      ask('不同意延期的理由', async (reason) =>
                        report(await refuseExtension({ id: n.pendingExtension!.id, reason })),
                      )
                    }
                  >
                    不同意
                  </Button>
                </>
              )}
              {overseer && n.state === 'RESPONDED' && (
                <>
                  <Button size="small" type="primary" onClick={async () => report(await close({ id: n.id }))}>
                    办结
                  </Button>
                  <Button
                    size="small"
                    onClick={() => ask('退回理由', async (reason) => report(await sendBack({ id: n.id, reason })))}
                  >
                    退回
                  </Button>
                </>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}
