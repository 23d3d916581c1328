import type { Db } from '../db/client';
import { boshanIpPlanSeed } from './boshan-ip-2022-2025.seed';
import { departmentSeeds } from './departments.seed';
import { importPlan, registerDepartments } from './plan-import.service';

export { boshanIpPlanSeed } from './boshan-ip-2022-2025.seed';
export { DEMO_PASSWORD, findDemoAccounts, seedDemoAccounts } from './demo-accounts';
export { departmentSeeds } from './departments.seed';
export { importPlan, registerDepartments } from './plan-import.service';
export type { PlanSeed } from './seed.type';

/** Seeds the Boshan plan and its departments once; later calls change nothing. */
export async function seedBoshanPlan(db: Db): Promise<boolean> {
  await registerDepartments(db, departmentSeeds);
  return importPlan(db, boshanIpPlanSeed);
}
