import { Button, Space } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';

const PlanEditorLinksQuery = graphql(`
  query PlanEditorLinks($plan: String!) { plan(code: $plan) { id lifecycle viewerCan { edit revise succeed createPlan } } }
`);

/**
 * The header's entries to the editor: 编辑方案 for a draft's office, 方案调整 for the office of a plan in force,
 * 版本历史 for every reader of a published plan, 启动接续方案 for an ended plan's office, 新建方案 for whoever may
 * create one.
 */
export function PlanEditorLinks(props: { planCode: string }) {
  const [{ data }] = useQuery({ query: PlanEditorLinksQuery, variables: { plan: props.planCode } });
  const can = data?.plan?.viewerCan;
  // 版本历史 for every reader of a published plan; 方案调整 for its office while it is in force.
  const history = data?.plan && data.plan.lifecycle !== 'DRAFT';
  if (!can || (!can.edit && !can.succeed && !can.createPlan && !can.revise && !history)) return null;
  return (
    <Space size="small" className="plan-editor-links">
      {can.revise && (
        <Link to={`/plans/${props.planCode}/revise`}>
          <Button size="small" data-testid="revise-plan">
            方案调整
          </Button>
        </Link>
      )}
      {history && (
        <Link to={`/plans/${props.planCode}/history`}>
          <Button size="small" data-testid="plan-history">
            版本历史
          </Button>
        </Link>
      )}
      {can.edit && (
        <Link to={`/plans/${props.planCode}/edit`}>
          <Button size="small">编辑方案</Button>
        </Link>
      )}
      {can.succeed && (
        <Link to={`/plans/${props.planCode}/successor`}>
          <Button size="small">启动接续方案</Button>
        </Link>
      )}
      {can.createPlan && (
        <Link to="/plans/new">
          <Button size="small">新建方案</Button>
        </Link>
      )}
    </Space>
  );
}
