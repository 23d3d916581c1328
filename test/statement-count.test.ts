import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boshanIpPlanSeed, importPlan } from '../server/src/seed';
import { scalePlanSeed } from '../server/src/seed/synthetic-plan';
import { startTestApp, type TestApp } from './kit/app';
import { PLAN_GRAPH_QUERY } from './kit/queries';

let app: TestApp;
const large = scalePlanSeed(boshanIpPlanSeed, 100);

beforeAll(async () => {
  app = await startTestApp();
  await importPlan(app.database.db, large);
});
afterAll(() => app.close());

async function statementsFor(code: string) {
  let measures = 0;
  const statements = await app.countStatements(async () => {
    const result = await app.gql<{ plan: { measures: unknown[] } }>(PLAN_GRAPH_QUERY, { code });
    expect(result.errors).toBeUndefined();
    measures = result.data?.plan.measures.length ?? 0;
  });
  return { statements, measures };
}

describe('loading the whole plan graph', () => {
  it('takes the same small number of SQL statements for the seeded plan and one 100 times its size', async () => {
    const seeded = await statementsFor('boshan-ip-2022-2025');
    const hundredfold = await statementsFor(large.code);
    expect(seeded.measures).toBe(29);
    expect(hundredfold.measures).toBe(2900);
    expect(hundredfold.statements).toBe(seeded.statements);
    // plan, goals, measures, assignments, indicators, and a few waves of departments and their groups.
    expect(seeded.statements).toBeLessThanOrEqual(12);
  });

  it('does not read more for a second identical request (no state leaks between requests)', async () => {
    const first = await statementsFor('boshan-ip-2022-2025');
    const second = await statementsFor('boshan-ip-2022-2025');
    expect(second.statements).toBe(first.statements);
  });
});
