import { App, Input, Space } from 'antd';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { fieldErrors } from '../../lib/server-errors';

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

/** Shows the server's reasons, if any; true when the step was taken. */
function useReport() {
  const { message } = App.useApp();
  return (result: { error?: Parameters<typeof fieldErrors>[0] }): boolean => {
    const errors = fieldErrors(result.error);
    if (errors.length === 0) return true;
    void message.error(errors.map((e) => e.reason).join('；'));
    return false;
  };
}

/** A dialog asking for one text; closed only once the server has taken it (on a refusal it stays, as typed). */
function useAsk() {
  const { modal } = App.useApp();
  return (title: string, onOk: (text: string) => Promise<boolean>) => {
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
      onOk: (close: () => void) => {
        void onOk(typed.text).then((done) => done && close());
      },
    });
  };
}

/** 申请延期: a dialog for the date and the reason. */
function useAskExtension(report: ReturnType<typeof useReport>) {
  const { modal } = App.useApp();
  const [, requestExtension] = useMutation(RequestExtensionMutation);
  return (id: string, dueOn: string) => {
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
}

/** The notice's lifecycle steps, each sent to the server and its refusal shown. */
export function useNoticeActions() {
  const report = useReport();
  const ask = useAsk();
  const askExtension = useAskExtension(report);
  const [, acknowledge] = useMutation(AcknowledgeMutation);
  const [, respond] = useMutation(RespondMutation);
  const [, close] = useMutation(CloseMutation);
  const [, sendBack] = useMutation(ReturnMutation);
  const [, approveExtension] = useMutation(ApproveExtensionMutation);
  const [, refuseExtension] = useMutation(RefuseExtensionMutation);
  return {
    acknowledge: async (id: string) => report(await acknowledge({ id })),
    respond: (id: string) => ask('反馈办理情况', async (response) => report(await respond({ id, response }))),
    requestExtension: askExtension,
    approveExtension: async (id: string) => report(await approveExtension({ id })),
    refuseExtension: (id: string) =>
      ask('不同意延期的理由', async (reason) => report(await refuseExtension({ id, reason }))),
    close: async (id: string) => report(await close({ id })),
    sendBack: (id: string) => ask('退回理由', async (reason) => report(await sendBack({ id, reason }))),
  };
}
