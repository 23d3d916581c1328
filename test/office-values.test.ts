// exceljs is the server's dependency; the test package reads it from there (no new entry in the lockfile).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from '../server/node_modules/exceljs';
import { importPlan, type PlanSeed } from '../server/src/seed';
import { ManualClock } from '../server/src/shared/clock';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';
import { type LiveSubscription, subscribeLive } from './kit/live';
import { convertWithLibreOffice, type Download, office, pdfText, renderPage } from './kit/office';
import { databaseFingerprint } from './kit/sql';

/**
 * Values from Excel (issue 16, points 5 and 6): a plan for 2024–2025 in which 区财政局 leads M1 and reports two
 * indicators, 区商务局 leads M2 and reports one. It is 2025-03-10: the departments download their fill-in templates,
 * fill them in as a clerk would (here with exceljs), and upload them; the office enters a department's history.
 */
const PLAN = 'values-workbook-2024';
const OTHER_PLAN = 'values-workbook-other';
const measure = (code: string, departmentCode: string) => ({
  code,
  kind: 'MEASURE' as const,
  goalCode: 'G1',
  title: `措施 ${code}`,
  description: null,
  assignments: [{ departmentCode, role: 'LEAD' as const }],
});
const indicator = (code: string, departmentCode: string, name: string, target: number) => ({
  code,
  goalCode: 'G1',
  departmentCode,
  name,
  unit: '件',
  baseline: null,
  baselineYear: null,
  target,
  targetDate: '2025-12-31' as const,
  direction: 'INCREASE' as const,
  targetKind: 'NUMERIC' as const,
  targetText: `达到 ${target} 件`,
});
const seedOf = (code: string): PlanSeed => ({
  code,
  title: '填报表测试方案（2024—2025年）',
  issuer: '博山区人民政府',
  docNumber: null,
  issuedOn: '2024-01-01',
  startsOn: '2024-01-01',
  endsOn: '2025-12-31',
  summary: null,
  leadingGroupCode: 'leadership-group',
  goals: [{ code: 'G1', title: '目标', description: '目标' }],
  measures: [measure('M1', 'finance'), measure('M2', 'commerce')],
  indicators: [
    indicator('patents', 'finance', '发明专利拥有量', 900),
    indicator('pledges', 'finance', '知识产权质押融资笔数', 40),
    indicator('trade', 'commerce', '商标注册量', 500),
  ],
});

const clock = new ManualClock('2025-03-10T10:00:00+08:00');
let app: TestApp;
let finance: ApiClient;
let commerce: ApiClient;
let leader: ApiClient;
let viewer: ApiClient;
const open: LiveSubscription<unknown>[] = [];

const VALUES = `query($plan: String!) { plan(code: $plan) {
  indicators { code observations(first: 100) { value asOf note } }
  measures { code reports(first: 100) { period status percentComplete summary problems reportedOn backfilled department { code } } }
} }`;
interface Values {
  plan: {
    indicators: { code: string; observations: { value: number; asOf: string; note: string | null }[] }[];
    measures: {
      code: string;
      reports: {
        period: string;
        status: string;
        percentComplete: number;
        summary: string;
        problems: string | null;
        reportedOn: string;
        backfilled: boolean;
        department: { code: string };
      }[];
    }[];
  };
}
async function values(): Promise<Values['plan']> {
  const result = await leader.gql<Values>(VALUES, { plan: PLAN });
  expect(result.errors).toBeUndefined();
  return result.data!.plan;
}
const observationsOf = async (code: string) => (await values()).indicators.find((i) => i.code === code)!.observations;
const reportsOf = async (code: string) => (await values()).measures.find((m) => m.code === code)!.reports;

const fingerprint = () => databaseFingerprint(app.database.db, ['sessions', 'users']);

async function workbookOf(download: Download): Promise<ExcelJS.Workbook> {
  expect(download.status, download.errors ? JSON.stringify(download.errors) : '').toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(download.body as unknown as ArrayBuffer);
  return book;
}
const bytesOf = async (book: ExcelJS.Workbook) => new Uint8Array(await book.xlsx.writeBuffer());

