import path from 'node:path';
import { repoRoot } from '../config/env';
import type { Db } from '../db/client';
import { planOf, readPlanFile } from './plan-file';
import { importPlanFile } from './plan-import.service';

export { DEMO_PASSWORD, findDemoAccounts, seedDemoAccounts } from './demo-accounts';
export { exportPlanFile } from './plan-export';
export {
  formatPlanFile,
  PLAN_FORMAT_VERSION,
  type PlanFile,
  PlanFileError,
  parsePlanFile,
  parsePlanFileText,
  planOf,
  readPlanFile,
} from './plan-file';
export { importPlan, importPlanFile, registerDepartments } from './plan-import.service';
export type { DepartmentSeed, PlanSeed } from './seed.type';

/** Where the plan files that ship with the server live (server/plans/), wherever the process was started. */
export const PLANS_DIR = path.join(repoRoot, 'server', 'plans');

/** The Boshan plan's file: 博政发〔2022〕8号, transcribed from ./boshan-ip-plan-2022-2025.txt. */
export const BOSHAN_PLAN_FILE = path.join(PLANS_DIR, 'boshan-ip-2022-2025.plan.json');

/** The Boshan plan file, read and validated when the seed is first imported. */
export const boshanPlanFile = readPlanFile(BOSHAN_PLAN_FILE);
/** The Boshan plan, as the importer takes it (tests and the bench scale it). */
export const boshanIpPlanSeed = planOf(boshanPlanFile);
/** The departments the Boshan plan names. */
export const departmentSeeds = boshanPlanFile.departments;

/** Seeds the Boshan plan and its departments once, from its file; later calls change nothing. */
export async function seedBoshanPlan(db: Db): Promise<boolean> {
  return importPlanFile(db, boshanPlanFile);
}
