import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BOSHAN_TEXT,
  SMALL_PLAN_REVISED_TEXT,
  SMALL_PLAN_TEXT,
} from '../server/src/modules/plan-import/plan-import.fixtures';
import { ManualClock } from '../server/src/shared/clock';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';
import { boardPlanFromText, uploadPlanText } from './kit/plan-documents';
import { databaseFingerprint } from './kit/sql';

/**
 * 从修订文件导入: a year into a small plan boarded from its document, the office uploads the revised document. The
 * proposal lists exactly what the revision changed (a measure reworded, one added, one dropped, one measure's units,
 * one target), each with its 原文; applied as it stands through publishRevision, it is accepted. Whoever is not the
 * plan office, a document that is not the viewer's own, and a plan not in force are refused, and nothing is written.
 */
const PLAN = 'small-ip-2024-2026';
const DRAFT_PLAN = 'small-ip-draft';
const clock = new ManualClock('2025-03-03T09:00:00+08:00');

let app: TestApp;
let admin: ApiClient;
let office: ApiClient;
let finance: ApiClient;

const fingerprint = () => databaseFingerprint(app.database.db, ['sessions']);

async function ok<T>(client: ApiClient, query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await client.gql<T>(query, variables);
  expect(result.errors, query).toBeUndefined();
  return result.data as T;
}

const PROPOSAL = /* GraphQL */ `
  query($p: String!, $d: Int!) {
    planRevisionProposal(planCode: $p, documentId: $d) {
      changes { description source changeJson unresolvedUnits }
      unresolvedUnits
    }
  }
`;
interface Proposal {
  planRevisionProposal: {
    changes: { description: string; source: string | null; changeJson: string | null; unresolvedUnits: string[] }[];
    unresolvedUnits: string[];
  };
}
const PUBLISH_REVISION = /* GraphQL */ `
  mutation($i: PlanRevisionInput!) {
    publishRevision(input: $i) { revision { number } changes { kind itemCode } }
  }
`;
const PLAN_NOW = /* GraphQL */ `
  query($p: String!) {
    plan(code: $p) {
      measures { code title withdrawn { reason } assignments { role department { code } } }
      indicators { code name target }
    }
  }
`;

beforeAll(async () => {
  app = await startTestApp({ clock });
  [admin, office, finance] = await Promise.all([app.as('admin'), app.as('market-supervision'), app.as('finance')]);
  expect(await boardPlanFromText(app, { admin, office }, PLAN, SMALL_PLAN_TEXT, true)).toBe('ACTIVE');
  await boardPlanFromText(app, { admin, office }, DRAFT_PLAN, SMALL_PLAN_TEXT, false);
});
afterAll(() => app.close());

describe('importing the revised document against the plan in force', () => {
  let documentId = 0;

  it('proposes exactly what the revision changed, each with its 原文, and writes nothing', async () => {
    documentId = await uploadPlanText(app, office, SMALL_PLAN_REVISED_TEXT, '某区知识产权工作方案（修订）.txt');
    const before = await fingerprint();
    const { planRevisionProposal } = await ok<Proposal>(office, PROPOSAL, { p: PLAN, d: documentId });
    expect(await fingerprint()).toEqual(before);
    expect(planRevisionProposal.unresolvedUnits).toEqual([]);
    const { changes } = planRevisionProposal;
    expect(changes.map((c) => JSON.parse(c.changeJson ?? 'null'))).toEqual([
      { updateMeasure: { measureCode: 'P1.2', title: '建设知识产权公共服务站点' } },
      {
        addMeasure: {
          code: 'P1.4',
          kind: 'MEASURE',
          title: '推动专利转化运用',
          description: '开展专利开放许可。',
          parentCode: 'P1',
          leadCode: 'industry-it',
          participantCodes: [],
        },
      },
      { setAssignments: { measureCode: 'P2.1', leadCode: 'market-supervision', participantCodes: ['justice'] } },
      { withdrawMeasure: { measureCode: 'P2.2', reason: '修订文件中已删除' } },
      {
        updateIndicator: {
          indicatorCode: 'I2',
          target: 3500,
          targetKind: 'NUMERIC',
          targetText: '有效商标注册量累计达到3500件',
        },
      },
    ]);
    expect(changes[2]?.description).toBe(
      '调整「P2.1」责任单位：牵头：区市场监督管理局；配合：区司法局（原：牵头：区市场监督管理局；配合：区公安分局）',
    );
    expect(changes[1]?.source).toContain('4.推动专利转化运用');
    expect(changes[3]?.source).toBeNull();
  });

  it('publishes the proposed changes as they stand through publishRevision', async () => {
    const { planRevisionProposal } = await ok<Proposal>(office, PROPOSAL, { p: PLAN, d: documentId });
    const published = await ok<{
      publishRevision: { revision: { number: number }; changes: { kind: string; itemCode: string }[] };
    }>(office, PUBLISH_REVISION, {
      i: {
        planCode: PLAN,
        reason: '按修订后的方案文件调整',
        effectiveOn: '2025-03-01',
        changes: planRevisionProposal.changes.map((c) => JSON.parse(c.changeJson!)),
      },
    });
    expect(published.publishRevision.revision.number).toBe(1);
    const { plan } = await ok<{
      plan: {
        measures: {
          code: string;
          title: string;
          withdrawn: { reason: string } | null;
          assignments: { role: string; department: { code: string } }[];
        }[];
        indicators: { name: string; target: number | null }[];
      };
    }>(office, PLAN_NOW, { p: PLAN });
    const measure = (code: string) => plan.measures.find((m) => m.code === code)!;
    expect(measure('P1.2').title).toBe('建设知识产权公共服务站点');
    expect(measure('P1.4').assignments).toEqual([{ role: 'LEAD', department: { code: 'industry-it' } }]);
    expect(measure('P2.2').withdrawn).toEqual({ reason: '修订文件中已删除' });
    expect(measure('P2.1').assignments.map((a) => `${a.role}:${a.department.code}`)).toEqual([
      'LEAD:market-supervision',
      'PARTICIPANT:justice',
    ]);
    expect(plan.indicators.find((i) => i.name === '有效商标注册量')?.target).toBe(3500);

    // The same document against the revised plan: nothing left to change.
    const again = await ok<Proposal>(office, PROPOSAL, { p: PLAN, d: documentId });
    expect(again.planRevisionProposal.changes).toEqual([]);
  });
});