/** The row of a sheet whose first cells (the keys) are `keys`. */
function rowWith(sheet: ExcelJS.Worksheet, ...keys: (string | number)[]): ExcelJS.Row {
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (keys.every((key, i) => row.getCell(i + 1).value === key)) return row;
  }
  throw new Error(`no row with keys ${keys.join(', ')} in ${sheet.name}`);
}
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Each refusal as [sheet, row, column, detail], and its message. */
const places = (download: Download) =>
  (download.errors ?? []).map((e) => [e.extensions.sheet, e.extensions.row, e.extensions.column, e.extensions.detail]);

beforeAll(async () => {
  app = await startTestApp({ clock, superviseEveryMs: 3_600_000 });
  await importPlan(app.database.db, seedOf(PLAN));
  await importPlan(app.database.db, seedOf(OTHER_PLAN));
  [finance, commerce, leader, viewer] = await Promise.all([
    app.as('finance'),
    app.as('commerce'),
    app.as('leader'),
    app.as('viewer'),
  ]);
}, 120_000);
afterAll(async () => {
  await Promise.all(open.map((s) => s.close()));
  await app.close();
});

describe('indicator values: indicator × year', () => {
  it('gives a department a template of its own numeric indicators per year, which LibreOffice reads', async () => {
    const download = await office(app, finance, `/api/plans/${PLAN}/indicator-values-template.xlsx`);
    expect(download.fileName).toBe(`${PLAN}-指标数值填报模板.xlsx`);
    const sheet = (await workbookOf(download)).getWorksheet('指标数值')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '指标编码',
      '年度',
      '指标名称',
      '单位',
      '目标值',
      '数值',
      '截至日期',
      '来源或备注',
    ]);
    expect(sheet.getColumn(1).hidden).toBe(true);
    const keys = [];
    for (let r = 2; r <= sheet.rowCount; r++) keys.push([sheet.getCell(r, 1).value, sheet.getCell(r, 2).value]);
    expect(keys).toEqual([
      ['patents', 2024],
      ['patents', 2025],
      ['pledges', 2024],
      ['pledges', 2025],
    ]);
    // A year not over yet is dated today; a past year its last day.
    expect(rowWith(sheet, 'patents', 2024).getCell(7).value).toEqual(day('2024-12-31'));
    expect(rowWith(sheet, 'patents', 2025).getCell(7).value).toEqual(day('2025-03-10'));

    const csv = (
      await convertWithLibreOffice(download.body, 'xlsx', 'csv:Text - txt - csv (StarCalc):44,34,76')
    ).toString('utf8');
    expect(csv.split('\n')[0]).toContain('指标编码,年度,指标名称,单位,目标值,数值,截至日期,来源或备注');
    expect(csv).toContain('patents,2024,发明专利拥有量,件,900,,2024-12-31');
    // As printed: the hidden code column is not shown, the names and dates are.
    const pdf = await convertWithLibreOffice(download.body, 'xlsx', 'pdf');
    const printed = await pdfText(pdf);
    expect(printed).toMatch(/年度\s+指标名称\s+单位\s+目标值\s+数值\s+截至日期/);
    expect(printed).toContain('知识产权质押融资笔数');
    expect(printed).not.toContain('patents');
    await renderPage(pdf, 'test-results/screenshots/office-values-indicator-template.png');
  });

  it('records the filled values, one event each, seen live; the next template carries them; a re-upload writes nothing', async () => {
    const download = await office(app, finance, `/api/plans/${PLAN}/indicator-values-template.xlsx`);
    const book = await workbookOf(download);
    const sheet = book.getWorksheet('指标数值')!;
    rowWith(sheet, 'patents', 2024).getCell(6).value = 812;
    rowWith(sheet, 'patents', 2024).getCell(8).value = '区市场监管局年报';
    rowWith(sheet, 'pledges', 2024).getCell(6).value = 31;
    const filled = await bytesOf(book);

    const live = await subscribeLive<{ planEvents: { type: string; indicator: { code: string } | null } }>({
      server: app.server,
      wsUrl: app.wsUrl,
      token: finance.token,
      query: `subscription($plan: String!) { planEvents(planCode: $plan) { type indicator { code } } }`,
      variables: { plan: PLAN },
    });
    open.push(live);
    const uploaded = await office(app, finance, `/api/plans/${PLAN}/indicator-values.xlsx`, filled);
    expect(uploaded.status, uploaded.body.toString()).toBe(200);
    expect(JSON.parse(uploaded.body.toString())).toEqual({ ok: true, rows: 2, written: 2, unchanged: 0 });
    await live.until(2);
    expect(live.received.map((r) => [r.planEvents.type, r.planEvents.indicator?.code])).toEqual([
      ['INDICATOR_VALUE_RECORDED', 'patents'],
      ['INDICATOR_VALUE_RECORDED', 'pledges'],
    ]);
    expect(await observationsOf('patents')).toEqual([{ value: 812, asOf: '2024-12-31', note: '区市场监管局年报' }]);
    expect(await observationsOf('pledges')).toEqual([{ value: 31, asOf: '2024-12-31', note: null }]);

    const before = await fingerprint();
    const again = await office(app, finance, `/api/plans/${PLAN}/indicator-values.xlsx`, filled);
    expect(JSON.parse(again.body.toString())).toEqual({ ok: true, rows: 2, written: 0, unchanged: 2 });
    // The next template is pre-filled with what is known, and uploading it untouched writes nothing either.
    const next = await office(app, finance, `/api/plans/${PLAN}/indicator-values-template.xlsx`);
    const nextSheet = (await workbookOf(next)).getWorksheet('指标数值')!;
    expect(rowWith(nextSheet, 'patents', 2024).getCell(6).value).toBe(812);
    const untouched = await office(app, finance, `/api/plans/${PLAN}/indicator-values.xlsx`, next.body);
    expect(JSON.parse(untouched.body.toString())).toMatchObject({ written: 0, unchanged: 2 });
    expect(await fingerprint()).toEqual(before);
  });

  it('refuses another department’s indicator row, a date typed as text and a date outside its year, writing nothing', async () => {
    const book = await workbookOf(await office(app, finance, `/api/plans/${PLAN}/indicator-values-template.xlsx`));
    const sheet = book.getWorksheet('指标数值')!;
    const patents = rowWith(sheet, 'patents', 2025);
    patents.getCell(6).value = 820;
    patents.getCell(7).value = '2025/3/1';
    const pledges = rowWith(sheet, 'pledges', 2025);
    pledges.getCell(6).value = 33;
    pledges.getCell(7).value = day('2024-06-30');
    const stolen = rowWith(sheet, 'pledges', 2024);
    stolen.getCell(1).value = 'trade';
    stolen.getCell(6).value = 400;
    const before = await fingerprint();
    const refused = await office(app, finance, `/api/plans/${PLAN}/indicator-values.xlsx`, await bytesOf(book));
    expect(refused.status).toBe(400);
    expect(places(refused)).toEqual([['指标数值', patents.number, 'G', 'DATE_AS_TEXT']]);
    // Once the date is a date, the rows are checked as the API checks them.
    patents.getCell(7).value = day('2025-03-01');
    const rows = await office(app, finance, `/api/plans/${PLAN}/indicator-values.xlsx`, await bytesOf(book));
    expect(rows.status).toBe(400);
    expect(places(rows)).toEqual([
      ['指标数值', stolen.number, 'A', 'OTHER_DEPARTMENT'],
      ['指标数值', pledges.number, 'G', 'WRONG_YEAR'],
    ]);
    expect(rows.errors?.[0]?.message).toBe(
      `工作表「指标数值」第 ${stolen.number} 行 A 列（指标编码）：指标「商标注册量」不由本部门填报`,
    );
    expect(await fingerprint()).toEqual(before);
  });
});

