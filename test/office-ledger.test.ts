import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATOR_VALUE_HEADERS, MEASURE_LEDGER_HEADERS } from '../server/src/modules/ledger';
import { ManualClock } from '../server/src/shared/clock';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';
import { convertWithLibreOffice, type Download, office, pdfText, renderPage } from './kit/office';

// exceljs is the server's dependency: read the files back with it from there (the test package adds none).
const ExcelJS = createRequire(path.resolve(import.meta.dirname, '../server/package.json'))(
  'exceljs',
) as typeof import('../server/node_modules/exceljs');

const run = promisify(execFile);
const PLAN = 'boshan-ip-2022-2025';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const clock = new ManualClock('2025-07-01T10:00:00+08:00');
/** The screens' tones (web/src/ui/status.ts), as ARGB fills. */
const FILL = { RED: 'FFD4380D', YELLOW: 'FFD48806', BLUE: 'FF1677FF', GREEN: 'FF389E0D', GREY: 'FF8C8C8C' } as const;

const SUBMIT = `mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }`;
const BACKFILL = `mutation($i: BackfillProgressReportInput!) { backfillProgressReport(input: $i) { id } }`;
const RECORD = `mutation($i: RecordIndicatorValueInput!) { recordIndicatorValue(input: $i) { id } }`;

interface ApiReport {
  period: string;
  status: string;
  percentComplete: number;
  summary: string;
  problems: string | null;
  reportedOn: string;
  withdrawn: boolean;
  department: { name: string };
  evidence: { title: string; url: string }[];
}
interface ApiMeasure {
  code: string;
  title: string;
  kind: string;
  children: { code: string }[];
  parent: { code: string } | null;
  verdict: { level: keyof typeof FILL; label: string; reason: string };
  progress: { percent: number };
  reporting: { overdue: { period: string; dueOn: string }[] } | null;
  reports: ApiReport[];
}

const PLAN_QUERY = `query($p: String!) { plan(code: $p) {
  title docNumber today expectedProgress progress { percent }
  overview { verdictCounts { red yellow blue green grey } overdue }
  measures {
    code title kind children { code } parent { code }
    verdict { level label reason } progress { percent } reporting { overdue { period dueOn } }
    reports(first: 100) {
      period status percentComplete summary problems reportedOn withdrawn department { name } evidence { title url }
    }
  }
} }`;

const STATUS_LABEL: Record<string, string> = {
  ON_TRACK: '正常推进',
  AT_RISK: '存在风险',
  DELAYED: '滞后',
  COMPLETED: '已完成',
  NOT_STARTED: '未启动',
};

let app: TestApp;
let leader: ApiClient;
let ms: ApiClient;
let finance: ApiClient;
let court: ApiClient;
let town: ApiClient;

async function must(client: ApiClient, query: string, variables: Record<string, unknown>) {
  const result = await client.gql(query, variables);
  expect(result.errors, query.slice(0, 60)).toBeUndefined();
  return result.data!;
}

const report = (measureCode: string, departmentCode: string, period: string, extra: Record<string, unknown>) => ({
  planCode: PLAN,
  measureCode,
  departmentCode,
  period,
  status: 'ON_TRACK',
  percentComplete: 40,
  summary: `${measureCode} ${period} 工作进展`,
  ...extra,
});

/** A CSV as LibreOffice writes it (quoted fields, doubled quotes, line breaks inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/**
 * Every sheet of an .xlsx as LibreOffice reads it, as CSV rows by sheet name. LibreOffice (≥ 7.2) writes each sheet to
 * `input-<sheet name>.csv` when asked for all (-1), so this runs it itself rather than through the kit's one-file
 * `convertWithLibreOffice`. Converted once per file: a conversion takes seconds.
 */
const converted = new WeakMap<Buffer, Promise<Map<string, string[][]>>>();
function sheetsCsv(file: Buffer): Promise<Map<string, string[][]>> {
  let sheets = converted.get(file);
  if (!sheets) {
    sheets = convertSheets(file);
    converted.set(file, sheets);
  }
  return sheets;
}

