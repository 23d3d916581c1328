import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../server/src/shared/clock';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';
import { convertWithLibreOffice, type Download, office, pdfText, renderPage } from './kit/office';

/**
 * The Word documents (issue 16), read back with LibreOffice: the 调度会材料, the 考核 通报 and one 督办单 of the seeded
 * Boshan plan after a clerk reported a problem, a leader issued notices and an instruction. Every figure the text
 * carries is compared with what the API answers for the same state.
 */
const PLAN = 'boshan-ip-2022-2025';
const clock = new ManualClock('2025-12-08T09:00:00+08:00');
const SCREENSHOTS = 'test-results/screenshots';

let app: TestApp;
let leader: ApiClient;
let viewer: ApiClient;
let finance: ApiClient;
let market: ApiClient;
let noticeId = '';
let closedNoticeId = '';

const ok = <T>(result: { data?: T | null; errors?: unknown[] }): T => {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as T;
};

async function download(client: ApiClient | null, path: string): Promise<Download> {
  return office(app, client, path);
}

/** The document as LibreOffice reads it: its text (txt export, one paragraph or cell a line) and its PDF. */
async function read(file: Buffer): Promise<{ text: string; pdf: Buffer; lines: string[] }> {
  const [txt, pdf] = await Promise.all([
    convertWithLibreOffice(file, 'docx', 'txt:Text (encoded):UTF8'),
    convertWithLibreOffice(file, 'docx', 'pdf'),
  ]);
  const text = txt.toString('utf8').replace(/^\uFEFF/, '');
  return { text, pdf, lines: text.split(/\r?\n/).map((line) => line.trim()) };
}

beforeAll(async () => {
  app = await startTestApp({ clock });
  leader = await app.as('leader');
  viewer = await app.as('viewer');
  finance = await app.as('finance');
  market = await app.as('market-supervision');
  ok(
    await market.gql(`mutation($input: SubmitProgressReportInput!) { submitProgressReport(input: $input) { id } }`, {
      input: {
        planCode: PLAN,
        measureCode: 'P1.1',
        departmentCode: 'market-supervision',
        period: '2025-11',
        status: 'AT_RISK',
        percentComplete: 60,
        summary: '专利导航项目推进中',
        problems: '需区财政局落实专项资金',
      },
    }),
  );
  const issue = `mutation($i: IssueUrgeNoticeInput!) { issueUrgeNotice(input: $i) { id } }`;
  const notice = (departmentCode: string, text: string) => ({
    planCode: PLAN,
    measureCode: 'P1.1',
    departmentCode,
    level: 'CHASE',
    text,
    dueOn: '2025-12-10',
  });
  noticeId = ok(
    await leader.gql<{ issueUrgeNotice: { id: string } }>(issue, { i: notice('finance', '请落实专项资金并反馈') }),
  ).issueUrgeNotice.id;
  ok(await finance.gql(`mutation($id: ID!) { acknowledgeUrgeNotice(id: $id) { id } }`, { id: noticeId }));
  ok(
    await finance.gql(`mutation($id: ID!, $r: String!) { respondToUrgeNotice(id: $id, response: $r) { id } }`, {
      id: noticeId,
      r: '专项资金已列入明年预算',
    }),
  );
  closedNoticeId = ok(
    await leader.gql<{ issueUrgeNotice: { id: string } }>(issue, { i: notice('market-supervision', '请说明滞后原因') }),
  ).issueUrgeNotice.id;
  ok(
    await leader.gql(`mutation($i: IssueInstructionInput!) { issueInstruction(input: $i) { id } }`, {
      i: { planCode: PLAN, subject: 'MEASURE', measureCode: 'P1.1', text: '请财政局尽快协调资金，月底前办结' },
    }),
  );
}, 120_000);
afterAll(() => app.close());