describe('progress: measure × period', () => {
  it('gives a department its led measures per period, and files the filled rows as reports, once', async () => {
    const download = await office(app, finance, `/api/plans/${PLAN}/progress-template.xlsx`);
    expect(download.fileName).toBe(`${PLAN}-区财政局-进度填报模板.xlsx`);
    const book = await workbookOf(download);
    const sheet = book.getWorksheet('进度填报')!;
    // M1, monthly from 2024-01 to this month: 15 periods; nothing of M2 (区商务局's).
    expect(sheet.rowCount).toBe(1 + 15);
    expect(sheet.getRow(2).values).toEqual([undefined, 'M1', 'finance', '2024-01', 'M1 措施 M1']);
    expect(sheet.getCell('E2').dataValidation).toMatchObject({ type: 'list' });
    const fill = (period: string, status: string, percent: number, summary: string, problems?: string) => {
      const row = rowWith(sheet, 'M1', 'finance', period);
      row.getCell(5).value = status;
      row.getCell(6).value = percent;
      row.getCell(7).value = summary;
      if (problems) row.getCell(8).value = problems;
    };
    fill('2025-01', '正常推进', 20, '完成宣传周方案');
    fill('2025-02', '存在风险', 30, '场地未落实', '需区文旅局协调场地');

    const before = await reportsOf('M1');
    const uploaded = await office(app, finance, `/api/plans/${PLAN}/progress.xlsx`, await bytesOf(book));
    expect(uploaded.status, uploaded.body.toString()).toBe(200);
    expect(JSON.parse(uploaded.body.toString())).toEqual({ ok: true, rows: 2, written: 2, unchanged: 0 });
    const reports = await reportsOf('M1');
    expect(reports.length - before.length).toBe(2);
    expect(reports.map((r) => [r.period, r.status, r.percentComplete, r.summary, r.problems, r.backfilled])).toEqual([
      ['2025-02', 'AT_RISK', 30, '场地未落实', '需区文旅局协调场地', false],
      ['2025-01', 'ON_TRACK', 20, '完成宣传周方案', null, false],
    ]);

    const snapshot = await fingerprint();
    const again = await office(app, finance, `/api/plans/${PLAN}/progress.xlsx`, await bytesOf(book));
    expect(JSON.parse(again.body.toString())).toEqual({ ok: true, rows: 2, written: 0, unchanged: 2 });
    expect(await fingerprint()).toEqual(snapshot);
  });

  it('answers a template with three bad rows with three precise errors and writes nothing', async () => {
    const book = await workbookOf(await office(app, finance, `/api/plans/${PLAN}/progress-template.xlsx`));
    const sheet = book.getWorksheet('进度填报')!;
    const good = rowWith(sheet, 'M1', 'finance', '2024-03');
    good.getCell(5).value = '正常推进';
    good.getCell(6).value = 10;
    good.getCell(7).value = '启动调研';
    const words = rowWith(sheet, 'M1', 'finance', '2024-04');
    words.getCell(5).value = '正常推进';
    words.getCell(6).value = '五十';
    words.getCell(7).value = '推进中';
    const done = rowWith(sheet, 'M1', 'finance', '2024-05');
    done.getCell(5).value = '已完成';
    done.getCell(6).value = 60;
    done.getCell(7).value = '基本完成';
    const empty = rowWith(sheet, 'M1', 'finance', '2024-06');
    empty.getCell(5).value = '滞后';
    empty.getCell(6).value = 40;
    const before = await fingerprint();
    const refused = await office(app, finance, `/api/plans/${PLAN}/progress.xlsx`, await bytesOf(book));
    expect(refused.status).toBe(400);
    // The cell problem first (read before any row is checked), then each row as the API checks it.
    expect(places(refused)).toEqual([['进度填报', words.number, 'F', 'NOT_A_NUMBER']]);
    words.getCell(6).value = 150;
    const three = await office(app, finance, `/api/plans/${PLAN}/progress.xlsx`, await bytesOf(book));
    expect(three.status).toBe(400);
    expect(places(three)).toEqual([
      ['进度填报', words.number, 'F', 'PERCENT_RANGE'],
      ['进度填报', done.number, 'F', 'COMPLETED_NOT_100'],
      ['进度填报', empty.number, 'G', 'REQUIRED'],
    ]);
    expect(three.errors!.map((e) => e.message)).toEqual([
      `工作表「进度填报」第 ${words.number} 行 F 列（完成百分比）：完成百分比须为 0 至 100 的整数`,
      `工作表「进度填报」第 ${done.number} 行 F 列（完成百分比）：状态为“已完成”时完成百分比须为 100`,
      `工作表「进度填报」第 ${empty.number} 行 G 列（工作进展）：不能为空`,
    ]);
    expect(three.errors!.every((e) => e.extensions.code === 'BAD_USER_INPUT')).toBe(true);
    expect(await fingerprint()).toEqual(before);
  });

  it('lets the plan office enter a department’s history with the original dates (办公室补录)', async () => {
    const book = await workbookOf(
      await office(app, leader, `/api/plans/${PLAN}/progress-template.xlsx?departmentCode=commerce`),
    );
    const sheet = book.getWorksheet('进度填报')!;
    const row = rowWith(sheet, 'M2', 'commerce', '2024-06');
    row.getCell(5).value = '正常推进';
    row.getCell(6).value = 50;
    row.getCell(7).value = '按台账补录';
    const missing = await office(app, leader, `/api/plans/${PLAN}/progress.xlsx`, await bytesOf(book));
    expect(places(missing)).toEqual([['进度填报', row.number, 'I', 'REQUIRED']]);
    row.getCell(9).value = day('2024-07-04');
    const uploaded = await office(app, leader, `/api/plans/${PLAN}/progress.xlsx`, await bytesOf(book));
    expect(uploaded.status, uploaded.body.toString()).toBe(200);
    const [report] = await reportsOf('M2');
    expect(report).toMatchObject({ period: '2024-06', reportedOn: '2024-07-04', backfilled: true });
    // A department may not give an original date: that is the office's.
    const own = await workbookOf(await office(app, commerce, `/api/plans/${PLAN}/progress-template.xlsx`));
    const ownRow = rowWith(own.getWorksheet('进度填报')!, 'M2', 'commerce', '2024-07');
    ownRow.getCell(5).value = '正常推进';
    ownRow.getCell(6).value = 55;
    ownRow.getCell(7).value = '继续推进';
    ownRow.getCell(9).value = day('2024-08-02');
    const refused = await office(app, commerce, `/api/plans/${PLAN}/progress.xlsx`, await bytesOf(own));
    expect(places(refused)).toEqual([['进度填报', ownRow.number, 'I', 'OFFICE_ONLY']]);
  });
});

