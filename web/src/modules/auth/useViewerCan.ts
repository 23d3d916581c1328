import { useEffect } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';

const ViewerCanQuery = graphql(`
  query ViewerCan { viewerCan { createPlan manageDepartments } }
`);

/** Seconds before asking again after the question failed (a busy or restarting server). */
const RETRY_MS = 2_000;

/** What the server lets the viewer do outside any one plan (新建方案, 部门管理): nothing until it has answered. */
export function useViewerCan(): { createPlan: boolean; manageDepartments: boolean } {
  const [{ data, error }, reexecute] = useQuery({ query: ViewerCanQuery });
  // A failed answer would otherwise hide 新建方案 and 部门管理 until the next page load: ask again.
  useEffect(() => {
    if (!error) return;
    const timer = setTimeout(() => reexecute({ requestPolicy: 'network-only' }), RETRY_MS);
    return () => clearTimeout(timer);
  }, [error, reexecute]);
  return {
    createPlan: data?.viewerCan.createPlan ?? false,
    manageDepartments: data?.viewerCan.manageDepartments ?? false,
  };
}
