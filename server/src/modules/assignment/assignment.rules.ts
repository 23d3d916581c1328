import { AssignmentRole } from './assignment.enum';

/**
 * A duty's term (rules of 方案调整, docs/SUPERVISION.md): the unit held the role from `since` (null: the plan's start)
 * to `until` (null: still holds it). The reporting duty of a period belongs to the lead in force on its due date.
 */
export interface DutyTerm {
  departmentId: number;
  role: AssignmentRole;
  since: string | null;
  until: string | null;
}

/** Whether a term covers a date (both ends inclusive). */
export function holdsOn(term: Pick<DutyTerm, 'since' | 'until'>, date: string): boolean {
  return (term.since === null || term.since <= date) && (term.until === null || date <= term.until);
}

/**
 * The departments answerable on a date for a measure's reports: the leads in force on it, or, when none led then,
 * every unit holding a duty on it (配合单位 report only where no unit leads).
 */
export function answerableOn(terms: readonly DutyTerm[], date: string): number[] {
  const held = terms.filter((term) => holdsOn(term, date));
  const leads = held.filter((term) => term.role === AssignmentRole.LEAD);
  return [...new Set((leads.length > 0 ? leads : held).map((term) => term.departmentId))];
}

/** The terms of one department in one role (a unit may have led, handed over and led again). */
export function termsOf(terms: readonly DutyTerm[], departmentId: number, role: AssignmentRole): DutyTerm[] {
  return terms.filter((term) => term.departmentId === departmentId && term.role === role);
}
