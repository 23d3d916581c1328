import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Tag } from 'antd';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { usePlanListLive } from '../feed';
import { LIFECYCLE_TAG } from './lifecycle';

const PlanSwitcherQuery = graphql(`
  query PlanSwitcher { plans { id code title lifecycle } }
`);

/**
 * 切换方案: the plans the viewer may see (the server's list), and 全部方案 for the home page. A menu, not a Select:
 * the frame of every plan page loads with it, and a Select brings the form machinery (about 30 KiB gzip) with it.
 */
export function PlanSwitcher(props: { planCode: string }) {
  const navigate = useNavigate();
  const [{ data }, reexecute] = useQuery({ query: PlanSwitcherQuery });
  usePlanListLive(useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]));
  const plans = data?.plans ?? [];
  const current = plans.find((plan) => plan.code === props.planCode);
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectedKeys: [props.planCode],
        onClick: ({ key }) => void navigate(key === '' ? '/plans' : `/plans/${key}`),
        items: [
          ...plans.map((plan) => ({
            key: plan.code,
            label: (
              <span data-plan={plan.code}>
                <Tag color={LIFECYCLE_TAG[plan.lifecycle].color}>{LIFECYCLE_TAG[plan.lifecycle].label}</Tag>
                {plan.title}
              </span>
            ),
          })),
          { key: '', label: <span data-plan="">全部方案…</span> },
        ],
      }}
    >
      <Button className="plan-switcher" aria-label="切换方案" title={current?.title}>
        <span className="plan-switcher-title">{current?.title ?? props.planCode}</span>
        <DownOutlined />
      </Button>
    </Dropdown>
  );
}
