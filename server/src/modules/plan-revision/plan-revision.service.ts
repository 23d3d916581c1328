import { DomainError } from '../../shared/errors';
import type { RequestScope } from '../../shared/request-scope';
import type { PlanRow } from '../plan';
import type { PlanRevisionInput } from './plan-revision.input';
import type { PlanRevision, PlanRevisionResult, PlanVersion } from './plan-revision.type';

export async function publishRevision(_scope: RequestScope, _input: PlanRevisionInput): Promise<PlanRevisionResult> {
  throw new DomainError('CONFLICT', { reason: '方案调整尚未实现', detail: 'NOT_READY' });
}

export async function getRevisions(_scope: RequestScope, _plan: PlanRow): Promise<PlanRevision[]> {
  return [];
}

export async function getPlanVersion(_scope: RequestScope, _plan: PlanRow, _n: number): Promise<PlanVersion> {
  throw new DomainError('NOT_FOUND', { reason: '未找到', detail: 'REVISION_NOT_FOUND' });
}
