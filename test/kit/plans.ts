import { sql } from 'drizzle-orm';
import type { Db } from '../../server/src/db/client';
import { importPlan, type PlanSeed } from '../../server/src/seed';

/**
 * A small plan over the seeded departments, kept by the Boshan leading group (so its office is 区市场监督管理局): one
 * goal, one measure led by `lead` (and `participants`), optionally stored in another state (a draft, or archived).
 */
export async function addSmallPlan(
  db: Db,
  options: {
    code: string;
    title: string;
    startsOn: `${number}-${number}-${number}`;
    endsOn: `${number}-${number}-${number}`;
    lead: string;
    participants?: string[];
    state?: 'DRAFT' | 'ACTIVE' | 'ARCHIVED';
    docNumber?: string;
  },
): Promise<void> {
  const seed: PlanSeed = {
    code: options.code,
    title: options.title,
    issuer: '博山区人民政府办公室',
    docNumber: options.docNumber ?? null,
    issuedOn: options.startsOn,
    startsOn: options.startsOn,
    endsOn: options.endsOn,
    summary: null,
    leadingGroupCode: 'leadership-group',
    goals: [{ code: 'G1', title: '年度目标', description: null }],
    measures: [
      {
        code: 'M1',
        kind: 'MEASURE',
        title: '开展知识产权宣传周活动',
        description: null,
        goalCode: 'G1',
        assignments: [
          { departmentCode: options.lead, role: 'LEAD' },
          ...(options.participants ?? []).map((code) => ({ departmentCode: code, role: 'PARTICIPANT' as const })),
        ],
      },
    ],
    indicators: [],
  };
  await importPlan(db, seed);
  // Plans enter as active; a draft or an archived plan is set behind the API's back (the catalog trigger sees it).
  if (options.state && options.state !== 'ACTIVE') {
    await db.execute(sql`update plans set state = ${options.state} where code = ${options.code}`);
  }
}
