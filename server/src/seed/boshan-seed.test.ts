import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { departmentSeeds, boshanIpPlanSeed as plan } from '.';
import type { MeasureSeed } from './seed.type';

// The official text, kept beside the seed so the review below needs nothing outside the repository.
const source = fs.readFileSync(path.join(import.meta.dirname, 'boshan-ip-plan-2022-2025.txt'), 'utf8');
const squash = (text: string) => text.replace(/\s+/g, '');
const document = squash(source);

const allMeasures = (nodes: MeasureSeed[]): MeasureSeed[] =>
  nodes.flatMap((n) => [n, ...allMeasures(n.children ?? [])]);
const measures = allMeasures(plan.measures);
const departmentName = new Map(departmentSeeds.map((d) => [d.code, d.name]));

describe('the Boshan plan seed, reviewed against the document', () => {
  it('quotes every title, description and target in the document’s own words', () => {
    const texts = [
      plan.title,
      plan.summary ?? '',
      ...plan.goals.flatMap((g) => [g.title, g.description ?? '']),
      ...measures.flatMap((m) => [m.title, m.description ?? '']),
      ...plan.indicators.map((i) => i.targetText),
    ];
    const missing = texts.filter((text) => !document.includes(squash(text)));
    expect(missing).toEqual([]);
  });

  it('has the stable codes outside clients rely on', () => {
    expect(plan.goals.map((g) => g.code)).toEqual(['G1', 'G2', 'G3', 'G4', 'G5']);
    expect(plan.measures.map((m) => m.code)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'S1', 'S2', 'S3']);
    expect(measures.filter((m) => m.kind === 'MEASURE').map((m) => m.code)).toEqual([
      ...['P1.1', 'P1.2', 'P1.3'],
      ...['P2.1', 'P2.2', 'P2.3', 'P2.4'],
      ...['P3.1', 'P3.2', 'P3.3', 'P3.4', 'P3.5'],
      ...['P4.1', 'P4.2', 'P4.3', 'P4.4', 'P4.5'],
      ...['P5.1', 'P5.2', 'P5.3', 'P5.4'],
    ]);
  });

  it('assigns each project exactly the departments its (责任部门…;参与部门…) line names, in that order', () => {
    const lines = [...source.matchAll(/\(责任部门:([^;]+);参与部门:([^)]+)\)/g)];
    expect(lines).toHaveLength(5);
    const projects = plan.measures.filter((m) => m.kind === 'PROJECT');
    lines.forEach(([, lead, participants], i) => {
      // District units are separated by "、"; a comma sets off 各镇、街道, one unit written with that same mark.
      const [districtUnits = '', ...otherUnits] = (participants ?? '').split(',');
      const units = [...districtUnits.split('、'), ...otherUnits];
      const assignments = projects[i]?.assignments ?? [];
      expect(assignments.filter((a) => a.role === 'LEAD').map((a) => departmentName.get(a.departmentCode))).toEqual([
        lead,
      ]);
      expect(
        assignments.filter((a) => a.role === 'PARTICIPANT').map((a) => departmentName.get(a.departmentCode)),
      ).toEqual(units);
    });
  });

  it('states the two numeric targets of goal G1', () => {
    const numeric = plan.indicators.filter((i) => i.targetKind === 'NUMERIC');
    expect(numeric.map((i) => [i.code, i.target, i.unit, i.targetDate])).toEqual([
      ['invention-patents-per-10k', 9, '件/万人', '2025-12-31'],
      ['valid-trademarks', 8000, '件', '2025-12-31'],
    ]);
    expect(plan.indicators.every((i) => i.targetKind === 'NUMERIC' || i.target === null)).toBe(true);
  });

  it('gives every goal at least one indicator, and every project a goal', () => {
    for (const goal of plan.goals) expect(plan.indicators.some((i) => i.goalCode === goal.code)).toBe(true);
    expect(plan.measures.filter((m) => m.kind === 'PROJECT').every((p) => p.goalCode)).toBe(true);
  });

  it('groups Boshan’s 3 subdistricts and 7 towns under 各镇、街道', () => {
    const group = departmentSeeds.find((d) => d.code === 'towns-subdistricts');
    const members = (group?.memberCodes ?? []).map((code) => departmentSeeds.find((d) => d.code === code)?.kind);
    expect(members.filter((k) => k === 'SUBDISTRICT')).toHaveLength(3);
    expect(members.filter((k) => k === 'TOWN')).toHaveLength(7);
  });
});
