import { requireViewer } from '../../shared/access';
import { DomainError } from '../../shared/errors';
import { andThen, type MaybePromise } from '../../shared/loader';
import type { RequestScope } from '../../shared/request-scope';
import type { Viewer } from '../../shared/viewer';
import { actsFor } from '../department';
import { BOUND_ROLE, type Operation, POLICY, type PolicyRule } from './policy.rules';
import type { ViewerCan } from './policy.type';

type Departments = number | readonly number[];

/** What an operation acts on, as far as its scope needs to know. */
export interface PolicyTarget {
  /**
   * The department acted for, or the departments of which the viewer must act for one (an instruction's
   * addressees); a function is called only when the scope binds the viewer (a clerk), to spare the others a look-up.
   */
  departmentId: Departments | (() => MaybePromise<Departments>);
  /** Names the department or indicator in a refusal whose reason says it. */
  name?: string;
  /** The argument a refusal names, when it is not the rule's own. */
  field?: string;
}

const rule = (operation: Operation): PolicyRule => POLICY[operation];

function inScope(
  scope: RequestScope,
  viewer: Viewer,
  operation: Operation,
  target: PolicyTarget,
): MaybePromise<boolean> {
  const { scope: needs } = rule(operation);
  if (needs === 'none' || viewer.role !== BOUND_ROLE) return true;
  const unit = viewer.departmentId;
  if (unit === null) return false;
  const given = target.departmentId;
  return andThen(typeof given === 'function' ? given() : given, (departments) => {
    const ids = new Set(typeof departments === 'number' ? [departments] : departments);
    return needs === 'own-department' ? ids.has(unit) : actsFor(scope, unit, ids);
  });
}

/**
 * Whether the viewer may perform `operation` (on `target`, where its scope needs one). Without a target only the
 * role is judged. False for nobody signed in. What `viewerCan` fields answer.
 */
export function can(scope: RequestScope, operation: Operation): boolean;
export function can(scope: RequestScope, operation: Operation, target: PolicyTarget): MaybePromise<boolean>;
export function can(scope: RequestScope, operation: Operation, target?: PolicyTarget): MaybePromise<boolean> {
  const viewer = scope.viewer;
  if (!viewer || !rule(operation).roles.includes(viewer.role)) return false;
  return target ? inScope(scope, viewer, operation, target) : true;
}

/**
 * The viewer, if it may perform `operation`: UNAUTHENTICATED for nobody, FORBIDDEN (ROLE_NOT_ALLOWED) for another
 * role, FORBIDDEN (OTHER_DEPARTMENT) for a clerk outside the scope. A service calls it first without a target (the
 * role), and again with the target once it has read it, so that a missing target is NOT_FOUND as before.
 */
export function authorize(scope: RequestScope, operation: Operation): Viewer;
export function authorize(scope: RequestScope, operation: Operation, target: PolicyTarget): MaybePromise<Viewer>;
export function authorize(scope: RequestScope, operation: Operation, target?: PolicyTarget): MaybePromise<Viewer> {
  const viewer = requireViewer(scope);
  const { roles, action } = rule(operation);
  if (!roles.includes(viewer.role)) {
    throw new DomainError('FORBIDDEN', { reason: `当前角色无权${action}`, detail: 'ROLE_NOT_ALLOWED' });
  }
  if (!target) return viewer;
  return andThen(inScope(scope, viewer, operation, target), (allowed) => {
    if (allowed) return viewer;
    const { otherDepartment, field } = rule(operation);
    throw new DomainError('FORBIDDEN', {
      field: target.field ?? field,
      reason: otherDepartment?.(target.name ?? '') ?? `当前部门无权${action}`,
      detail: 'OTHER_DEPARTMENT',
    });
  });
}

/** 部门管理 is offered to whoever may change any unit of the register at all. */
export function canManageDepartments(scope: RequestScope): boolean {
  return (
    can(scope, 'department.rename') ||
    can(scope, 'department.merge') ||
    can(scope, 'department.retire') ||
    can(scope, 'department.setMembers') ||
    can(scope, 'department.setAliases')
  );
}

/** Query.viewerCan: the capabilities outside any one plan, for a signed-in viewer. */
export function getViewerCan(scope: RequestScope): ViewerCan {
  requireViewer(scope);
  return {
    createPlan: can(scope, 'plan.create'),
    manageDepartments: canManageDepartments(scope),
    manageContacts: can(scope, 'message.manageContacts'),
    readDeliveries: can(scope, 'message.readDeliveries'),
  };
}
