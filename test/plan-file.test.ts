import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../server/src/db/test-database';
import {
  BOSHAN_PLAN_FILE,
  boshanPlanFile,
  exportPlanFile,
  formatPlanFile,
  importPlanFile,
  type PlanFile,
  parsePlanFile,
} from '../server/src/seed';
import { openFileDatabase } from './kit/database';
import { databaseFingerprint } from './kit/sql';

let database: TestDatabase;

beforeAll(async () => {
  database = await openFileDatabase(false);
});
afterAll(() => database.destroy());

/** What `pnpm plan:export CODE > file` writes, read back as JSON. */
async function exported(code: string): Promise<unknown> {
  const file = await exportPlanFile(database.db, code);
  return file && JSON.parse(formatPlanFile(file));
}

describe('a plan moves between installations as a file', () => {
  it('imports the Boshan file into a fresh database and exports exactly that file again', async () => {
    expect(await importPlanFile(database.db, boshanPlanFile)).toBe(true);
    const file: unknown = JSON.parse(fs.readFileSync(BOSHAN_PLAN_FILE, 'utf8'));
    expect(await exported(boshanPlanFile.code)).toStrictEqual(file);
  });

  it('refuses a plan whose code exists, writing nothing', async () => {
    const before = await databaseFingerprint(database.db);
    const changed: PlanFile = { ...boshanPlanFile, title: '同一编码的另一个方案' };
    expect(await importPlanFile(database.db, changed)).toBe(false);
    expect(await databaseFingerprint(database.db)).toEqual(before);
  });

  it('round-trips what the Boshan file leaves out: reporting cycles, baselines, child measures, no document number', async () => {
    const p3 = boshanPlanFile.measures[2]!;
    const plan: PlanFile = {
      ...boshanPlanFile,
      code: 'annual-points-2026',
      title: '2026年知识产权工作要点',
      docNumber: null,
      issuedOn: null,
      summary: null,
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      reportingCycle: { cycle: 'QUARTERLY', dueWorkingDay: 10 },
      goals: [{ code: 'G1', title: '创造', description: null }],
      measures: [
        {
          ...p3,
          goalCode: 'G1',
          reportingCycle: 'MONTHLY',
          children: [
            {
              code: 'P3.1',
              kind: 'MEASURE',
              title: '加强知识产权与产业融合',
              description: null,
              assignments: [
                { departmentCode: 'finance', role: 'LEAD' },
                { departmentCode: 'towns-subdistricts', role: 'PARTICIPANT' },
              ],
              children: [{ code: 'P3.1.1', kind: 'MEASURE', title: '专利导航项目', description: '每季度一项' }],
            },
          ],
        },
      ],
      indicators: [
        {
          code: 'valid-trademarks',
          goalCode: 'G1',
          measureCode: 'P3.1.1',
          departmentCode: 'commerce',
          name: '有效商标注册量',
          unit: '件',
          baseline: 8120.5,
          baselineYear: 2025,
          target: 8600,
          targetDate: '2026-12-31',
          direction: 'INCREASE',
          targetKind: 'NUMERIC',
          targetText: '有效商标注册量达到8600件',
        },
      ],
      // Only what the plan names: P3's units, the group with its members, the leading group with its office.
      departments: boshanPlanFile.departments.filter(
        (d) =>
          !['science-technology', 'court', 'public-security', 'justice', 'publicity', 'human-resources'].includes(
            d.code,
          ),
      ),
    };
    expect(parsePlanFile(JSON.parse(formatPlanFile(plan)))).toStrictEqual(plan);
    expect(await importPlanFile(database.db, plan)).toBe(true);
    expect(await exported(plan.code)).toStrictEqual(JSON.parse(formatPlanFile(plan)));
  });

  it('exports nothing for a plan that does not exist', async () => {
    expect(await exportPlanFile(database.db, 'no-such-plan')).toBeNull();
  });
});
