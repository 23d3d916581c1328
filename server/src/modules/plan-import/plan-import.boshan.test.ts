import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOSHAN_PLAN_FILE } from '../../seed';
import type { ProposedMeasure } from './plan-import.proposed';
import { proposePlan } from './plan-import.rules';
import { textToDocument } from './plan-import.text';

// The Boshan plan's official text and the data file transcribed from it by hand: the importer must propose the
// same plan from the text alone.
const text = fs.readFileSync(path.join(import.meta.dirname, '../../seed/boshan-ip-plan-2022-2025.txt'), 'utf8');

interface FileMeasure {
  code: string;
  kind: string;
  title: string;
  assignments?: { departmentCode: string; role: 'LEAD' | 'PARTICIPANT' }[];
  children?: FileMeasure[];
}
interface FileIndicator {
  name: string;
  unit: string | null;
  target: number | null;
  targetDate: string;
  targetKind: 'NUMERIC' | 'QUALITATIVE';
  goalCode: string;
  measureCode?: string;
}
const file = JSON.parse(fs.readFileSync(BOSHAN_PLAN_FILE, 'utf8')) as {
  title: string;
  issuer: string;
  docNumber: string;
  issuedOn: string;
  startsOn: string;
  endsOn: string;
  goals: { code: string; title: string }[];
  measures: FileMeasure[];
  indicators: FileIndicator[];
  departments: { code: string; name: string }[];
};
const nameOf = (code: string) => file.departments.find((d) => d.code === code)!.name;
const unitsOf = (m: FileMeasure) => ({
  lead: (m.assignments ?? []).filter((a) => a.role === 'LEAD').map((a) => nameOf(a.departmentCode)),
  participating: (m.assignments ?? []).filter((a) => a.role === 'PARTICIPANT').map((a) => nameOf(a.departmentCode)),
});

const proposed = proposePlan(textToDocument(text));

describe('the Boshan plan, imported from its text', () => {
  it('reads the header: title, issuer, 文号, issuing date and the period from the title', () => {
    expect(proposed.plan).toMatchObject({
      title: file.title,
      issuer: file.issuer,
      docNumber: file.docNumber,
      issuedOn: file.issuedOn,
      startsOn: file.startsOn,
      endsOn: file.endsOn,
    });
    expect(proposed.plan.summary).toMatch(/^为推动我区知识产权事业高质量发展.*制定本方案。$/);
    expect(proposed.flags).toEqual([]);
  });

  it('finds the 5 goals, and every numeric indicator with its target and unit', () => {
    expect(proposed.goals.map((g) => g.title)).toEqual(file.goals.map((g) => g.title));
    const found = proposed.goals.flatMap((g) => g.indicators);
    for (const expected of file.indicators.filter((i) => i.targetKind === 'NUMERIC')) {
      const indicator = found.find((i) => i.name === expected.name);
      expect(indicator, expected.name).toMatchObject({
        target: expected.target,
        unit: expected.unit,
        targetDate: expected.targetDate,
        direction: 'INCREASE',
        targetKind: 'NUMERIC',
      });
    }
    // Goals hold no number the importer could not read.
    expect(proposed.goals.flatMap((g) => g.flags)).toEqual([]);
  });

  it('keeps qualitative goals as indicators without a target, with their wording', () => {
    const qualitative = [
      ...proposed.goals.flatMap((g) => g.indicators),
      ...proposed.measures.flatMap((p) => p.children.flatMap((m) => m.indicators)),
    ].filter((i) => i.targetKind === 'QUALITATIVE');
    expect(qualitative.every((i) => i.target === null && i.text.length > 0)).toBe(true);
    const names = qualitative.map((i) => i.name);
    // Those the document names in so many words (the file's others are paraphrases: 全社会知识产权意识).
    for (const name of ['高价值专利', '版权作品、软件著作权自愿登记数量', '知识产权保护工作格局', '知识产权质押融资']) {
      expect(names).toContain(name);
    }
    // 实现知识产权质押融资每年稳步提升 is a measure's (P3.3), as in the file.
    const p33 = proposed.measures[2]!.children[2]!;
    expect(p33.indicators.map((i) => i.name)).toEqual(['知识产权质押融资']);
  });

  it('builds the tree: 5 projects with their 21 measures, then the 3 safeguards', () => {
    const shape = (m: ProposedMeasure | FileMeasure): unknown => ({
      kind: m.kind,
      title: m.title,
      children: (m.children ?? []).map(shape),
    });
    expect(proposed.measures.map(shape)).toEqual(file.measures.map(shape));
    expect(proposed.measures.filter((m) => m.kind === 'PROJECT')).toHaveLength(5);
    expect(proposed.measures.flatMap((m) => m.children)).toHaveLength(21);
    expect(proposed.measures.filter((m) => m.kind === 'SAFEGUARD')).toHaveLength(3);
    expect(proposed.measures.map((m) => m.number)).toEqual([
      '(一)',
      '(二)',
      '(三)',
      '(四)',
      '(五)',
      '(一)',
      '(二)',
      '(三)',
    ]);
  });

  it('names every project’s lead and participating units, the town group as one unit', () => {
    const projects = file.measures.filter((m) => m.kind === 'PROJECT');
    for (const [i, expected] of projects.entries()) {
      const measure = proposed.measures[i]!;
      expect({ lead: measure.lead, participating: measure.participating }, expected.code).toEqual(unitsOf(expected));
      expect(measure.participating).toContain('各镇、街道');
      expect(measure.flags).toEqual([]);
      // The measures inherit their project's units, so they name none of their own and are not flagged.
      for (const child of measure.children)
        expect([child.lead, child.participating, child.flags]).toEqual([[], [], []]);
    }
  });

  it('reads a safeguard’s units from its prose as a flagged guess, and leaves the others without units', () => {
    const [organisation, funds, supervision] = proposed.measures.filter((m) => m.kind === 'SAFEGUARD');
    // The file's S1: 区市场监督管理局 leads, 各镇、街道 take part (the text writes the group 各镇(街道)).
    expect(unitsOf(file.measures.find((m) => m.code === 'S1')!)).toEqual({
      lead: ['区市场监督管理局'],
      participating: ['各镇、街道'],
    });
    expect(organisation).toMatchObject({ lead: ['区市场监督管理局'], participating: ['各镇(街道)'] });
    expect(organisation!.flags.map((f) => f.code)).toEqual(['UNITS_FROM_PROSE']);
    for (const safeguard of [funds!, supervision!]) expect([safeguard.lead, safeguard.participating]).toEqual([[], []]);
    // The last safeguard's paragraph, cut by a page break, is read whole; the web page's footer is dropped.
    expect(supervision!.description).toBe(
      '聚焦博山区国家知识产权强区建设试点区主要目标,细化分解目标任务。各部门要统一思想,落实责任,充分调动各方面积极因素,确保完成试点区建设目标。',
    );
  });

  it('keeps the source of every item: a project’s heading with its unit line', () => {
    expect(proposed.measures[0]!.source).toBe(
      '(一)实施知识产权管理能力提升工程\n(责任部门:区市场监督管理局;参与部门:区发展和改革局、区科学技术局、区工业和信息化局、区财政局,各镇、街道)',
    );
    expect(proposed.measures[0]!.children[0]!.source).toMatch(
      /^1\.提升知识产权管理综合效能。加强知识产权改革顶层设计。/,
    );
  });
});
