import { useQuery } from 'urql';
import { graphql } from '../../gql';

const RegisterCanQuery = graphql(`
  query DepartmentRegisterCan { departmentRegister { viewerCan { manage } } }
`);

/** Whether the server offers the viewer 部门管理 (the menu shows the link only then). */
export function useCanManageDepartments(): boolean {
  const [{ data }] = useQuery({ query: RegisterCanQuery });
  return data?.departmentRegister.viewerCan.manage ?? false;
}
