import { App, Button } from 'antd';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { fieldErrors } from '../../lib/server-errors';

const ArchivePlanMutation = graphql(`
  mutation ArchivePlan($planCode: String!) {
    archivePlan(planCode: $planCode) { id lifecycle viewerCan { archive edit issueUrgeNotice issueInstruction setAssessmentWeights setReportingCycle backfillProgressReport reviewProgressReports superviseNotices } }
  }
`);

/** 归档: offered where the server says the viewer may (`viewerCan.archive`: the plan office, an ended plan), after a confirmation. */
export function ArchivePlanButton(props: { planCode: string; title: string }) {
  const { modal, message } = App.useApp();
  const [{ fetching }, archive] = useMutation(ArchivePlanMutation);
  const confirm = () =>
    modal.confirm({
      title: '归档方案',
      content: `归档后「${props.title}」只读：不再接受报送、补录、指标填报、督办和批示，仍可查看全部记录。确认终期评估已完成？`,
      okText: '确认归档',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        const result = await archive({ planCode: props.planCode });
        const errors = fieldErrors(result.error);
        if (errors.length > 0) {
          void message.error(errors.map((e) => e.reason).join('；'));
          return;
        }
        void message.success('方案已归档');
      },
    });
  return (
    <Button danger size="small" loading={fetching} onClick={confirm} data-action="archive">
      归档
    </Button>
  );
}
