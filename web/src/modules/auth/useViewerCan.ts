import { useEffect } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';

const ViewerCanQuery = graphql(`
  query ViewerCan { viewerCan { createPlan manageDepartments manageContacts readDeliveries } }
`);

/** Seconds before asking again after the question failed (a busy or restarting server). */
const RETRY_MS = 2_000;

export interface ViewerAbilities {
  createPlan: boolean;
  manageDepartments: boolean;
  manageContacts: boolean;
  readDeliveries: boolean;
  /** Whether the server has answered (before that, everything is false). */
  answered: boolean;
}

/**
 * What the server lets the viewer do outside any one plan (新建方案, 部门管理, 部门联系方式, 发送记录): nothing until
 * it has answered.
 */
export function useViewerCan(): ViewerAbilities {
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
    manageContacts: data?.viewerCan.manageContacts ?? false,
    readDeliveries: data?.viewerCan.readDeliveries ?? false,
    answered: data !== undefined,
  };
}
