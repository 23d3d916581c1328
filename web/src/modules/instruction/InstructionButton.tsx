import { App, Button, Input, Radio } from 'antd';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { fieldErrors } from '../../lib/server-errors';

const IssueInstructionMutation = graphql(`
  mutation IssueInstruction($input: IssueInstructionInput!) {
    issueInstruction(input: $input) {
      ...InstructionList_Instruction
      measure { id instructions { ...InstructionList_Instruction } }
      report { id instructions { id ...InstructionList_Instruction } }
    }
  }
`);

type Target = { measureCode: string } | { reportId: string; hasProblems: boolean };

/** 批示: a leader (or admin) writes an instruction on a measure, a report, or the problems a report raised. */
export function InstructionButton(props: {
  planCode: string;
  target: Target;
  size?: 'small' | 'middle';
  /** The server's `viewerCan` for issueInstruction here; nothing is shown without it. */
  allowed: boolean;
}) {
  const { message, modal } = App.useApp();
  const [, issue] = useMutation(IssueInstructionMutation);
  if (!props.allowed) return null;
  const target = props.target;

  const open = () => {
    const typed = { text: '', subject: 'reportId' in target ? 'REPORT' : 'MEASURE' };
    modal.confirm({
      title: 'reportId' in target ? '对报告作出批示' : '对措施作出批示',
      icon: null,
      content: (
        <div className="instruction-form">
          {'reportId' in target && target.hasProblems && (
            <Radio.Group
              defaultValue="REPORT"
              onChange={(e) => {
                typed.subject = e.target.value as string;
              }}
              options={[
                { value: 'REPORT', label: '批示报告' },
                { value: 'PROBLEM', label: '批示存在问题' },
              ]}
            />
          )}
          <Input.TextArea
            rows={4}
            maxLength={2000}
            showCount
            aria-label="批示内容"
            placeholder="批示内容，将送达相关部门"
            onChange={(e) => {
              typed.text = e.target.value;
            }}
          />
        </div>
      ),
      okText: '发出批示',
      cancelText: '取消',
      // Closed only once the server has taken it: on a refusal the dialog stays, with what was typed.
      onOk: (close: () => void) => {
        void send().then((sent) => sent && close());
      },
    });
    const send = async (): Promise<boolean> => {
      const result = await issue({
        input: {
          planCode: props.planCode,
          subject: typed.subject as 'REPORT' | 'MEASURE' | 'PROBLEM',
          ...('reportId' in target ? { reportId: target.reportId } : { measureCode: target.measureCode }),
          text: typed.text,
        },
      });
      const errors = fieldErrors(result.error);
      if (errors.length > 0) {
        void message.error(errors.map((e) => e.reason).join('；'));
        return false;
      }
      void message.success('批示已发出');
      return true;
    };
  };
  return (
    <Button size={props.size ?? 'small'} onClick={open}>
      批示
    </Button>
  );
}