describe('the Boshan plan against its own document', () => {
  it('proposes only what the seeded plan leaves out, and a target the document raises', async () => {
    const same = await uploadPlanText(app, office, BOSHAN_TEXT, '博山方案.txt');
    const { planRevisionProposal } = await ok<Proposal>(office, PROPOSAL, { p: 'boshan-ip-2022-2025', d: same });
    // The seed keeps the plan's numeric indicators only: the document's one qualitative target is the one difference.
    expect(planRevisionProposal.changes.map((c) => c.description)).toEqual([
      '新增指标「I1 尊重和保护知识产权意识」：目标 全区尊重和保护知识产权意识明显提升（2025-12-31）',
    ]);
    const raised = await uploadPlanText(
      app,
      office,
      BOSHAN_TEXT.replace('有效商标注册量累计达到8000件', '有效商标注册量累计达到9000件'),
      '博山方案（修订）.txt',
    );
    const again = await ok<Proposal>(office, PROPOSAL, { p: 'boshan-ip-2022-2025', d: raised });
    expect(again.planRevisionProposal.changes.map((c) => JSON.parse(c.changeJson!))).toContainEqual({
      updateIndicator: {
        indicatorCode: 'valid-trademarks',
        target: 9000,
        targetKind: 'NUMERIC',
        targetText: '有效商标注册量累计达到9000件',
      },
    });
    expect(again.planRevisionProposal.changes).toHaveLength(2);
  });
});

describe('refusals write nothing', () => {
  it('refuses whoever is not the plan office, another user’s document, and a plan not in force', async () => {
    const own = await uploadPlanText(app, office, SMALL_PLAN_REVISED_TEXT, 'office.txt');
    const theirs = await uploadPlanText(app, admin, SMALL_PLAN_REVISED_TEXT, 'admin.txt');
    const before = await fingerprint();
    const cases: [ApiClient, Record<string, unknown>, Record<string, unknown>][] = [
      [finance, { p: PLAN, d: own }, { code: 'FORBIDDEN' }],
      [office, { p: PLAN, d: theirs }, { code: 'NOT_FOUND', detail: 'PLAN_DOCUMENT_NOT_FOUND', field: 'documentId' }],
      [office, { p: DRAFT_PLAN, d: own }, { code: 'CONFLICT', detail: 'PLAN_NOT_ACTIVE', field: 'planCode' }],
    ];
    for (const [client, variables, expected] of cases) {
      const result = await client.gql(PROPOSAL, variables);
      expect(result.errors?.[0]?.extensions, JSON.stringify(result)).toMatchObject(expected);
    }
    // Past its last day the plan has ended: no revision from a document either.
    clock.set('2027-01-04T09:00:00+08:00');
    const ended = await office.gql(PROPOSAL, { p: PLAN, d: own });
    expect(ended.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', detail: 'PLAN_NOT_ACTIVE' });
    expect(String(ended.errors?.[0]?.extensions?.reason)).toContain('已结束');
    expect(await fingerprint()).toEqual(before);
  });
});
