// pnpm demo — a traffic generator for demos and benchmarks. It posts through the public GraphQL API, signed in
// as the departments' demo reporters, so everything it does passes the same checks as a person's post.
//   pnpm demo                  backfill a plausible history (once; re-running adds nothing), then post live
//   pnpm demo --backfill-only  only the history: the plan office enters it from its ledger (办公室补录), each report
//                              with the day it was really made, most by their deadline and some late
//   pnpm demo --live-only      only live posts (every DEMO_INTERVAL_MS, default 3000)
// DEMO_URL (default http://localhost:4000/graphql) points it at a running server. Every summary it writes starts
// with 【演示数据】 so demo data is never mistaken for real reports.
import { parseArgs } from 'node:util';

const MARK = '【演示数据】';
const PLAN = 'boshan-ip-2022-2025';
const env = process.env;
const URL_ = env.DEMO_URL ?? 'http://localhost:4000/graphql';
const INTERVAL_MS = Number(env.DEMO_INTERVAL_MS ?? 3000);

interface GraphQLResult<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function gql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<GraphQLResult<T>> {
  const res = await fetch(URL_, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GraphQLResult<T>;
}

// One login per account, shared by concurrent posts: a burst of parallel logins would trip the lock-out.
const tokens = new Map<string, Promise<string>>();
function tokenFor(username: string): Promise<string> {
  let token = tokens.get(username);
  if (!token) {
    token = gql<{ login: { token: string } }>(
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: username, p: 'demo' },
    ).then((result) => {
      const value = result.data?.login.token;
      if (!value) throw new Error(`无法以演示账户 ${username} 登录: ${result.errors?.[0]?.message ?? '未知错误'}`);
      return value;
    });
    tokens.set(username, token);
  }
  return token;
}

interface Measure {
  code: string;
  title: string;
  assignments: {
    role: 'LEAD' | 'PARTICIPANT';
    department: { code: string; kind: string; members: { code: string }[] };
  }[];
}

interface PlanFacts {
  measures: Measure[];
  issuedOn: string;
  endsOn: string;
  /** Today by the server's clock (DUBAN_CLOCK may move it): the demo posts as of that day. */
  today: string;
}

async function loadMeasures(): Promise<PlanFacts> {
  const result = await gql<{ plan: PlanFacts }>(
    `query($p: String!) { plan(code: $p) { issuedOn endsOn today measures(kind: MEASURE) {
       code title assignments { role department { code kind members { code } } } } } }`,
    { p: PLAN },
    await tokenFor('leader'),
  );
  if (!result.data) throw new Error(`读取方案失败: ${result.errors?.[0]?.message}`);
  return { ...result.data.plan, measures: result.data.plan.measures };
}

/** A deterministic pseudo-random number in [0, 1) from a string, so the backfill is the same every time. */
function noise(seed: string): number {
  let h = 2166136261;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return ((h >>> 0) % 10_000) / 10_000;
}

/** Who reports on a measure: its lead, two participants, and for 各镇、街道 one of its towns. */
function reportersOf(measure: Measure): string[] {
  const lead = measure.assignments.filter((a) => a.role === 'LEAD').map((a) => a.department.code);
  const participants = measure.assignments.filter((a) => a.role === 'PARTICIPANT');
  const picked = participants
    .filter((a) => a.department.kind !== 'GROUP')
    .sort((a, b) => noise(measure.code + a.department.code) - noise(measure.code + b.department.code))
    .slice(0, 2)
    .map((a) => a.department.code);
  const group = participants.find((a) => a.department.kind === 'GROUP');
  const town = group?.department.members[Math.floor(noise(measure.code) * group.department.members.length)]?.code;
  return [...lead, ...picked, ...(town ? [town] : [])];
}

const SUMMARIES = [
  '组织召开专题推进会，明确责任分工和时间节点',
  '走访重点企业，了解知识产权需求并建立工作台账',
  '完成阶段性任务，相关材料已归档',
  '联合相关部门开展政策宣讲和培训',
  '推进项目申报，已进入评审阶段',
];
const PROBLEMS = [
  '企业参与积极性不高，需区工业和信息化局协助动员',
  '专项资金拨付进度较慢，需区财政局协调',
  null,
  null,
  null,
];

function reportFor(measure: Measure, department: string, period: string, monthIndex: number, months: number) {
  const seed = `${measure.code}|${department}|${period}`;
  const expected = Math.min(100, Math.round(((monthIndex + 1) / months) * 100));
  const lag = Math.round(noise(`${seed}lag`) * 25);
  const percent = Math.max(0, Math.min(100, expected - lag));
  const roll = noise(`${seed}status`);
  const status =
    percent >= 100
      ? 'COMPLETED'
      : percent === 0
        ? 'NOT_STARTED'
        : roll < 0.08
          ? 'DELAYED'
          : roll < 0.2
            ? 'AT_RISK'
            : 'ON_TRACK';
  return {
    planCode: PLAN,
    measureCode: measure.code,
    departmentCode: department,
    period,
    status,
    percentComplete: status === 'COMPLETED' ? 100 : status === 'NOT_STARTED' ? 0 : percent,
    summary: `${MARK}${SUMMARIES[Math.floor(noise(`${seed}s`) * SUMMARIES.length)]}`,
    problems: status === 'ON_TRACK' ? null : PROBLEMS[Math.floor(noise(`${seed}p`) * PROBLEMS.length)],
    idempotencyKey: `demo-${measure.code}-${department}-${period}`.replace(/[^A-Za-z0-9_-]/g, '_'),
  };
}

const SUBMIT = 'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }';
const BACKFILL = 'mutation($i: BackfillProgressReportInput!) { backfillProgressReport(input: $i) { id } }';