async function convertSheets(file: Buffer): Promise<Map<string, string[][]>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-ledger-'));
  try {
    fs.writeFileSync(path.join(dir, 'input.xlsx'), file);
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1',
        '--outdir',
        dir,
        path.join(dir, 'input.xlsx'),
      ],
      { timeout: 180_000 },
    );
    const sheets = new Map<string, string[][]>();
    for (const name of fs.readdirSync(dir)) {
      const found = /^input-(.+)\.csv$/.exec(name);
      if (found) sheets.set(found[1]!, parseCsv(fs.readFileSync(path.join(dir, name), 'utf8')));
    }
    if (sheets.size === 0) throw new Error('LibreOffice wrote no CSV');
    return sheets;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** One sheet (by its name) as LibreOffice reads it. */
async function sheetCsv(file: Buffer, name: string): Promise<string[][]> {
  const sheets = await sheetsCsv(file);
  const rows = sheets.get(name);
  if (!rows) throw new Error(`no sheet 「${name}」 in ${[...sheets.keys()].join('、')}`);
  return rows;
}

async function download(client: ApiClient | null, route: string): Promise<Download> {
  return office(app, client, route);
}

async function workbook(body: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  return book;
}

/** The rows the plan ledger must hold for a leaf measure, from the API: its standing reports and its overdue periods. */
function expectedRows(measure: ApiMeasure): string[][] {
  const newest = new Map<string, ApiReport>();
  for (const r of measure.reports.filter((r) => !r.withdrawn)) {
    const key = `${r.period}|${r.department.name}`;
    if (!newest.has(key)) newest.set(key, r);
  }
  const rows = [...newest.values()].map((r) => [
    r.period,
    r.department.name,
    STATUS_LABEL[r.status]!,
    String(r.percentComplete),
    r.summary,
    r.problems ?? '',
    r.reportedOn,
  ]);
  for (const o of measure.reporting?.overdue ?? []) rows.push([o.period, '', '逾期未报', '', '', '', '']);
  return rows.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

const col = (header: string) => MEASURE_LEDGER_HEADERS.indexOf(header);

beforeAll(async () => {
  app = await startTestApp({ clock });
  [leader, ms, finance, court, town] = await Promise.all([
    app.as('leader'),
    app.as('market-supervision'),
    app.as('finance'),
    app.as('court'),
    app.as('yucheng-town'),
  ]);
  await must(ms, SUBMIT, {
    i: report('P1.1', 'market-supervision', '2025-05', {
      percentComplete: 50,
      summary: '落实知识产权专项资金 120 万元，\n完成首批企业遴选',
      problems: '部分企业材料不全',
      evidence: [{ title: '资金拨付文件', url: 'https://intranet.example/doc/1' }],
    }),
  });
  await must(ms, SUBMIT, {
    i: report('P2.1', 'market-supervision', '2025-06', {
      status: 'DELAYED',
      percentComplete: 20,
      problems: '培育企业申报滞后',
    }),
  });
  await must(ms, SUBMIT, {
    i: report('S1', 'market-supervision', '2025-06', { status: 'AT_RISK', percentComplete: 30 }),
  });
  await must(finance, SUBMIT, { i: report('P1.2', 'finance', '2025-06', { percentComplete: 45 }) });
  await must(leader, BACKFILL, {
    i: { ...report('P1.1', 'market-supervision', '2025-03', { percentComplete: 30 }), reportedOn: '2025-04-03' },
  });
  for (const [asOf, value] of [
    ['2024-12-31', 6.8],
    ['2025-06-30', 7.5],
  ] as const) {
    await must(ms, RECORD, { i: { planCode: PLAN, indicatorCode: 'invention-patents-per-10k', value, asOf } });
  }
}, 240_000);
afterAll(() => app?.close());

describe('the plan ledger (台账)', () => {
  let file: Download;
  let plan: {
    title: string;
    docNumber: string;
    today: string;
    overview: { verdictCounts: Record<string, number>; overdue: number };
    measures: ApiMeasure[];
  };
  beforeAll(async () => {
    file = await download(leader, `/api/plans/${PLAN}/ledger.xlsx`);
    // Kept beside the screenshots, to open by hand in Excel or WPS.
    fs.mkdirSync(path.resolve(import.meta.dirname, '../test-results'), { recursive: true });
    fs.writeFileSync(path.resolve(import.meta.dirname, '../test-results/office-ledger-plan.xlsx'), file.body);
    plan = (await must(leader, PLAN_QUERY, { p: PLAN })).plan as typeof plan;
  }, 240_000);

  it('is an .xlsx named after the plan and the day, with a cover, one sheet per project and one for safeguards', async () => {
    expect(file.status).toBe(200);
    expect(file.contentType).toBe(XLSX);
    expect(file.fileName).toBe(`${plan.title}工作台账（截至2025-07-01）.xlsx`);
    const book = await workbook(file.body);
    const projects = plan.measures.filter((m) => m.kind === 'PROJECT');
    expect(book.worksheets.map((s) => s.name)).toEqual([
      '封面汇总',
      ...projects.map((p) => `${p.code} ${p.title}`.slice(0, 31)),
      '保障措施',
    ]);
  });

  it('cover: the plan header, the as-of date and the cockpit counts, as LibreOffice reads them', async () => {
    const cover = await sheetCsv(file.body, '封面汇总');
    const line = (label: string) => cover.find((row) => row[0] === label)?.[1];
    expect(cover[0]?.[0]).toBe(`${plan.title}工作台账`);
    expect(line('文号')).toBe(plan.docNumber);
    expect(line('数据截至')).toBe(plan.today);
    const counts = plan.overview.verdictCounts;
    expect([line('红色预警'), line('黄色预警'), line('蓝色预警'), line('正常'), line('未开始')]).toEqual(
      [counts.red, counts.yellow, counts.blue, counts.green, counts.grey].map(String),
    );
    expect(line('存在逾期未报的措施')).toBe(String(plan.overview.overdue));
  });

  it("each project's sheet holds its measures × periods exactly as the API reports them", async () => {
    const projects = plan.measures.filter((m) => m.kind === 'PROJECT');
    const leavesOf = (code: string | null) =>
      plan.measures.filter((m) => m.children.length === 0 && (code ? m.parent?.code === code : m.kind === 'SAFEGUARD'));
    const sheets: [string, ApiMeasure[]][] = [
      ...projects.map((p): [string, ApiMeasure[]] => [`${p.code} ${p.title}`.slice(0, 31), leavesOf(p.code)]),
      ['保障措施', leavesOf(null)],
    ];
    for (const [name, leaves] of sheets) {
      const rows = await sheetCsv(file.body, name);
      expect(rows[0]).toEqual(MEASURE_LEDGER_HEADERS);
      const body = rows.slice(1).filter((row) => row.some((cell) => cell !== ''));
      for (const measure of leaves) {
        const mine = body.filter((row) => row[col('编号')] === measure.code);
        expect(mine.length, measure.code).toBeGreaterThan(0);
        for (const row of mine) {
          expect(row[col('措施')]).toBe(measure.title);
          expect(row[col('当前研判')], measure.code).toBe(measure.verdict.label);
          expect(row[col('研判说明')]).toBe(measure.verdict.reason);
          expect(Number(row[col('当前进度（%）')])).toBe(measure.progress.percent);
        }
        const got = mine.map((row) => [
          row[col('报送期')],
          row[col('进展状态')]!.startsWith('逾期未报') ? '' : row[col('报送单位')],
          row[col('进展状态')]!.replace(/^逾期未报.*$/, '逾期未报'),
          row[col('完成进度（%）')],
          row[col('进展情况')],
          row[col('存在问题')],
          row[col('报送日期')],
        ]);
        expect(got, measure.code).toEqual(expectedRows(measure).length > 0 ? expectedRows(measure) : got);
        if (expectedRows(measure).length === 0) expect(mine[0]?.[col('进展状态')]).toBe('尚未填报');
      }
      expect(new Set(body.map((row) => row[col('编号')]))).toEqual(new Set(leaves.map((m) => m.code)));
    }
  }, 240_000);

  it('the reports filed for this test are there: text, evidence, the backfilled date', async () => {
    const rows = (await sheetCsv(file.body, 'P1 实施知识产权管理能力提升工程')).slice(1);
    const may = rows.find((row) => row[col('编号')] === 'P1.1' && row[col('报送期')] === '2025-05')!;
    expect(may[col('进展情况')]).toBe('落实知识产权专项资金 120 万元，\n完成首批企业遴选');
    expect(may[col('佐证材料')]).toBe('资金拨付文件：https://intranet.example/doc/1');
    expect(may[col('报送单位')]).toBe('区市场监督管理局');
    const march = rows.find((row) => row[col('编号')] === 'P1.1' && row[col('报送期')] === '2025-03')!;
    expect(march[col('报送日期')]).toBe('2025-04-03');
    expect(rows.find((row) => row[col('编号')] === 'P1.2' && row[col('报送期')] === '2025-06')?.[col('报送单位')]).toBe(
      '区财政局',
    );
  }, 240_000);

  it('frozen header and code columns, filters, and the screen colours as fills (read back with exceljs)', async () => {
    const book = await workbook(file.body);
    const sheet = book.getWorksheet('P2 实施知识产权创造质量提升工程')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const header = sheet.getRow(1).values as unknown[];
    expect(header.slice(1)).toEqual(MEASURE_LEDGER_HEADERS);
    const fillOf = (cell: { fill?: unknown }) => (cell.fill as { fgColor?: { argb?: string } })?.fgColor?.argb;
    const p21 = plan.measures.find((m) => m.code === 'P2.1')!;
    const p22 = plan.measures.find((m) => m.code === 'P2.2')!;
    let delayed = false;
    let overdue = false;
    sheet.eachRow((row, n) => {
      const code = row.getCell(col('编号') + 1).value;
      if (n === 1 || (code !== 'P2.1' && code !== 'P2.2')) return;
      const verdict = code === 'P2.1' ? p21.verdict : p22.verdict;
      expect(fillOf(row.getCell(col('当前研判') + 1))).toBe(FILL[verdict.level]);
      const status = String(row.getCell(col('进展状态') + 1).value);
      if (status === '滞后') {
        delayed = true;
        expect(fillOf(row.getCell(col('进展状态') + 1))).toBe(FILL.RED);
      }
      if (status.startsWith('逾期未报')) {
        overdue = true;
        expect(fillOf(row.getCell(col('进展状态') + 1))).toBe(FILL.RED);
      }
    });
    expect(delayed && overdue).toBe(true);
    // Column widths fit Chinese text: the title column is wider than the code column, and none is left default.
    expect(sheet.getColumn(col('措施') + 1).width).toBeGreaterThan(sheet.getColumn(col('编号') + 1).width!);
    expect(sheet.getColumn(col('措施') + 1).width).toBeGreaterThanOrEqual(30);
  });

  it('renders as a document a real reader opens (PDF, one page looked at)', async () => {
    const pdf = await convertWithLibreOffice(file.body, 'xlsx', 'pdf');
    const text = await pdfText(pdf);
    expect(text).toContain(`${plan.title}工作台账`);
    expect(text).toContain('提升知识产权管理综合效能');
    await renderPage(pdf, path.resolve(import.meta.dirname, '../test-results/screenshots/office-ledger-plan.png'), 2);
  }, 240_000);
});

describe("a department's ledger", () => {
  it("finance's: only the measures it leads or takes part in, with its part's verdict as its desk shows it", async () => {
    const file = await download(finance, `/api/plans/${PLAN}/departments/finance/ledger.xlsx`);
    expect(file.status).toBe(200);
    const data = await must(
      finance,
      `query($p: String!) { department(code: "finance") { name assignments(planCode: $p, inherited: true) {
         measure { code children { code } } verdict { label level } } } }`,
      { p: PLAN },
    );
    const parts = (
      data.department as {
        assignments: { measure: { code: string; children: unknown[] }; verdict: { label: string } }[];
      }
    ).assignments.filter((a) => a.measure.children.length === 0);
    const book = await workbook(file.body);
    const codes = new Map<string, string>();
    for (const sheet of book.worksheets.slice(1)) {
      sheet.eachRow((row, n) => {
        if (n > 1) codes.set(String(row.getCell(1).value), String(row.getCell(col('当前研判') + 1).value));
      });
    }
    expect(new Map(parts.map((a) => [a.measure.code, a.verdict.label]))).toEqual(codes);
    expect([...codes.keys()].some((code) => code.startsWith('P4'))).toBe(false);
    const cover = await sheetCsv(file.body, '封面汇总');
    expect(cover.find((row) => row[0] === '部门')?.[1]).toBe('区财政局');
  }, 240_000);
});

describe('the indicator ledger', () => {
  it("each indicator's values against its path, with target, baseline, unit and reporting unit", async () => {
    const file = await download(ms, `/api/plans/${PLAN}/indicator-ledger.xlsx`);
    expect(file.status).toBe(200);
    const data = await must(
      ms,
      `query($p: String!) { plan(code: $p) { indicators { code name unit baseline target department { name }
         assessment { level reason expected actual } observations { asOf value } } } }`,
      { p: PLAN },
    );
    const indicators = (
      data.plan as {
        indicators: {
          code: string;
          name: string;
          unit: string | null;
          target: number | null;
          department: { name: string };
          assessment: { level: string; reason: string; expected: number | null; actual: number | null };
          observations: { asOf: string; value: number }[];
        }[];
      }
    ).indicators;
    const summary = (await sheetCsv(file.body, '指标汇总')).filter((row) => row.some((c) => c !== ''));
    expect(summary.length - 1).toBe(indicators.length);
    for (const indicator of indicators) {
      const row = summary.find((r) => r[0] === indicator.code)!;
      expect(row[1]).toBe(indicator.name);
      expect(row[2]).toBe(indicator.unit ?? '');
      expect(row[8]).toBe(indicator.department.name);
      expect(row[14]).toBe(indicator.assessment.reason);
      if (indicator.assessment.expected !== null) expect(Number(row[9])).toBe(indicator.assessment.expected);
    }
    const values = (await sheetCsv(file.body, '指标值明细')).filter((row) => row.some((c) => c !== ''));
    expect(values[0]).toEqual(INDICATOR_VALUE_HEADERS);
    const patents = indicators.find((i) => i.code === 'invention-patents-per-10k')!;
    const rows = values.filter((r) => r[0] === patents.code);
    expect(rows.map((r) => [r[4], Number(r[5])])).toEqual(
      [...patents.observations].reverse().map((o) => [o.asOf, o.value]),
    );
    // The value the path asks for on the latest date is the assessment's (the indicator page's) 应达.
    expect(patents.assessment.reason).toContain(`应达 ${rows.at(-1)![6]}`);
    expect(Number(rows.at(-1)![7])).toBeCloseTo(Number(rows.at(-1)![5]) - Number(rows.at(-1)![6]), 2);
  }, 240_000);
});

describe('who may download', () => {
  it('nobody signed in: 401 for each ledger', async () => {
    for (const route of [
      `/api/plans/${PLAN}/ledger.xlsx`,
      `/api/plans/${PLAN}/departments/finance/ledger.xlsx`,
      `/api/plans/${PLAN}/indicator-ledger.xlsx`,
    ]) {
      const answer = await download(null, route);
      expect(answer.status, route).toBe(401);
    }
  });

  it("a clerk asking another department's ledger: 403, saying why", async () => {
    const answer = await download(court, `/api/plans/${PLAN}/departments/finance/ledger.xlsx`);
    expect(answer.status).toBe(403);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', detail: 'OTHER_DEPARTMENT' });
  });

  it("a town's clerk may have its group's ledger; a leader any department's; an unknown plan is 404", async () => {
    expect((await download(town, `/api/plans/${PLAN}/departments/towns-subdistricts/ledger.xlsx`)).status).toBe(200);
    expect((await download(leader, `/api/plans/${PLAN}/departments/finance/ledger.xlsx`)).status).toBe(200);
    expect((await download(court, `/api/plans/${PLAN}/ledger.xlsx`)).status).toBe(200);
    expect((await download(leader, '/api/plans/no-such-plan/ledger.xlsx')).status).toBe(404);
  }, 240_000);
});
