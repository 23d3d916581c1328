import { App, Button, List, Tag } from 'antd';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { formatDateTime, formatPeriod } from '../../lib/format';
import { fieldErrors } from '../../lib/server-errors';

export const InstructionList_Instruction = graphql(`
  fragment InstructionList_Instruction on Instruction {
    id
    subject
    text
    issuedAt
    issuedBy { username displayName }
    readAt
    readBy { username displayName }
    reads { readAt department { code name } }
    measure { id code title }
    report { id period }
    department { code name }
    addressees { code name }
    viewerCan { markRead }
  }
`);

const MarkReadMutation = graphql(`
  mutation MarkInstructionRead($id: ID!) { markInstructionRead(id: $id) { ...InstructionList_Instruction } }
`);

export const SUBJECT_TEXT = { REPORT: '批示报告', MEASURE: '批示措施', PROBLEM: '批示存在问题' } as const;

/**
 * 领导批示, unread first: what the leader wrote, on what, to whom, and whether it has been read (已阅). A clerk of an
 * addressed department (or an admin) marks it read; the server decides who may.
 */
export function InstructionList(props: {
  instructions: FragmentType<typeof InstructionList_Instruction>[];
  planCode: string;
  emptyText: string;
  /** Show the 已阅 button (the desk of an addressed department). */
  canMarkRead?: boolean;
  /** The instruction a link points at (a message's 查看批示), marked. */
  focusId?: string;
}) {
  const { message } = App.useApp();
  const [{ fetching }, markRead] = useMutation(MarkReadMutation);
  const items = props.instructions
    .map((i) => getFragmentData(InstructionList_Instruction, i))
    .sort((a, b) => Number(a.readAt !== null) - Number(b.readAt !== null) || b.issuedAt.localeCompare(a.issuedAt));
  return (
    <List
      size="small"
      dataSource={items}
      locale={{ emptyText: props.emptyText }}
      renderItem={(i) => (
        <List.Item
          className={`instruction${i.readAt ? ' read' : ' unread'}${i.id === props.focusId ? ' link-target' : ''}`}
          data-instruction={i.id}
          actions={
            props.canMarkRead && i.viewerCan.markRead
              ? [
                  <Button
                    key="read"
                    size="small"
                    type="primary"
                    loading={fetching}
                    onClick={async () => {
                      const result = await markRead({ id: i.id });
                      const errors = fieldErrors(result.error);
                      if (errors.length > 0) void message.error(errors.map((e) => e.reason).join('；'));
                    }}
                  >
                    已阅
                  </Button>,
                ]
              : []
          }
        >
          <div>
            <div>
              {i.readAt ? <Tag>已阅</Tag> : <Tag color="red">未阅</Tag>}
              <Tag color="purple">{SUBJECT_TEXT[i.subject]}</Tag>
              <Link to={`/plans/${props.planCode}/measures/${encodeURIComponent(i.measure.code)}`}>
                {i.measure.code} {i.measure.title}
              </Link>
              {i.report && <span className="muted"> · {formatPeriod(i.report.period)} 报告</span>}
            </div>
            <div className="instruction-text">领导批示：{i.text}</div>
            <div className="muted">
              {i.issuedBy?.displayName ?? '领导'} · {formatDateTime(i.issuedAt)} · 致{' '}
              {i.addressees.map((d) => d.name).join('、') || '—'}
              {i.readAt && ` · ${i.readBy?.displayName ?? ''} 已阅于 ${formatDateTime(i.readAt)}`}
              {!i.readAt && i.addressees.length > 1 && i.reads.length > 0 && (
                <> · 已阅 {i.reads.map((r) => r.department.name).join('、')}</>
              )}
            </div>
          </div>
        </List.Item>
      )}
    />
  );
}