/** The first day of the month after a period (YYYY-MM). */
function monthAfter(period: string): [number, number] {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 12 ? [y + 1, 1] : [y, m + 1];
}

/**
 * The day a department really made its report for a period, as its ledger would show: most within the first five
 * days of the next month (before the deadline, the 5th working day), some late in that month. How often a
 * department is late is its own habit, so the assessment tells departments apart.
 */
function reportedOnFor(measure: Measure, department: string, period: string, today: string): string {
  const [y, m] = monthAfter(period);
  const habit = 0.03 + noise(`${department}habit`) * 0.3;
  const late = noise(`${measure.code}|${department}|${period}late`) < habit;
  const day = late ? 16 + Math.floor(noise(`${period}${department}d`) * 12) : 1 + Math.floor(noise(`${period}d`) * 5);
  const date = `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return date < today ? date : today;
}
const RECORD = 'mutation($i: RecordIndicatorValueInput!) { recordIndicatorValue(input: $i) { id } }';

function monthsBetween(from: string, to: string): string[] {
  const periods: string[] = [];
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  for (let month = fy * 12 + fm - 1; month <= ty * 12 + tm - 1; month++) {
    periods.push(`${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`);
  }
  return periods;
}

function previousMonth(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * Monthly reports from the month the plan was issued up to the month before the server's today (the current
 * month is left open: its reports fall due next month, which is what a demo of warnings watches), and yearly
 * indicator values up to today.
 */
async function backfill({ measures, issuedOn, endsOn, today }: PlanFacts): Promise<void> {
  const lastClosed = previousMonth(today.slice(0, 7));
  const end = endsOn.slice(0, 7) < lastClosed ? endsOn.slice(0, 7) : lastClosed;
  const periods = monthsBetween(issuedOn.slice(0, 7), end);
  let posted = 0;
  let failed = 0;
  let firstError = '';
  // The plan office enters the history from its ledger, with each report's original date.
  const officeToken = await tokenFor('leader');
  for (const [i, period] of periods.entries()) {
    const posts: Promise<void>[] = [];
    for (const measure of measures) {
      for (const department of reportersOf(measure)) {
        // Some months go unreported: the late reports a coordination meeting chases.
        if (noise(`${measure.code}${department}${period}skip`) < 0.12) continue;
        const input = {
          ...reportFor(measure, department, period, i, periods.length),
          reportedOn: reportedOnFor(measure, department, period, today),
        };
        posts.push(
          gql(BACKFILL, { i: input }, officeToken).then((result) => {
            if (result.errors) {
              failed += 1;
              firstError ||= result.errors[0]?.message ?? '';
            } else posted += 1;
          }),
        );
      }
    }
    await Promise.all(posts);
    process.stdout.write(`\r办公室补录 ${period}: 已补录 ${posted} 份，失败 ${failed} 份`);
  }
  if (firstError) console.log(`\n首个失败原因：${firstError}`);
  const values: [string, number, string][] = [
    ['invention-patents-per-10k', 5.9, '2022-12-31'],
    ['invention-patents-per-10k', 6.8, '2023-12-31'],
    ['invention-patents-per-10k', 7.6, '2024-12-31'],
    ['invention-patents-per-10k', 8.6, '2025-12-31'],
    ['valid-trademarks', 5300, '2022-12-31'],
    ['valid-trademarks', 6150, '2023-12-31'],
    ['valid-trademarks', 7020, '2024-12-31'],
    ['valid-trademarks', 7860, '2025-12-31'],
  ];
  const office = await tokenFor('market-supervision');
  for (const [indicatorCode, value, asOf] of values.filter(([, , asOf]) => asOf <= today)) {
    await gql(
      RECORD,
      {
        i: {
          planCode: PLAN,
          indicatorCode,
          value,
          asOf,
          note: `${MARK}年度统计`,
          idempotencyKey: `demo-${indicatorCode}-${asOf}`,
        },
      },
      office,
    );
  }
  console.log(
    `\n回填完成：办公室补录 ${posted} 份报告，均按原报送日期（重复运行时已有的按幂等键返回原报告），${values.filter(([, , asOf]) => asOf <= today).length} 个指标值`,
  );
}

async function live({ measures, endsOn, today }: PlanFacts): Promise<void> {
  const period = today.slice(0, 7) < endsOn.slice(0, 7) ? today.slice(0, 7) : endsOn.slice(0, 7);
  console.log(`持续填报中（每 ${INTERVAL_MS} 毫秒一份，报告期 ${period}），按 Ctrl-C 停止`);
  for (let n = 0; ; n++) {
    const measure = measures[Math.floor(Math.random() * measures.length)]!;
    const reporters = reportersOf(measure);
    const department = reporters[Math.floor(Math.random() * reporters.length)]!;
    const input = { ...reportFor(measure, department, `${period}`, n, 1), idempotencyKey: null, percentComplete: 0 };
    input.percentComplete =
      input.status === 'COMPLETED' ? 100 : input.status === 'NOT_STARTED' ? 0 : 50 + Math.floor(Math.random() * 50);
    const result = await gql(SUBMIT, { i: input }, await tokenFor(department));
    console.log(
      result.errors
        ? `× ${department} ${measure.code}: ${result.errors[0]?.message}`
        : `✓ ${department} 填报 ${measure.code} ${input.status} ${input.percentComplete}%`,
    );
    await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS));
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'backfill-only': { type: 'boolean' }, 'live-only': { type: 'boolean' } } });
  const plan = await loadMeasures();
  if (!values['live-only']) await backfill(plan);
  if (!values['backfill-only']) await live(plan);
}

main().catch((error: unknown) => {
  console.error(`演示数据生成失败: ${error instanceof Error ? error.message : String(error)}`);
  console.error(`请先用 pnpm start 启动服务 (${URL_})`);
  process.exit(1);
});
