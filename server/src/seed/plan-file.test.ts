import { describe, expect, it } from 'vitest';
import { BOSHAN_PLAN_FILE, boshanPlanFile } from '.';
import {
  formatPlanFile,
  type PlanFile,
  PlanFileError,
  parsePlanFile,
  parsePlanFileText,
  readPlanFile,
} from './plan-file';

// biome-ignore lint/suspicious/noExplicitAny: the bad files below break the file's type on purpose
type Json = any;

/** A copy of the Boshan file, changed by `edit`, as parsed JSON (so that edits may break its type). */
function boshanWith(edit: (file: Json) => void): unknown {
  const file: Json = structuredClone(boshanPlanFile);
  edit(file);
  return file;
}

/** The problems a plan file has, or [] when it is valid. */
function problemsOf(data: unknown): string[] {
  try {
    parsePlanFile(data);
    return [];
  } catch (error) {
    if (error instanceof PlanFileError) return error.problems;
    throw error;
  }
}

describe('reading a plan file', () => {
  it('reads the Boshan file that ships with the server', () => {
    const file = readPlanFile(BOSHAN_PLAN_FILE);
    expect(file.code).toBe('boshan-ip-2022-2025');
    expect(file.formatVersion).toBe(1);
    expect(file.departments).toHaveLength(25);
  });

  it('writes a file that reads back as the same plan', () => {
    const text = formatPlanFile(boshanPlanFile);
    expect(text.endsWith('}\n')).toBe(true);
    expect(parsePlanFileText(text)).toStrictEqual(boshanPlanFile);
  });

  it('says so when the text is not JSON', () => {
    expect(() => parsePlanFileText('{ "code": ', 'plan.json')).toThrow(
      /plan\.json: 方案文件有 1 处错误:\n（文件）: 不是有效的 JSON/,
    );
  });
});

