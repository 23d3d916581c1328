import { useQuery } from 'urql';
import { graphql } from '../../gql';

const ViewerCanQuery = graphql(`
  query ViewerCan { viewerCan { createPlan manageDepartments } }
`);

/** What the server lets the viewer do outside any one plan (新建方案, 部门管理): nothing until it has answered. */
export function useViewerCan(): { createPlan: boolean; manageDepartments: boolean } {
  const [{ data }] = useQuery({ query: ViewerCanQuery });
  return {
    createPlan: data?.viewerCan.createPlan ?? false,
    manageDepartments: data?.viewerCan.manageDepartments ?? false,
  };
}
