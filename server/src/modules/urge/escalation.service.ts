import { today as todayOf } from '../../shared/clock';
import type { RequestScope } from '../../shared/request-scope';
import { getWorkingCalendar } from '../calendar';
import { appendEvents, EventType, type NewEvent } from '../event';
import { getMeasureIndex } from '../measure';
import { getPlanById, planTakes } from '../plan';
import { listNoticesInStates, lockNotices, noticesWithPendingRequest, updateNotice } from './urge.repository';
import { AWAITING_REPLY, escalationOf } from './urge.rules';
import { snapshot } from './urge.service';

/**
 * 逾期升级: raises every notice of a plan whose reply date has passed unanswered by one level (see escalationOf),
 * each as an URGE_NOTICE_ESCALATED event with no actor. Returns how many escalated. Safe to run from several
 * processes at once: each candidate is locked and judged again inside the transaction. A plan that takes no work
 * (a draft, or archived: frozen) escalates nothing.
 */
export async function escalateOverdueNotices(scope: RequestScope, planId: number): Promise<number> {
  if (!planTakes(await getPlanById(scope, planId), 'work')) return 0;
  const today = todayOf(scope.clock);
  const calendar = await getWorkingCalendar(scope);
  const index = await getMeasureIndex(scope, planId);
  const open = await listNoticesInStates(scope.db, planId, AWAITING_REPLY);
  // A notice on a withdrawn measure (撤销) no longer escalates: the measure carries no duty.
  const candidates = open
    .filter((notice) => {
      const measure = index.byId.get(notice.measureId);
      return !(measure && index.isWithdrawn(measure, today)) && escalationOf(notice, today, calendar, false);
    })
    .map((notice) => notice.id);
  if (candidates.length === 0) return 0;
  const now = scope.clock.now();
  return scope.db.transaction(async (tx) => {
    const locked = await lockNotices(tx, candidates);
    const pending = await noticesWithPendingRequest(tx, candidates);
    const escalated: NewEvent[] = [];
    for (const before of locked) {
      const rise = escalationOf(before, today, calendar, pending.has(before.id));
      if (!rise) continue;
      const { after } = await updateNotice(tx, before, {
        level: rise.level,
        dueOn: rise.dueOn,
        escalations: before.escalations + 1,
        escalatedAt: now,
      });
      const measure = index.byId.get(after.measureId);
      escalated.push({
        type: EventType.URGE_NOTICE_ESCALATED,
        planId,
        measureId: after.measureId,
        goalId: measure ? index.goalIdOf(measure) : null,
        departmentId: after.departmentId,
        occurredAt: now,
        payload: { urgeNoticeId: after.id, reason: rise.reason, before: snapshot(before), after: snapshot(after) },
      });
    }
    if (escalated.length > 0) await appendEvents(tx, escalated);
    return escalated.length;
  });
}
