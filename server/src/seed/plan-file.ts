import fs from 'node:fs';
import { z } from 'zod';
import { AssignmentRole } from '../modules/assignment/assignment.enum';
import { DepartmentKind } from '../modules/department/department.enum';
import { IndicatorDirection, TargetKind } from '../modules/indicator/indicator.enum';
import { MeasureKind } from '../modules/measure/measure.enum';
import { ReportingCycle } from '../modules/period';
import type { DepartmentSeed, MeasureSeed, PlanSeed } from './seed.type';

/**
 * A plan file (docs/PLAN-FORMAT.md): one plan as data, with the departments it names, in JSON. The Boshan plan is
 * one (server/plans/), `pnpm plan:export` writes any plan as one, and `pnpm plan:import` reads one.
 */
export const PLAN_FORMAT_VERSION = 1;

export interface PlanFile extends PlanSeed {
  formatVersion: typeof PLAN_FORMAT_VERSION;
  /** The department register the plan names: units, groups with their members, the leading group. */
  departments: DepartmentSeed[];
}

/** A plan file that cannot be imported: every problem found, each naming its item by path. */
export class PlanFileError extends Error {
  constructor(
    readonly problems: string[],
    source?: string,
  ) {
    super(`${source ? `${source}: ` : ''}方案文件有 ${problems.length} 处错误:\n${problems.join('\n')}`);
    this.name = 'PlanFileError';
  }
}

