import { DomainError, notFound } from '../../shared/errors';
import type { RequestScope } from '../../shared/request-scope';
import { getDepartmentByCode } from '../department';
import { type EventFilter, type EventRow, listEvents } from '../event';
import { getMeasureByCode } from '../measure';
import { getPlanByCode } from '../plan';
import { authorize } from '../policy';
import { findUserByUsername } from '../user';
import type { AuditFilter } from './audit.input';

export const MAX_AUDIT_PAGE = 200;

const encodeCursor = (id: number) => Buffer.from(`audit:${id}`).toString('base64url');

function decodeCursor(cursor: string): number {
  const match = /^audit:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new DomainError('BAD_USER_INPUT', { field: 'after', reason: '分页游标无效', detail: 'BAD_CURSOR' });
  return Number(match[1]);
}

/** A page of the audit trail (LEADER and ADMIN), filtered by plan, department, measure, user and time. */
export async function getAuditTrail(
  scope: RequestScope,
  filter: AuditFilter | null | undefined,
  first: number,
  after: string | null | undefined,
): Promise<{ entries: EventRow[]; nextCursor: string | null }> {
  authorize(scope, 'audit.read');
  if (!Number.isInteger(first) || first < 1 || first > MAX_AUDIT_PAGE) {
    throw new DomainError('BAD_USER_INPUT', { field: 'first', reason: `每页条数须在 1 至 ${MAX_AUDIT_PAGE} 之间` });
  }
  if ((filter?.types?.length ?? 0) > 20) {
    throw new DomainError('BAD_USER_INPUT', { field: 'filter.types', reason: '事件类型最多 20 个' });
  }
  const criteria: EventFilter = {};
  if (after) criteria.beforeId = decodeCursor(after);
  if (filter?.planCode) criteria.planId = (await getPlanByCode(scope, filter.planCode, 'filter.planCode')).id;
  if (filter?.measureCode) {
    if (criteria.planId === undefined) {
      throw new DomainError('BAD_USER_INPUT', { field: 'filter.planCode', reason: '按措施筛选时须同时指定方案' });
    }
    criteria.measureId = (await getMeasureByCode(scope, criteria.planId, filter.measureCode, 'filter.measureCode')).id;
  }
  if (filter?.departmentCode) {
    criteria.departmentId = (await getDepartmentByCode(scope, filter.departmentCode, 'filter.departmentCode')).id;
  }
  if (filter?.username) {
    const user = await findUserByUsername(scope.db, filter.username);
    if (!user) throw notFound('USER_NOT_FOUND', 'filter.username', '用户', filter.username);
    criteria.actorUserId = user.id;
  }
  if (filter?.from) criteria.from = filter.from;
  if (filter?.to) criteria.to = filter.to;
  if (filter?.types?.length) criteria.types = filter.types;
  const rows = await listEvents(scope.db, criteria, first + 1);
  const entries = rows.slice(0, first);
  const last = entries[entries.length - 1];
  return { entries, nextCursor: rows.length > first && last ? encodeCursor(last.id) : null };
}