describe('validating a plan file', () => {
  it('reports every problem at once, each naming its item by path and code', () => {
    const problems = problemsOf(
      boshanWith((f) => {
        f.measures[3].assignments[0].departmentCode = 'finance-x';
        f.measures[1].children[0].code = 'P1.1';
        f.measures[0].goalCode = 'G9';
        f.measures[2].assignments[1].role = 'LEAD';
        f.endsOn = '2021-12-31';
        f.indicators[0].target = null;
      }),
    );
    expect(problems).toEqual([
      'endsOn: 结束日期 2021-12-31 早于开始日期 2022-01-01',
      'issuedOn: 印发日期 2022-11-18 晚于结束日期 2021-12-31',
      'measures[1].children[0].code: 措施编号「P1.1」重复（已用于 measures[0].children[0]）',
      'measures[0].goalCode: 措施「P1」所属目标「G9」不存在',
      'measures[2].assignments: 措施「P3」须有且只有一个责任单位（LEAD），现有 2 个',
      'measures[3].assignments[0].departmentCode: 未登记的部门「finance-x」',
      'indicators[0].target: 指标「invention-patents-per-10k」是数值目标（NUMERIC），须给出目标值',
    ]);
  });

  it('reports schema and cross-reference problems together', () => {
    const problems = problemsOf(
      boshanWith((f) => {
        f.formatVersion = 2;
        f.startsOn = '2022-02-30';
        f.measures[0].kind = 'PROGRAMME';
        f.measures[0].children[1].titel = f.measures[0].children[1].title;
        delete f.measures[0].children[1].title;
        f.indicators[2].target = 5;
        f.goals.push({ code: 'G1', title: '重复的目标', description: null });
        f.measures[4].assignments.push({ departmentCode: 'nowhere', role: 'PARTICIPANT' });
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'formatVersion: 格式版本须为 1',
        'startsOn: 日期须为有效的 YYYY-MM-DD',
        expect.stringMatching(/^measures\[0\]\.kind: 无效选项：期望以下之一 "PROJECT"\|"MEASURE"\|"SAFEGUARD"$/),
        'measures[0].children[1].title: 缺少此项',
        expect.stringMatching(/^measures\[0\]\.children\[1\]: 出现未知的键\(key\): "titel"$/),
        'goals[5].code: 目标编号「G1」重复（已用于 goals[0]）',
        'measures[4].assignments[8].departmentCode: 未登记的部门「nowhere」',
        'indicators[2].target: 指标「copyright-registrations」是定性目标（QUALITATIVE），不能给出目标值',
      ]),
    );
    expect(problems).toHaveLength(8);
  });

  it('wants an empty list left out, so that every file round-trips', () => {
    const problems = problemsOf(
      boshanWith((f) => {
        f.measures[5].children = [];
      }),
    );
    expect(problems).toEqual(['measures[5].children: 不能是空列表：没有时省略此项']);
  });

  it('requires a lead for every measure, its own or its project’s', () => {
    const problems = problemsOf(
      boshanWith((f) => {
        delete f.measures[0].assignments;
        f.measures[1].children[2].assignments = [{ departmentCode: 'finance', role: 'PARTICIPANT' }];
      }),
    );
    expect(problems).toEqual([
      'measures[0].children[0].assignments: 措施「P1.1」没有责任单位：本身和上级都未指定',
      'measures[0].children[1].assignments: 措施「P1.2」没有责任单位：本身和上级都未指定',
      'measures[0].children[2].assignments: 措施「P1.3」没有责任单位：本身和上级都未指定',
      'measures[1].children[2].assignments: 措施「P2.3」须有且只有一个责任单位（LEAD），现有 0 个',
      'measures[1].children[2].assignments: 措施「P2.3」没有责任单位：本身和上级都未指定',
    ]);
  });

  it('checks the department register: groups, members, the leading group and its office', () => {
    const problems = problemsOf(
      boshanWith((f) => {
        const group = f.departments.find((d: Json) => d.code === 'towns-subdistricts');
        group.memberCodes.push('boshan-town', 'moon-town', 'towns-subdistricts');
        const leading = f.departments.find((d: Json) => d.code === 'leadership-group');
        leading.officeCode = 'towns-subdistricts';
        f.departments.push({ code: 'finance', name: '区财政局', kind: 'GOVERNMENT_DEPARTMENT', officeCode: 'justice' });
        f.leadingGroupCode = 'finance';
      }),
    );
    expect(problems).toEqual([
      'departments[25].code: 部门编号「finance」重复（已用于 departments[4]）',
      'departments[23].memberCodes[10]: 成员单位「boshan-town」重复',
      'departments[23].memberCodes[11]: 未登记的部门「moon-town」',
      'departments[23].memberCodes[12]: 单位组「towns-subdistricts」不能以自己为成员',
      'departments[24].officeCode: 领导小组办公室须设在一个单位，「towns-subdistricts」是单位组或领导小组',
      'departments[25].officeCode: 只有领导小组（LEADING_GROUP）设办公室，「finance」不是领导小组',
      'leadingGroupCode: 「finance」不是领导小组（LEADING_GROUP）',
    ]);
  });

  it('accepts a file with a reporting cycle, for the plan and for one project', () => {
    const file = parsePlanFile(
      boshanWith((f) => {
        f.reportingCycle = { cycle: 'QUARTERLY', dueWorkingDay: 10 };
        f.measures[2].reportingCycle = 'MONTHLY';
      }),
    ) satisfies PlanFile;
    expect(file.reportingCycle).toEqual({ cycle: 'QUARTERLY', dueWorkingDay: 10 });
    const weekly = boshanWith((f) => {
      f.reportingCycle = { cycle: 'WEEKLY', dueWorkingDay: 21 };
    });
    expect(problemsOf(weekly)).toEqual([
      expect.stringMatching(/^reportingCycle\.cycle: 无效选项/),
      'reportingCycle.dueWorkingDay: 截止工作日须为 1 至 20',
    ]);
  });
});