const SLUG = /^[a-z0-9][a-z0-9-]{1,62}$/;
const slug = z.string().regex(SLUG, '编码须为 2–63 位小写字母、数字或连字符，且不以连字符开头');
const itemCode = z.string().min(1, '编号不能为空').max(64, '编号不能超过 64 个字符').regex(/^\S+$/, '编号不能含空白');
const text = z.string().refine((s) => s.trim().length > 0, '不能为空');
const isoDate = z
  .string()
  .refine(
    (s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    '日期须为有效的 YYYY-MM-DD',
  ) as unknown as z.ZodType<`${number}-${number}-${number}`>;
const values = <E extends Record<string, string>>(e: E) =>
  z.enum(Object.values(e) as [`${E[keyof E]}`, ...`${E[keyof E]}`[]]);
// An absent list and an empty one would import the same; only the absent one round-trips, so it is the only one.
const nonEmpty = <T extends z.ZodType>(item: T) => z.array(item).min(1, '不能是空列表：没有时省略此项');
const finite = z.number().refine(Number.isFinite, '须为有限数');

const departmentSchema = z.strictObject({
  code: slug,
  name: text,
  kind: values(DepartmentKind),
  memberCodes: nonEmpty(slug).optional(),
  officeCode: slug.optional(),
});

const assignmentSchema = z.strictObject({
  departmentCode: slug,
  role: values(AssignmentRole),
});

const measureSchema: z.ZodType<MeasureSeed> = z.lazy(() =>
  z.strictObject({
    code: itemCode,
    kind: values(MeasureKind),
    title: text,
    description: z.string().nullable(),
    goalCode: itemCode.optional(),
    assignments: nonEmpty(assignmentSchema).optional(),
    reportingCycle: values(ReportingCycle).optional(),
    children: nonEmpty(measureSchema).optional(),
  }),
);

const goalSchema = z.strictObject({
  code: itemCode,
  title: text,
  description: z.string().nullable(),
});

const indicatorSchema = z.strictObject({
  code: itemCode,
  goalCode: itemCode,
  measureCode: itemCode.optional(),
  departmentCode: slug,
  name: text,
  unit: z.string().nullable(),
  baseline: finite.nullable(),
  baselineYear: z.number().int('须为整数').min(1949).max(2200).nullable(),
  target: finite.nullable(),
  targetDate: isoDate,
  direction: values(IndicatorDirection),
  targetKind: values(TargetKind),
  targetText: text,
});

const planFileSchema = z.strictObject({
  formatVersion: z.literal(PLAN_FORMAT_VERSION, `格式版本须为 ${PLAN_FORMAT_VERSION}`),
  code: slug,
  title: text,
  issuer: text,
  docNumber: z.string().nullable(),
  issuedOn: isoDate.nullable(),
  startsOn: isoDate,
  endsOn: isoDate,
  summary: z.string().nullable(),
  leadingGroupCode: slug.optional(),
  reportingCycle: z
    .strictObject({
      cycle: values(ReportingCycle),
      dueWorkingDay: z.number().int('须为整数').min(1, '截止工作日须为 1 至 20').max(20, '截止工作日须为 1 至 20'),
    })
    .optional(),
  goals: z.array(goalSchema),
  measures: z.array(measureSchema),
  indicators: z.array(indicatorSchema),
  departments: z.array(departmentSchema),
});

// Zod's own Chinese messages, except that a missing field says so.
const zhCN = z.locales.zhCN().localeError;
const errorMap: z.core.$ZodErrorMap = (issue) =>
  issue.code === 'invalid_type' && issue.input === undefined ? '缺少此项' : zhCN(issue);

/** `measures[3].assignments[0].departmentCode` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

/** One problem of a plan file: where (the path of the item or field at fault) and what, in Chinese. */
export interface PlanFileProblem {
  path: (string | number)[];
  message: string;
}

const problem = (path: readonly PropertyKey[], message: string) =>
  path.length === 0 ? `（文件）: ${message}` : `${formatPath(path)}: ${message}`;

// The cross-reference checks run on the raw data too when the schema fails, so that one pass reports everything:
// they read it loosely and skip what is not the shape the schema asked for (the schema has reported that).
type Loose = { [key: string]: unknown };
const isRecord = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const records = (v: unknown): [Loose, number][] =>
  Array.isArray(v) ? v.flatMap((x, i) => (isRecord(x) ? [[x, i] as [Loose, number]] : [])) : [];
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

interface MeasureVisit {
  node: Loose;
  path: (string | number)[];
  /** The assignments in force: the node's own, or its nearest ancestor's. */
  inherited: Loose[] | undefined;
}

function visitMeasures(nodes: unknown, path: (string | number)[], inherited?: Loose[]): MeasureVisit[] {
  return records(nodes).flatMap(([node, i]) => {
    const here = [...path, i];
    const own = Array.isArray(node.assignments) && node.assignments.length > 0 ? records(node.assignments) : null;
    const inForce = own ? own.map(([a]) => a) : inherited;
    return [{ node, path: here, inherited: inForce }, ...visitMeasures(node.children, [...here, 'children'], inForce)];
  });
}

/** The cross-reference rules a schema cannot state: unique codes, references that exist, leads, dates in order. */
function crossReferenceProblems(file: Loose): PlanFileProblem[] {
  const problems: PlanFileProblem[] = [];
  const report = (path: readonly (string | number)[], message: string) => problems.push({ path: [...path], message });

  // Codes are unique within their list; a repeat names where the code was first used.
  const unique = (items: [Loose, (string | number)[]][], label: string) => {
    const first = new Map<string, (string | number)[]>();
    for (const [item, path] of items) {
      const code = str(item.code);
      if (code === undefined) continue;
      const seen = first.get(code);
      if (seen) report([...path, 'code'], `${label}编号「${code}」重复（已用于 ${formatPath(seen)}）`);
      else first.set(code, path);
    }
    return first;
  };

  // The department register.
  const departments = records(file.departments);
  const registered = unique(
    departments.map(([d, i]) => [d, ['departments', i]]),
    '部门',
  );
  const kindOf = new Map(departments.flatMap(([d]) => (str(d.code) ? [[str(d.code), str(d.kind)] as const] : [])));
  const names = new Map<string, string>();
  for (const [d, i] of departments) {
    const code = str(d.code) ?? '';
    const name = str(d.name);
    if (name !== undefined) {
      const other = names.get(name);
      if (other !== undefined && other !== code)
        report(['departments', i, 'name'], `部门名称「${name}」与「${other}」重复`);
      else names.set(name, code);
    }
    const members = Array.isArray(d.memberCodes) ? d.memberCodes : undefined;
    if (d.kind === DepartmentKind.GROUP && (!members || members.length === 0)) {
      report(['departments', i, 'memberCodes'], `单位组「${code}」须列出成员单位`);
    }
    if (members && d.kind !== DepartmentKind.GROUP) {
      report(['departments', i, 'memberCodes'], `只有单位组（GROUP）有成员单位，「${code}」不是单位组`);
    }
    const seenMembers = new Set<string>();
    members?.forEach((m, j) => {
      const member = str(m);
      if (member === undefined) return;
      const at = ['departments', i, 'memberCodes', j];
      if (member === code) report(at, `单位组「${code}」不能以自己为成员`);
      else if (!registered.has(member)) report(at, `未登记的部门「${member}」`);
      else if (kindOf.get(member) === DepartmentKind.GROUP || kindOf.get(member) === DepartmentKind.LEADING_GROUP) {
        report(at, `「${member}」是单位组或领导小组，不能作为成员单位`);
      }
      if (seenMembers.has(member)) report(at, `成员单位「${member}」重复`);
      seenMembers.add(member);
    });
    const office = str(d.officeCode);
    if (office !== undefined) {
      const at = ['departments', i, 'officeCode'];
      if (d.kind !== DepartmentKind.LEADING_GROUP)
        report(at, `只有领导小组（LEADING_GROUP）设办公室，「${code}」不是领导小组`);
      else if (!registered.has(office)) report(at, `未登记的部门「${office}」`);
      else if (kindOf.get(office) === DepartmentKind.GROUP || kindOf.get(office) === DepartmentKind.LEADING_GROUP) {
        report(at, `领导小组办公室须设在一个单位，「${office}」是单位组或领导小组`);
      }
    }
  }
  const department = (path: (string | number)[], value: unknown) => {
    const code = str(value);
    if (code !== undefined && !registered.has(code)) report(path, `未登记的部门「${code}」`);
  };

  // The plan and its dates.
  const leadingGroup = str(file.leadingGroupCode);
  if (leadingGroup !== undefined) {
    if (!registered.has(leadingGroup)) report(['leadingGroupCode'], `未登记的部门「${leadingGroup}」`);
    else if (kindOf.get(leadingGroup) !== DepartmentKind.LEADING_GROUP) {
      report(['leadingGroupCode'], `「${leadingGroup}」不是领导小组（LEADING_GROUP）`);
    }
  }
  const startsOn = str(file.startsOn);
  const endsOn = str(file.endsOn);
  const issuedOn = str(file.issuedOn);
  if (startsOn && endsOn && startsOn > endsOn) report(['endsOn'], `结束日期 ${endsOn} 早于开始日期 ${startsOn}`);
  if (issuedOn && endsOn && issuedOn > endsOn) report(['issuedOn'], `印发日期 ${issuedOn} 晚于结束日期 ${endsOn}`);

  // Goals, measures and their assignments.
  const goals = unique(
    records(file.goals).map(([g, i]) => [g, ['goals', i]]),
    '目标',
  );
  const goal = (path: (string | number)[], value: unknown, owner: string) => {
    const code = str(value);
    if (code !== undefined && !goals.has(code)) report(path, `${owner}所属目标「${code}」不存在`);
  };
  const measures = visitMeasures(file.measures, ['measures']);
  const measureCodes = unique(
    measures.map(({ node, path }) => [node, path]),
    '措施',
  );
  for (const { node, path, inherited } of measures) {
    const code = str(node.code) ?? '?';
    const topLevel = path.length === 2;
    if (!topLevel && node.kind !== undefined && node.kind !== MeasureKind.MEASURE) {
      report([...path, 'kind'], `措施「${code}」在下级，只能是 MEASURE（工程和保障措施只在第一级）`);
    }
    goal([...path, 'goalCode'], node.goalCode, `措施「${code}」`);
    const own = records(node.assignments);
    const seen = new Set<string>();
    for (const [a, j] of own) {
      const at = [...path, 'assignments', j, 'departmentCode'];
      department(at, a.departmentCode);
      const dept = str(a.departmentCode);
      if (dept === undefined) continue;
      if (kindOf.get(dept) === DepartmentKind.LEADING_GROUP) report(at, `领导小组「${dept}」不承担措施，请指定单位`);
      if (seen.has(dept)) report(at, `措施「${code}」重复指定部门「${dept}」`);
      seen.add(dept);
    }
    if (own.length > 0) {
      const leads = own.filter(([a]) => a.role === AssignmentRole.LEAD).length;
      if (leads !== 1)
        report([...path, 'assignments'], `措施「${code}」须有且只有一个责任单位（LEAD），现有 ${leads} 个`);
    }
    const leaf = !Array.isArray(node.children) || node.children.length === 0;
    if (leaf && node.kind === MeasureKind.MEASURE && !inherited?.some((a) => a.role === AssignmentRole.LEAD)) {
      report([...path, 'assignments'], `措施「${code}」没有责任单位：本身和上级都未指定`);
    }
  }

  // Indicators.
  unique(
    records(file.indicators).map(([ind, i]) => [ind, ['indicators', i]]),
    '指标',
  );
  for (const [ind, i] of records(file.indicators)) {
    const path = ['indicators', i];
    const code = str(ind.code) ?? '?';
    goal([...path, 'goalCode'], ind.goalCode, `指标「${code}」`);
    const measure = str(ind.measureCode);
    if (measure !== undefined && !measureCodes.has(measure)) {
      report([...path, 'measureCode'], `指标「${code}」所属措施「${measure}」不存在`);
    }
    department([...path, 'departmentCode'], ind.departmentCode);
    if (ind.targetKind === TargetKind.NUMERIC && ind.target === null) {
      report([...path, 'target'], `指标「${code}」是数值目标（NUMERIC），须给出目标值`);
    }
    if (ind.targetKind === TargetKind.QUALITATIVE && typeof ind.target === 'number') {
      report([...path, 'target'], `指标「${code}」是定性目标（QUALITATIVE），不能给出目标值`);
    }
    if (typeof ind.baselineYear === 'number' && ind.baseline === null) {
      report([...path, 'baseline'], `指标「${code}」给出了基期年份，须同时给出基期值`);
    }
    const targetDate = str(ind.targetDate);
    if (typeof ind.baselineYear === 'number' && targetDate && ind.baselineYear > Number(targetDate.slice(0, 4))) {
      report([...path, 'baselineYear'], `指标「${code}」的基期年份 ${ind.baselineYear} 晚于目标日期 ${targetDate}`);
    }
    if (targetDate && startsOn && targetDate < startsOn) {
      report([...path, 'targetDate'], `指标「${code}」的目标日期 ${targetDate} 早于方案开始日期 ${startsOn}`);
    }
  }
  return problems;
}

/**
 * Validates a plan file's parsed JSON: the schema, then the cross-references. Throws a PlanFileError listing every
 * problem (each `path: 问题`), not just the first.
 */
export function parsePlanFile(data: unknown, source?: string): PlanFile {
  const { file, problems } = checkPlanFile(data);
  if (!file || problems.length > 0) {
    throw new PlanFileError(
      problems.map((p) => problem(p.path, p.message)),
      source,
    );
  }
  return file;
}

/**
 * The plan file's problems, each with its path, and the file when the schema accepts it: what `parsePlanFile`
 * reports, for callers that name the items themselves (the plan editor's publish check).
 */
export function checkPlanFile(data: unknown): { file: PlanFile | null; problems: PlanFileProblem[] } {
  const parsed = planFileSchema.safeParse(data, { error: errorMap });
  const problems: PlanFileProblem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        path: issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
        message: issue.message,
      }));
  if (isRecord(data)) problems.push(...crossReferenceProblems(data));
  return { file: parsed.success ? parsed.data : null, problems };
}

/** Parses a plan file's text (JSON). */
export function parsePlanFileText(text: string, source?: string): PlanFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // `pnpm plan:export … > file` without -s puts pnpm's own banner ("> duban@ plan:export …") before the JSON.
    const hint = /^\s*> /.test(text) ? '；文件开头像是 pnpm 的命令回显，请用 pnpm -s plan:export 或 --out 导出' : '';
    throw new PlanFileError([`（文件）: 不是有效的 JSON（${(error as Error).message}）${hint}`], source);
  }
  return parsePlanFile(data, source);
}

/** Reads and validates a plan file. */
export function readPlanFile(filePath: string): PlanFile {
  return parsePlanFileText(fs.readFileSync(filePath, 'utf8'), filePath);
}

/** A plan file's text: JSON, two-space indented, in the documented key order, ending with a newline. */
export function formatPlanFile(file: PlanFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The plan of a plan file, as the importer takes it (without the format version and the register). */
export function planOf(file: PlanFile): PlanSeed {
  const { formatVersion: _version, departments: _departments, ...plan } = file;
  return plan;
}