describe('bad files: each refused with its place, nothing written', () => {
  async function filledProgress() {
    const book = await workbookOf(await office(app, finance, `/api/plans/${PLAN}/progress-template.xlsx`));
    const sheet = book.getWorksheet('进度填报')!;
    const row = rowWith(sheet, 'M1', 'finance', '2024-08');
    row.getCell(5).value = '正常推进';
    row.getCell(6).value = 45;
    row.getCell(7).value = '持续推进';
    return { book, sheet, row };
  }

  it('refuses each wrong file with a message naming sheet, row and column', async () => {
    const before = await fingerprint();
    const upload = (bytes: Uint8Array, client = finance, plan = PLAN) =>
      office(app, client, `/api/plans/${plan}/progress.xlsx`, bytes);

    const header = await filledProgress();
    header.sheet.getCell('G1').value = '进展情况';
    const changed = await upload(await bytesOf(header.book));
    expect(places(changed)).toEqual([['进度填报', 1, 'G', 'HEADER_CHANGED']]);
    expect(changed.errors?.[0]?.message).toBe(
      '工作表「进度填报」第 1 行 G 列（工作进展）：表头应为「工作进展」，实为「进展情况」；请勿增删、移动或改名列',
    );

    const merged = await filledProgress();
    merged.sheet.unprotect();
    merged.sheet.mergeCells(`G${merged.row.number}:H${merged.row.number}`);
    expect(places(await upload(await bytesOf(merged.book)))).toEqual([
      ['进度填报', merged.row.number, 'G', 'MERGED_CELLS'],
    ]);

    const formula = await filledProgress();
    formula.row.getCell(6).value = { formula: '40+5', result: 45 };
    expect(places(await upload(await bytesOf(formula.book)))).toEqual([
      ['进度填报', formula.row.number, 'F', 'FORMULA'],
    ]);

    const otherPlan = await workbookOf(await office(app, finance, `/api/plans/${OTHER_PLAN}/progress-template.xlsx`));
    const wrongPlan = await upload(await bytesOf(otherPlan));
    expect(places(wrongPlan)).toEqual([['模板信息', 1, 'C', 'WRONG_PLAN']]);
    expect(wrongPlan.errors?.[0]?.message).toContain(`该模板属于方案「${OTHER_PLAN}」`);

    const indicatorTemplate = await office(app, finance, `/api/plans/${PLAN}/indicator-values-template.xlsx`);
    expect(places(await upload(indicatorTemplate.body))).toEqual([['模板信息', 1, 'B', 'WRONG_TEMPLATE_KIND']]);

    const foreign = new ExcelJS.Workbook();
    foreign.addWorksheet('Sheet1').addRow(['措施', '进展']);
    expect(places(await upload(await bytesOf(foreign)))).toEqual([['模板信息', 1, 'A', 'NOT_A_TEMPLATE']]);

    const good = await bytesOf((await filledProgress()).book);
    const damaged = await upload(good.slice(0, Math.floor(good.length / 2)));
    expect(damaged.status).toBe(400);
    expect(places(damaged)).toEqual([[null, null, null, 'DAMAGED_FILE']]);
    expect(damaged.errors?.[0]?.message).toMatch(/文件已损坏/);

    const huge = await upload(new Uint8Array(10 * 1024 * 1024 + 1));
    expect(huge.status).toBe(413);
    expect(huge.errors?.[0]?.extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', field: 'file' });
    expect(huge.errors?.[0]?.extensions?.reason).toContain('10 MB');

    expect(await fingerprint()).toEqual(before);
  });
});

describe('access to the templates and uploads', () => {
  const routes = [
    ['GET', `/api/plans/${PLAN}/indicator-values-template.xlsx`],
    ['POST', `/api/plans/${PLAN}/indicator-values.xlsx`],
    ['GET', `/api/plans/${PLAN}/progress-template.xlsx?departmentCode=finance`],
    ['POST', `/api/plans/${PLAN}/progress.xlsx`],
  ] as const;

  it('asks an anonymous reader to sign in, and refuses the meeting-room screen', async () => {
    const template = (await office(app, finance, `/api/plans/${PLAN}/progress-template.xlsx`)).body;
    for (const [method, path] of routes) {
      const body = method === 'POST' ? template : undefined;
      expect((await office(app, app.anonymous, path, body)).status, `${method} ${path}`).toBe(401);
      expect((await office(app, viewer, path, body)).status, `${method} ${path}`).toBe(403);
    }
  });

  it('keeps a department to its own measures: another department’s template or upload is 403', async () => {
    const other = await office(app, finance, `/api/plans/${PLAN}/progress-template.xlsx?departmentCode=commerce`);
    expect(other.status).toBe(403);
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const commerceTemplate = await office(app, commerce, `/api/plans/${PLAN}/progress-template.xlsx`);
    expect(commerceTemplate.status).toBe(200);
    const before = await fingerprint();
    expect((await office(app, finance, `/api/plans/${PLAN}/progress.xlsx`, commerceTemplate.body)).status).toBe(403);
    expect(await fingerprint()).toEqual(before);
    // The office may download any department's template (and enter its history, above).
    expect((await office(app, leader, `/api/plans/${PLAN}/progress-template.xlsx?departmentCode=finance`)).status).toBe(
      200,
    );
  });
});
