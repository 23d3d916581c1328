/**
 * `pnpm bench:office`: what the plan ledger (台账, GET /api/plans/:planCode/ledger.xlsx) and the meeting brief (调度会材料,
 * GET /api/plans/:planCode/meeting-brief.docx) cost on the seeded plan and on the plan 100× its size, each with four
 * years of reports, and the heap held meanwhile. It prints numbers and never passes or fails on time; it exits
 * non-zero only when a download failed.
 *
 * In one process, over PGlite (or TEST_DATABASE_URL's PostgreSQL server), at a fixed clock of 2026-01-15, after the
 * plan's end:
 *   - history: every leaf measure reported monthly by its lead, 2022-01 to 2025-11, one month in eight skipped (so the
 *     ledger has 逾期未报 rows too). The ~100 000 rows are inserted in batches straight into progress_reports: posting
 *     them one by one over GraphQL would take the bench hours, and the documents read them the same way either way;
 *   - BENCH_RUNS (default 5) warm downloads of each document over HTTP: p50 and max milliseconds, the file's size,
 *     the SQL statements;
 *   - the same document made in process, its two phases timed apart: read (the services that feed the screens) and
 *     write (exceljs or docx laying out and zipping the file). OFFICE_BENCH_PROFILE=DIR writes a CPU profile of each;
 *   - heap: the most used while a download runs (sampled every 5 ms) above what was used before it, and what is still
 *     held after it (with --expose-gc, after a collection).
 *
 * The last measurements and where the time goes: README, "Office documents, last measured".
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { type ApiClient, startTestApp, type TestApp } from '../../test/kit/app';
import { office } from '../../test/kit/office';
import { getPlanLedger, type LedgerBook, writeLedgerBook } from '../src/modules/ledger';
import { getMeetingBrief, type MeetingBrief, meetingBriefFile } from '../src/modules/meeting';
import { UserRole } from '../src/modules/user';
import { boshanIpPlanSeed, importPlan } from '../src/seed';
import { scalePlanSeed } from '../src/seed/synthetic-plan';
import { CatalogCache } from '../src/shared/catalog-cache';
import { ManualClock } from '../src/shared/clock';
import { RequestScope } from '../src/shared/request-scope';
import { writeHistory } from './history';
import { profiler } from './profiler';
import { SCALE_FACTOR, SCALED_PLAN, SEEDED_PLAN } from './protocol';
import { type Figure, figure, recordBench } from './results';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** A smaller plan to profile with (OFFICE_BENCH_SCALE=10); the 100× plan by default. */
const SCALE = Number(process.env.OFFICE_BENCH_SCALE ?? SCALE_FACTOR);
const SCALED = SCALE === SCALE_FACTOR ? SCALED_PLAN : `${SEEDED_PLAN}-x${SCALE}`;
const clock = new ManualClock('2026-01-15T09:00:00+08:00');
const MB = 1024 * 1024;

const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const fmt = (value: number) => value.toFixed(value < 10 ? 2 : 1);
const gc = (globalThis as { gc?: () => void }).gc;

/** A document the bench downloads: its path, and its two phases run in process (reading, then writing the file). */
interface BenchDocument {
  label: string;
  path: (plan: string) => string;
  read: (scope: RequestScope, plan: string) => Promise<unknown>;
  write: (read: unknown) => Promise<unknown>;
}

const DOCUMENTS: BenchDocument[] = [
  {
    label: '台账 ledger.xlsx',
    path: (plan) => `/api/plans/${plan}/ledger.xlsx`,
    read: (scope, plan) => getPlanLedger(scope, plan),
    write: (book) => writeLedgerBook(book as LedgerBook),
  },
  {
    label: '调度会材料 meeting-brief.docx',
    path: (plan) => `/api/plans/${plan}/meeting-brief.docx`,
    read: (scope, plan) => getMeetingBrief(scope, plan),
    write: (brief) => meetingBriefFile(brief as MeetingBrief),
  },
];

async function download(app: TestApp, leader: ApiClient, path: string) {
  const answer = await office(app, leader, path);
  if (answer.status !== 200) throw new Error(`${path}: HTTP ${answer.status} ${JSON.stringify(answer.errors)}`);
  return answer.body.length;
}

