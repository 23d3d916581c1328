import { describe, expect, it } from 'vitest';
import { AssignmentRole } from './assignment.enum';
import { answerableOn, type DutyTerm, holdsOn, termsOf } from './assignment.rules';

const { LEAD, PARTICIPANT } = AssignmentRole;

describe('duty terms after a revision changed the lead', () => {
  // 市场监管局 led from the plan's start until 2024-06-30; 商务局 leads from 2024-07-01; 财政局 takes part throughout.
  const terms: DutyTerm[] = [
    { departmentId: 1, role: LEAD, since: null, until: '2024-06-30' },
    { departmentId: 2, role: LEAD, since: '2024-07-01', until: null },
    { departmentId: 3, role: PARTICIPANT, since: null, until: null },
  ];

  it('a period due before the change is the former lead’s, one due on or after it the new lead’s', () => {
    expect(answerableOn(terms, '2024-06-07')).toEqual([1]);
    expect(answerableOn(terms, '2024-06-30')).toEqual([1]);
    expect(answerableOn(terms, '2024-07-01')).toEqual([2]);
    expect(answerableOn(terms, '2025-01-08')).toEqual([2]);
  });

  it('when no unit leads on a date, every unit holding a duty answers', () => {
    const noLead: DutyTerm[] = [
      { departmentId: 2, role: LEAD, since: '2024-07-01', until: null },
      { departmentId: 3, role: PARTICIPANT, since: null, until: null },
    ];
    expect(answerableOn(noLead, '2024-03-08')).toEqual([3]);
  });

  it('terms are inclusive at both ends and open when null', () => {
    expect(holdsOn({ since: null, until: null }, '1999-01-01')).toBe(true);
    expect(holdsOn({ since: '2024-07-01', until: null }, '2024-06-30')).toBe(false);
    expect(holdsOn({ since: null, until: '2024-06-30' }, '2024-07-01')).toBe(false);
    expect(termsOf(terms, 1, LEAD)).toHaveLength(1);
    expect(termsOf(terms, 1, PARTICIPANT)).toHaveLength(0);
  });
});
