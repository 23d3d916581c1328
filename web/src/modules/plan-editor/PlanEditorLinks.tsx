import { Button, Space } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';

const PlanEditorLinksQuery = graphql(`
  query PlanEditorLinks($plan: String!) { plan(code: $plan) { id viewerCan { edit succeed createPlan } } }
`);

/**
 * The header's entries to the editor: 编辑方案 for a draft's office, 启动接续方案 for an ended plan's office, 新建方案
 * for whoever may create one.
 */
export function PlanEditorLinks(props: { planCode: string }) {
  const [{ data }] = useQuery({ query: PlanEditorLinksQuery, variables: { plan: props.planCode } });
  const can = data?.plan?.viewerCan;
  if (!can || (!can.edit && !can.succeed && !can.createPlan)) return null;
  return (
    <Space size="small" className="plan-editor-links">
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
