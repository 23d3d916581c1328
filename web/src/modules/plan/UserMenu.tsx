import { Button, Dropdown } from 'antd';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { ROLE_LABEL, setSession, useSession, useViewerCan } from '../auth';
import { useCanManageDepartments } from '../department-admin';

const LogoutMutation = graphql(`
  mutation Logout { logout }
`);

/**
 * Who is signed in (role and department), 部门管理 and 发送记录 for those the server offers them to, and 退出登录.
 */
export function UserMenu() {
  const session = useSession();
  const navigate = useNavigate();
  const [, logout] = useMutation(LogoutMutation);
  const canManageDepartments = useCanManageDepartments();
  const { readDeliveries } = useViewerCan();
  if (!session) return null;
  return (
    // Opened by a click, not a hover: a hover menu closes under a slow pointer, and a phone has no hover.
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            key: 'role',
            label: `${ROLE_LABEL[session.user.role]}${session.user.department ? ` · ${session.user.department.name}` : ''}`,
            disabled: true,
          },
          ...(canManageDepartments
            ? [{ key: 'departments', label: '部门管理', onClick: () => void navigate('/admin/departments') }]
            : []),
          ...(readDeliveries
            ? [{ key: 'deliveries', label: '发送记录', onClick: () => void navigate('/admin/deliveries') }]
            : []),
          {
            key: 'logout',
            label: '退出登录',
            onClick: async () => {
              await logout({});
              setSession(null);
              void navigate('/login');
            },
          },
        ],
      }}
    >
      <Button type="text" className="user-button" data-user={session.user.username}>
        {session.user.displayName}
      </Button>
    </Dropdown>
  );
}
