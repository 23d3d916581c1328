import { DomainError, requireText } from '../../shared/errors';
import { InstructionSubject } from './instruction.enum';

export const MAX_INSTRUCTION_TEXT = 2000;

const bad = (field: string, reason: string, detail: string) =>
  new DomainError('BAD_USER_INPUT', { field, reason, detail });

/** The instruction's text, trimmed: 1–2000 characters. */
export function checkInstructionText(value: string): string {
  return requireText(value, 'input.text', MAX_INSTRUCTION_TEXT, '批示内容');
}

/** Which target a subject needs: a measure's code for MEASURE, a report for REPORT and PROBLEM (and not both). */
export function checkSubjectTarget(
  subject: InstructionSubject,
  measureCode: string | null | undefined,
  reportId: string | null | undefined,
): void {
  if (subject === InstructionSubject.MEASURE) {
    if (!measureCode) throw bad('input.measureCode', '对措施作出批示须指明措施', 'REQUIRED');
    if (reportId) throw bad('input.reportId', '对措施作出批示时不应指定报告', 'UNEXPECTED');
    return;
  }
  if (!reportId) {
    throw bad(
      'input.reportId',
      subject === InstructionSubject.PROBLEM ? '对存在问题作出批示须指明报告' : '对报告作出批示须指明报告',
      'REQUIRED',
    );
  }
}

/** A PROBLEM instruction needs a report that raised problems (存在问题). */
export function checkProblemRaised(subject: InstructionSubject, problems: string | null): void {
  if (subject === InstructionSubject.PROBLEM && !problems?.trim()) {
    throw bad('input.subject', '该报告未提出存在问题，请改为对报告作出批示', 'NO_PROBLEMS');
  }
}
