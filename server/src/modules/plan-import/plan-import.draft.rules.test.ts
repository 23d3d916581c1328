import { describe, expect, it } from 'vitest';
import { draftRowsOf, goalNamedBy } from './plan-import.draft.rules';
import type { ProposedMeasure, ProposedPlan } from './plan-import.proposed';

const measure = (title: string, more: Partial<ProposedMeasure> = {}): ProposedMeasure => ({
  number: null,
  title,
  description: null,
  kind: 'MEASURE',
  lead: [],
  participating: [],
  deadline: null,
  source: `${title}。`,
  indicators: [],
  flags: [],
  children: [],
  ...more,
});

const plan = (measures: ProposedMeasure[], goals: string[] = []): ProposedPlan => ({
  plan: { title: '某方案', issuer: null, docNumber: null, issuedOn: null, startsOn: null, endsOn: null, summary: null },
  goals: goals.map((title) => ({ number: null, title, description: null, source: title, indicators: [], flags: [] })),
  measures,
  flags: [],
});

const codes: Record<string, string> = { 区财政局: 'finance', 区商务局: 'commerce', 区科技局: 'science' };
const codeOf = (name: string) => codes[name] ?? null;

describe('a proposed plan as the rows of a draft', () => {
  it('numbers the tree as the data files do: P1, P1.1, S1; below the first level every node is a measure', () => {
    const rows = draftRowsOf(
      plan([
        measure('工程一', { kind: 'PROJECT', children: [measure('措施甲'), measure('措施乙', { kind: 'PROJECT' })] }),
        measure('保障一', { kind: 'SAFEGUARD' }),
        measure('工程二', { kind: 'PROJECT' }),
      ]),
      codeOf,
      '2026-12-31',
    );
    expect(rows.measures.map((m) => [m.code, m.parentCode, m.kind])).toEqual([
      ['P1', null, 'PROJECT'],
      ['P1.1', 'P1', 'MEASURE'],
      ['P1.2', 'P1', 'MEASURE'],
      ['S1', null, 'SAFEGUARD'],
      ['P2', null, 'PROJECT'],
    ]);
  });

  it('leads with the first lead named, flags a second, and expands 各项目牵头单位 to the other items’ leads', () => {
    const rows = draftRowsOf(
      plan([
        measure('甲', { lead: ['区财政局', '区商务局'] }),
        measure('乙', { lead: ['区科技局'] }),
        measure('丙', { lead: ['区财政局'], participating: ['各项目牵头单位'] }),
      ]),
      codeOf,
      '2026-12-31',
    );
    const [a, , c] = rows.measures;
    expect(a).toMatchObject({ leadCode: 'finance', participantCodes: ['commerce'] });
    expect(a?.importFlags.map((f) => f.code)).toEqual(['SEVERAL_LEADS']);
    expect(c).toMatchObject({ leadCode: 'finance', participantCodes: ['science'] });
    expect(c?.importFlags.map((f) => f.code)).toEqual(['OTHER_ITEMS_LEADS']);
  });

  it('links a first-level task to the goal its title names, by the words that tell the goals apart', () => {
    const goals = [
      { code: 'G1', title: '知识产权创造能力明显增强' },
      { code: 'G2', title: '知识产权运用水平显著提升' },
      { code: 'G3', title: '知识产权保护力度明显加强' },
      { code: 'G4', title: '知识产权管理体制更加完善' },
      { code: 'G5', title: '知识产权服务能力显著提升' },
    ];
    const named = (title: string) => goalNamedBy(title, goals)?.code ?? null;
    expect(named('实施知识产权管理能力提升工程')).toBe('G4');
    expect(named('实施知识产权创造质量提升工程')).toBe('G1');
    expect(named('实施知识产权运用促进工程')).toBe('G2');
    expect(named('实施知识产权保护社会共治工程')).toBe('G3');
    expect(named('实施知识产权服务再造工程')).toBe('G5');
    expect(named('加强组织领导')).toBeNull();
  });

  /** 有效商标注册量 8000 件, by `targetDate` (null: the sentence names no year). */
  const trademarks = (targetDate: string | null) => ({
    name: '有效商标注册量',
    baseline: null,
    baselineYear: null,
    target: 8000,
    unit: '件',
    targetDate,
    direction: 'INCREASE' as const,
    targetKind: 'NUMERIC' as const,
    text: '有效商标注册量累计达到8000件',
    flags: [],
  });

  it('gives an indicator with no year of its own the plan’s end, flagged', () => {
    const proposal = plan([], ['指标目标']);
    proposal.goals[0]!.indicators.push(trademarks(null));
    const [row] = draftRowsOf(proposal, codeOf, '2026-12-31').indicators;
    expect(row).toMatchObject({ code: 'I1', goalCode: 'G1', target: 8000, targetDate: '2026-12-31' });
    expect(row?.importFlags.map((f) => f.code)).toEqual(['TARGET_DATE_GUESSED', 'REPORTER_GUESSED']);
  });

  it('gives it no date, flagged the same, while the plan’s end is not known (a preview of a document without one)', () => {
    const proposal = plan([], ['指标目标']);
    proposal.goals[0]!.indicators.push(trademarks('2025-12-31'), trademarks(null));
    const rows = draftRowsOf(proposal, codeOf, null).indicators;
    expect(rows.map((r) => r.targetDate)).toEqual(['2025-12-31', null]);
    expect(rows[1]?.importFlags.map((f) => f.code)).toEqual(['TARGET_DATE_GUESSED', 'REPORTER_GUESSED']);
  });
});
