import { describe, expect, it } from 'vitest';
import { draftKey, evidenceToSend, initialDraft } from './report-draft';

const last = {
  period: '2025-05',
  status: 'DELAYED' as const,
  percentComplete: 40,
  problems: '资金未到位',
  nextSteps: null,
  evidence: [{ title: '通报', url: 'https://example.org/a' }],
};

describe('the report form’s draft', () => {
  it('starts a new period from the last report, but never from its status', () => {
    expect(initialDraft(null, ['2025-06', '2025-05'], last)).toEqual({
      period: '2025-06',
      status: undefined,
      percentComplete: 40,
      summary: '',
      problems: '资金未到位',
      nextSteps: '',
      evidence: [{ title: '通报', url: 'https://example.org/a' }],
    });
    expect(initialDraft(null, ['2025-06'], null)).toMatchObject({ percentComplete: 0, evidence: [] });
  });

  it('keeps every value of a report being resubmitted, and keys its draft by id and version', () => {
    const edited = { ...last, id: '7', version: 3, summary: '已推进', status: 'ON_TRACK' as const };
    expect(initialDraft(edited, ['2025-06'], last)).toMatchObject({ period: '2025-05', status: 'ON_TRACK' });
    const target = { planCode: 'P', measureCode: 'M1', departmentCode: 'D' };
    expect(draftKey(target, edited)).toBe('duban.draft.edit.7.3');
    expect(draftKey(target, null)).toBe('duban.draft.P.M1.D');
  });

  it('drops empty evidence rows and remembers which row each sent item came from', () => {
    const values = {
      evidence: [
        { title: '', url: '' },
        { title: '通报', url: 'x' },
        { title: '', url: 'y' },
      ],
    };
    expect(evidenceToSend(values)).toEqual({
      rows: [1, 2],
      evidence: [
        { title: '通报', url: 'x' },
        { title: '', url: 'y' },
      ],
    });
  });
});
