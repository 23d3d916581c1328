/**
 * 从修订文件导入: a revised document read against the plan in force, as a revision the office accepts item by item.
 * Reads only: the office stages the changes it accepts and publishes them with publishRevision.
 */
import { today } from '../../shared/clock';
import { DomainError } from '../../shared/errors';
import type { RequestScope } from '../../shared/request-scope';
import { AssignmentRole } from '../assignment';
import { getDepartments } from '../department';
import { getPlanByCode, LIFECYCLE_NAME, PlanLifecycle, planLifecycle, planOfficeOf } from '../plan';
import { authorizePlanOffice, readContent, refuse } from '../plan-editor';
import { matchUnits, unitKey } from './plan-import.matching.rules';
import { type CurrentPlanContent, revisionProposalOf } from './plan-import.revision.rules';
import { getPlanDocument, matchableOf, readStoredProposal, unitNamesOf } from './plan-import.service';
import type { PlanRevisionProposal } from './plan-import.type';

/** A refusal of the plan office's check, naming this query's argument rather than a mutation's input. */
async function asArgument<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof DomainError) {
      const extensions = error.extensions as { field?: string };
      if (extensions.field === 'input.planCode') extensions.field = 'planCode';
    }
    throw error;
  }
}

/**
 * The revision an uploaded document proposes against an active plan: the plan office only (plan.revise), the
 * viewer's own upload only. CONFLICT PLAN_NOT_ACTIVE for a plan that is not in force (a draft is edited directly,
 * an ended or archived plan takes no revision).
 */
export async function getPlanRevisionProposal(
  scope: RequestScope,
  planCode: string,
  documentId: number,
): Promise<PlanRevisionProposal> {
  await asArgument(() => authorizePlanOffice(scope, planCode, 'plan.revise'));
  const plan = await getPlanByCode(scope, planCode, 'planCode');
  const lifecycle = planLifecycle(plan, today(scope.clock));
  if (lifecycle !== PlanLifecycle.ACTIVE) {
    throw refuse(
      'CONFLICT',
      'PLAN_NOT_ACTIVE',
      'planCode',
      `方案「${plan.code}」当前为「${LIFECYCLE_NAME[lifecycle]}」：只有实施中的方案可由修订文件提出调整`,
    );
  }
  const document = await getPlanDocument(scope, documentId, 'documentId');
  const proposal = readStoredProposal(document, 'documentId');
  const [register, content, officeId] = await Promise.all([
    getDepartments(scope),
    readContent(scope.db, plan),
    planOfficeOf(scope, plan),
  ]);
  const codeById = new Map(register.map((d) => [d.id, d.code]));
  const nameByCode = new Map(register.map((d) => [d.code, d.name]));
  const codeOfName = new Map<string, string>();
  for (const unit of matchUnits(unitNamesOf(proposal), matchableOf(register))) {
    if (unit.status === 'MATCHED') codeOfName.set(unitKey(unit.name), unit.code);
  }
  const measureCode = new Map(content.measures.map((m) => [m.id, m.code]));
  const current: CurrentPlanContent = {
    endsOn: plan.endsOn,
    goals: content.goals.map((g) => ({ code: g.code, title: g.title })),
    measures: content.measures.map((m) => {
      const own = content.assignments.filter((a) => a.measureId === m.id);
      const lead = own.find((a) => a.role === AssignmentRole.LEAD);
      return {
        code: m.code,
        parentCode: m.parentId === null ? null : (measureCode.get(m.parentId) ?? null),
        kind: m.kind,
        title: m.title,
        withdrawn: m.withdrawnOn !== null,
        leadCode: lead ? (codeById.get(lead.departmentId) ?? null) : null,
        participantCodes: own
          .filter((a) => a.role === AssignmentRole.PARTICIPANT)
          .map((a) => codeById.get(a.departmentId) ?? ''),
      };
    }),
    indicators: content.indicators.map((i) => ({
      code: i.code,
      name: i.name,
      target: i.target,
      targetDate: i.targetDate,
      targetText: i.targetText,
      unit: i.unit,
    })),
  };
  const result = revisionProposalOf(current, proposal, {
    codeOf: (name) => codeOfName.get(unitKey(name)) ?? null,
    nameOf: (code) => nameByCode.get(code) ?? code,
    defaultDepartmentCode: officeId === null ? null : (codeById.get(officeId) ?? null),
  });
  return {
    changes: result.changes.map((c) => ({
      description: c.description,
      source: c.source,
      changeJson: c.change === null ? null : JSON.stringify(c.change),
      unresolvedUnits: c.unresolvedUnits,
    })),
    unresolvedUnits: result.unresolvedUnits,
  };
}