async function benchDocument(
  app: TestApp,
  document: BenchDocument,
  plan: string,
  label: string,
  figures: Figure[],
): Promise<string> {
  const leader = await app.as('leader');
  const path = document.path(plan);
  const size = await download(app, leader, path); // warm
  const statements = await app.countStatements(() => download(app, leader, path));
  const samples: number[] = [];
  let peak = 0;
  let held = 0;
  for (let i = 0; i < RUNS; i++) {
    gc?.();
    const before = process.memoryUsage().heapUsed;
    let most = before;
    const sampler = setInterval(() => {
      most = Math.max(most, process.memoryUsage().heapUsed);
    }, 5);
    const start = performance.now();
    await download(app, leader, path);
    samples.push(performance.now() - start);
    clearInterval(sampler);
    most = Math.max(most, process.memoryUsage().heapUsed);
    peak = Math.max(peak, most - before);
    gc?.();
    held = Math.max(held, process.memoryUsage().heapUsed - before);
  }
  // Where a download's time goes: reading from the services, and writing the file (in process, no HTTP).
  const reads: number[] = [];
  const writes: number[] = [];
  // OFFICE_BENCH_PROFILE=DIR: a CPU profile of each phase.
  const profile = process.env.OFFICE_BENCH_PROFILE ? await profiler(process.env.OFFICE_BENCH_PROFILE) : null;
  const name = `${document.label}-${label}`;
  for (let i = 0; i < RUNS; i++) {
    const scope = new RequestScope(app.database.db, new CatalogCache(), app.settings, LEADER, null, clock);
    const start = performance.now();
    await profile?.start();
    const read = await document.read(scope, plan);
    await profile?.stop(`${name}-read`);
    const readAt = performance.now();
    await profile?.start();
    await document.write(read);
    await profile?.stop(`${name}-write`);
    reads.push(readAt - start);
    writes.push(performance.now() - readAt);
  }
  const row = `${document.label}, ${plan === SEEDED_PLAN ? 'seeded' : `${SCALE}×`}`;
  figures.push(
    figure(`${row}: p50`, p50(samples), 'ms'),
    figure(`${row}: max`, Math.max(...samples), 'ms'),
    figure(`${row}: read (services)`, p50(reads), 'ms'),
    figure(`${row}: write (exceljs / docx)`, p50(writes), 'ms'),
    figure(`${row}: file`, size / MB, 'MB'),
    figure(`${row}: SQL statements`, statements, 'count'),
    figure(`${row}: heap peak`, peak / MB, 'MB'),
    ...(gc ? [figure(`${row}: heap held after`, held / MB, 'MB')] : []),
  );
  return `| ${document.label} | ${label} | ${fmt(p50(samples))} | ${fmt(Math.max(...samples))} | ${fmt(p50(reads))} | ${fmt(p50(writes))} | ${fmt(size / MB)} | ${statements} | ${fmt(peak / MB)} | ${gc ? fmt(held / MB) : 'n/a (no --expose-gc)'} |`;
}

const LEADER = { userId: 0, username: 'bench', role: UserRole.LEADER, departmentId: null, sessionId: 0 };

async function main(): Promise<void> {
  const app = await startTestApp({ clock });
  try {
    await importPlan(app.database.db, scalePlanSeed(boshanIpPlanSeed, SCALE));
    const lines = [
      '| document | plan | p50 ms | max ms | read p50 ms | write p50 ms | file MB | SQL statements | heap peak above start MB | heap held after MB |',
      '|---|---|---|---|---|---|---|---|---|---|',
    ];
    for (const plan of [SEEDED_PLAN, SCALED]) {
      const started = performance.now();
      const posted = await writeHistory(app.database.db, plan, { from: '2022-01-01', to: '2025-11-30' });
      console.log(`history: ${posted} reports on ${plan} in ${fmt((performance.now() - started) / 1000)} s`);
    }
    console.log(lines.join('\n'));
    const figures: Figure[] = [];
    for (const document of DOCUMENTS) {
      console.log(await benchDocument(app, document, SEEDED_PLAN, 'seeded, 4 years of reports', figures));
      console.log(await benchDocument(app, document, SCALED, `x${SCALE}, 4 years of reports`, figures));
    }
    recordBench('office-documents', figures);
  } finally {
    await app.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
