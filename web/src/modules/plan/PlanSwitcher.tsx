import { Select, Tag } from 'antd';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { usePlanListLive } from '../feed';
import { LIFECYCLE_TAG } from './lifecycle';

const PlanSwitcherQuery = graphql(`
  query PlanSwitcher { plans { id code title lifecycle } }
`);

/** 切换方案: the plans the viewer may see (the server's list), and 全部方案 for the home page. */
export function PlanSwitcher(props: { planCode: string }) {
  const navigate = useNavigate();
  const [{ data }, reexecute] = useQuery({ query: PlanSwitcherQuery });
  usePlanListLive(useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]));
  const plans = data?.plans ?? [];
  return (
    <Select
      className="plan-switcher"
      aria-label="切换方案"
      value={props.planCode}
      popupMatchSelectWidth={false}
      onChange={(code: string) => void navigate(code === '' ? '/plans' : `/plans/${code}`)}
      options={[
        ...plans.map((plan) => ({
          value: plan.code,
          label: (
            <span data-plan={plan.code}>
              <Tag color={LIFECYCLE_TAG[plan.lifecycle].color}>{LIFECYCLE_TAG[plan.lifecycle].label}</Tag>
              {plan.title}
            </span>
          ),
        })),
        { value: '', label: <span data-plan="">全部方案…</span> },
      ]}
    />
  );
}
