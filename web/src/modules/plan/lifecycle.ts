import type { PlanLifecycle } from '../../gql/graphql';

/** How each 方案状态 the server gives is shown: its word and its tag colour. */
export const LIFECYCLE_TAG: Record<PlanLifecycle, { label: string; color: string }> = {
  DRAFT: { label: '草稿', color: 'default' },
  ACTIVE: { label: '实施中', color: 'processing' },
  ENDED: { label: '已结束', color: 'warning' },
  ARCHIVED: { label: '已归档', color: '#8c8c8c' },
};