describe('the meeting brief (调度会材料)', () => {
  it('says what the 调度会 page and the cockpit say for the same day', async () => {
    const got = await download(leader, `/api/plans/${PLAN}/meeting-brief.docx?asOf=2025-12-08&since=2025-12-01`);
    expect(got.status, got.errors?.[0]?.message).toBe(200);
    expect(got.contentType).toContain('wordprocessingml');
    expect(got.fileName).toBe('调度会材料（2025-12-08）.docx');
    const api = ok(
      await leader.gql<{
        plan: {
          title: string;
          overview: { verdictCounts: Record<'red' | 'yellow' | 'blue' | 'green' | 'grey' | 'total', number> };
          measures: { code: string; kind: string; withdrawn: unknown; warning: { level: string } }[];
          urgeNotices: { id: string; state: string; overdue: boolean }[];
        };
      }>(
        `query($p: String!) { plan(code: $p) { title overview { verdictCounts { red yellow blue green grey total } }
          measures { code kind withdrawn { on } warning { level } } urgeNotices { id state overdue } } }`,
        { p: PLAN },
      ),
    ).plan;
    const { text, pdf, lines } = await read(got.body);
    await renderPage(pdf, `${SCREENSHOTS}/office-word-meeting-brief.png`);

    expect(lines).toContain('调度会材料');
    expect(lines).toContain(api.title);
    expect(lines).toContain('（截至二〇二五年十二月八日）');
    const c = api.overview.verdictCounts;
    expect(text).toContain(
      `红色 ${c.red} 项，黄色 ${c.yellow} 项，蓝色 ${c.blue} 项，绿色 ${c.green} 项，灰色 ${c.grey} 项，共 ${c.total} 项`,
    );
    const lagging = api.measures.filter(
      (m) => m.kind !== 'PROJECT' && !m.withdrawn && (m.warning.level === 'RED' || m.warning.level === 'YELLOW'),
    );
    expect(lagging.length).toBeGreaterThan(0);
    expect(lines).toContain(`二、滞后和存在风险的措施（${lagging.length} 项）`);
    expect(lines).toContain('（一）请区财政局协助（1 项）');
    expect(lines).toContain('区市场监督管理局（P1.1，2025-11）：需区财政局落实专项资金');
    const open = api.urgeNotices.filter((n) => n.state !== 'CLOSED');
    expect(lines).toContain(
      `四、督办事项（未办结 ${open.length} 件，逾期 ${open.filter((n) => n.overdue).length} 件）`,
    );
    expect(text).toContain('请说明滞后原因');
    expect(lines).toContain('五、上次调度会以来的领导批示（2025-12-01 以来，1 条）');
    expect(text).toContain('请财政局尽快协调资金，月底前办结');
    // The PDF LibreOffice lays out carries the same heading and page number.
    const printed = await pdfText(pdf);
    expect(printed).toContain('调度会材料');
    expect(printed).toMatch(/—\s*1\s*—/);
  }, 120_000);

  it('on a later meeting day counts the notice not answered by its reply date as overdue', async () => {
    const got = await download(leader, `/api/plans/${PLAN}/meeting-brief.docx?asOf=2025-12-12`);
    expect(got.status, got.errors?.[0]?.message).toBe(200);
    const { lines } = await read(got.body);
    // The finance notice was answered; the market-supervision one, due 2025-12-10, is overdue on the 12th.
    expect(lines.find((l) => l.startsWith('四、督办事项'))).toMatch(/逾期 1 件/);
  }, 120_000);

  it('lists the instructions the 调度会 page lists (Plan.meetingInstructions), in the same words and order', async () => {
    const SECTION = `query($p: String!, $asOf: String, $since: String) { plan(code: $p) {
      meetingInstructions(asOf: $asOf, since: $since) { asOf since instructions { issuedOn text
        issuedBy { displayName } measure { code title } addressees { code name } } } } }`;
    type Section = {
      plan: {
        meetingInstructions: {
          asOf: string;
          since: string;
          instructions: {
            issuedOn: string;
            text: string;
            issuedBy: { displayName: string } | null;
            measure: { code: string; title: string };
            addressees: { code: string; name: string }[];
          }[];
        };
      };
    };
    // A second instruction, on a measure finance has no part in: the leader's page lists both, finance's only its own.
    const measures = ok(
      await leader.gql<{
        plan: { measures: { code: string; kind: string; assignments: { department: { code: string } }[] }[] };
      }>(`query($p: String!) { plan(code: $p) { measures { code kind assignments { department { code } } } } }`, {
        p: PLAN,
      }),
    ).plan.measures;
    const other = measures.find(
      (m) =>
        m.kind === 'MEASURE' && m.assignments.length > 0 && !m.assignments.some((a) => a.department.code === 'finance'),
    );
    expect(other, 'a measure finance has no part in').toBeDefined();
    ok(
      await leader.gql(`mutation($i: IssueInstructionInput!) { issueInstruction(input: $i) { id } }`, {
        i: { planCode: PLAN, subject: 'MEASURE', measureCode: other!.code, text: '请加快推进，下次调度会汇报' },
      }),
    );
    // The brief's line for one instruction of the page's section.
    const asLine = (i: Section['plan']['meetingInstructions']['instructions'][number]) =>
      `${i.issuedOn}，${i.issuedBy?.displayName ?? ''}对 ${i.measure.code} ${i.measure.title}批示（致${i.addressees
        .map((d) => d.name)
        .join('、')}）：${i.text}`;
    for (const [client, count] of [
      [leader, 2],
      [finance, 1],
    ] as const) {
      const days = { asOf: '2025-12-08', since: '2025-12-01' };
      const section = ok(await client.gql<Section>(SECTION, { p: PLAN, ...days })).plan.meetingInstructions;
      expect(section).toMatchObject(days);
      expect(section.instructions).toHaveLength(count);
      expect(section.instructions[0]?.text).toBe('请财政局尽快协调资金，月底前办结');
      const got = await download(client, `/api/plans/${PLAN}/meeting-brief.docx?asOf=2025-12-08&since=2025-12-01`);
      expect(got.status, got.errors?.[0]?.message).toBe(200);
      const { lines } = await read(got.body);
      const heading = lines.findIndex((l) => l.startsWith('五、上次调度会以来的领导批示'));
      expect(lines[heading]).toBe(`五、上次调度会以来的领导批示（2025-12-01 以来，${count} 条）`);
      const listed = lines.slice(heading + 1).filter((l) => /^\d{4}-\d{2}-\d{2}，/.test(l));
      expect(listed).toEqual(section.instructions.map(asLine));
    }
    // Unasked, the last meeting is 30 days before the meeting day, as for the brief; a past day is refused alike.
    const defaults = ok(await leader.gql<Section>(SECTION, { p: PLAN })).plan.meetingInstructions;
    expect(defaults).toMatchObject({ asOf: '2025-12-08', since: '2025-11-08' });
    const past = await leader.gql<Section>(SECTION, { p: PLAN, asOf: '2025-11-01' });
    expect(past.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf', detail: 'PAST_DATE' });
    // Two LibreOffice conversions: on a loaded machine each can take a minute.
  }, 240_000);

  it('is refused for a past day, which the record cannot rebuild, saying why', async () => {
    const got = await download(leader, `/api/plans/${PLAN}/meeting-brief.docx?asOf=2025-11-01`);
    expect(got.status).toBe(400);
    expect(got.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf', detail: 'PAST_DATE' });
  });
});

describe('the problems needing coordination (需协调事项)', () => {
  const GROUPS = `query($p: String!, $project: String, $department: String) { plan(code: $p) {
    problemGroups(project: $project, department: $department) { to { code name } problems { text period
      measure { code } raisedBy { code name } } } } }`;
  type Groups = {
    plan: {
      problemGroups: {
        to: { code: string; name: string } | null;
        problems: { text: string; period: string; measure: { code: string }; raisedBy: { code: string } }[];
      }[];
    };
  };

  it('are grouped on the server, for the 调度会 page and the brief alike, by the unit the text asks to help', async () => {
    const all = ok(await leader.gql<Groups>(GROUPS, { p: PLAN })).plan.problemGroups;
    expect(all).toEqual([
      {
        to: { code: 'finance', name: '区财政局' },
        problems: [
          {
            text: '需区财政局落实专项资金',
            period: '2025-11',
            measure: { code: 'P1.1' },
            raisedBy: { code: 'market-supervision', name: '区市场监督管理局' },
          },
        ],
      },
    ]);
    // The page's filters narrow the measures first: a unit holding P1.1 keeps it, another project has none.
    expect(ok(await leader.gql<Groups>(GROUPS, { p: PLAN, department: 'finance' })).plan.problemGroups).toEqual(all);
    expect(ok(await leader.gql<Groups>(GROUPS, { p: PLAN, project: 'P2' })).plan.problemGroups).toEqual([]);
  });
});

describe('the circular (通报)', () => {
  it('ranks the units as the 考核 page does, with each part’s points, praise and lateness, and the 文号', async () => {
    const docNumber = '博知领办〔2025〕9号';
    const got = await download(
      leader,
      `/api/plans/${PLAN}/circular.docx?period=2025&docNumber=${encodeURIComponent(docNumber)}`,
    );
    expect(got.status, got.errors?.[0]?.message).toBe(200);
    const api = ok(
      await leader.gql<{
        departmentAssessment: {
          rows: {
            rankText: string;
            rank: number | null;
            score: number | null;
            department: { name: string };
            parts: { name: string; points: number | null }[];
            reporting: { late: number; missing: number };
          }[];
        };
      }>(
        `query($p: String!) { departmentAssessment(planCode: $p, period: "2025") { rows { rankText rank score
          department { name } parts { name points } reporting { late missing } } } }`,
        { p: PLAN },
      ),
    ).departmentAssessment;
    expect(api.rows.length).toBeGreaterThan(3);
    const { lines, pdf } = await read(got.body);
    await renderPage(pdf, `${SCREENSHOTS}/office-word-circular.png`);

    expect(lines).toContain(docNumber);
    expect(lines.some((l) => /^关于2025年度.+考核情况的通报$/.test(l))).toBe(true);
    expect(lines).toContain('各有关单位：');
    // 四、各单位得分情况: one subheading per unit, in the API's order, with its rank and score.
    const ranked = lines
      .map((l) => /^（[一二三四五六七八九十]+）(.+)（((?:并列)?第 \d+|不参加排名)(?:，([\d.]+) 分)?）$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1], m[2], m[3] === undefined ? null : Number(m[3])]);
    expect(ranked).toEqual(api.rows.map((r) => [r.department.name, r.rankText, r.score]));
    // Each part's points, under its unit.
    const first = api.rows[0]!;
    const at = lines.findIndex((l) => l.startsWith(`（一）${first.department.name}`));
    for (const [i, part] of first.parts.entries()) {
      expect(lines[at + 1 + i]).toMatch(
        new RegExp(`^${part.name}${part.points === null ? '（不适用）' : ` ${part.points} 分`}：`),
      );
    }
    const praised = api.rows.filter((r) => r.rank !== null && r.rank <= 3).map((r) => r.department.name);
    expect(lines).toContain(`${praised.join('、')}考核排名前列，予以通报表扬。`);
    const late = api.rows.filter((r) => r.reporting.late + r.reporting.missing > 0);
    for (const row of late) {
      expect(lines.some((l) => l.startsWith(`${row.department.name}：应报 `))).toBe(true);
    }
    expect(lines.filter((l) => /^.+：应报 \d+ 期，逾期 \d+ 期，未报 \d+ 期。$/.test(l))).toHaveLength(late.length);
    expect(lines).toContain('二〇二五年十二月八日');
  }, 120_000);

  it('is refused to a department’s clerk, who sees only its own row of the ranking', async () => {
    const got = await download(finance, `/api/plans/${PLAN}/circular.docx?period=2025`);
    expect(got.status).toBe(403);
    expect(got.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', detail: 'OTHER_DEPARTMENT' });
    // The 考核 page offers 下载通报 by the same rule (Assessment.viewerCan), to those who see every row.
    const CAN = `query($p: String!) { departmentAssessment(planCode: $p, period: "2025") { viewerCan { downloadCircular } } }`;
    type Can = { departmentAssessment: { viewerCan: { downloadCircular: boolean } } };
    for (const [client, may] of [
      [finance, false],
      [leader, true],
      [viewer, true],
    ] as const) {
      expect(ok(await client.gql<Can>(CAN, { p: PLAN })).departmentAssessment.viewerCan.downloadCircular).toBe(may);
    }
  });
});

describe('the urging notice (督办单)', () => {
  it('is the form with its number, level, measure, unit, reply date and every step taken', async () => {
    const got = await download(viewer, `/api/urge-notices/${noticeId}/notice.docx`);
    expect(got.status, got.errors?.[0]?.message).toBe(200);
    expect(got.fileName).toBe(`督办〔2025〕${noticeId}号.docx`);
    const { lines, pdf } = await read(got.body);
    await renderPage(pdf, `${SCREENSHOTS}/office-word-urge-notice.png`);
    expect(lines).toContain('督 办 单');
    expect(lines).toContain(`编号：督办〔2025〕${noticeId}号`);
    const field = (label: string) => lines[lines.indexOf(label) + 1];
    expect(field('督办级别')).toBe('催办');
    expect(field('措施')).toMatch(/^P1\.1 /);
    expect(field('责任单位')).toBe('区财政局');
    expect(field('督办事项')).toBe('请落实专项资金并反馈');
    expect(field('反馈期限')).toBe('2025-12-10');
    expect(field('办理状态')).toBe('已反馈');
    expect(field('反馈情况')).toBe('专项资金已列入明年预算');
    const history = lines.slice(lines.indexOf('办理过程'));
    const steps = history.filter((l) => ['下发', '签收', '反馈', '办结', '退回'].includes(l));
    expect(steps).toEqual(['下发', '签收', '反馈']);
    // Each step at the time the service recorded it (the rules' clock).
    expect(history).toContain('2025-12-08 09:00');
  }, 120_000);
});

describe('who may download them', () => {
  const paths = () => [
    `/api/plans/${PLAN}/meeting-brief.docx`,
    `/api/plans/${PLAN}/circular.docx?period=2025`,
    `/api/urge-notices/${closedNoticeId}/notice.docx`,
  ];

  it('nobody signed in: 401', async () => {
    for (const path of paths()) expect((await download(null, path)).status, path).toBe(401);
  });

  it('the readers of each screen: 200 (a clerk: the brief and the notice, as the 调度会 and 督办 pages show them)', async () => {
    for (const path of paths()) expect((await download(leader, path)).status, path).toBe(200);
    for (const path of paths()) expect((await download(viewer, path)).status, path).toBe(200);
    const [brief, circular, notice] = paths();
    expect((await download(finance, brief!)).status).toBe(200);
    expect((await download(finance, notice!)).status).toBe(200);
    expect((await download(finance, circular!)).status).toBe(403);
  }, 120_000);

  it('a notice or plan that does not exist: 404', async () => {
    expect((await download(leader, '/api/urge-notices/999999/notice.docx')).status).toBe(404);
    expect((await download(leader, '/api/plans/no-such-plan/meeting-brief.docx')).status).toBe(404);
    expect((await download(leader, '/api/plans/no-such-plan/circular.docx')).status).toBe(404);
  });
});
