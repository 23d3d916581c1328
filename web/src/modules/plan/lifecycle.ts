import type { PlanLifecycle } from '../../gql/graphql';

/**
 * How each 方案状态 the server gives is shown: its word and its tag colour. A draft is red (it needs the office's
 * work before anyone else sees it), a plan in force blue, an ended plan in evaluation purple, an archived one grey.
 */
export const LIFECYCLE_TAG: Record<PlanLifecycle, { label: string; color: string }> = {
  DRAFT: { label: '草稿', color: 'red' },
  ACTIVE: { label: '实施中', color: 'processing' },
  ENDED: { label: '已结束', color: 'purple' },
  ARCHIVED: { label: '已归档', color: '#8c8c8c' },
};
