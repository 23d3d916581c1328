import { describe, expect, it } from 'vitest';
import { departmentSeeds as departmentsFromFile, boshanIpPlanSeed as fromFile } from '.';
import { boshanIpPlanSeed as fromTypeScript } from './boshan-ip-2022-2025.seed';
import { departmentSeeds as departmentsFromTypeScript } from './departments.seed';

// One-off: the data file holds exactly what the TypeScript seed held, before the TypeScript seed is deleted.
describe('the Boshan plan file', () => {
  it('deep-equals the TypeScript seed it replaces, plan and departments', () => {
    expect(fromFile).toStrictEqual(fromTypeScript);
    expect(departmentsFromFile).toStrictEqual(departmentsFromTypeScript);
  });
});
