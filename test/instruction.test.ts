import { sql } from 'drizzle-orm';
import { type Client, createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ManualClock } from '../server/src/shared/clock';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';
import { type LiveSubscription, subscribeLive } from './kit/live';
import { sqlRows } from './kit/sql';

const PLAN = 'boshan-ip-2022-2025';
const FIELDS = `id subject text issuedAt readAt issuedBy { username } readBy { username }
  measure { code } report { id } department { code } addressees { code }`;
const ISSUE = `mutation($i: IssueInstructionInput!) { issueInstruction(input: $i) { ${FIELDS} } }`;
const READ = `mutation($id: ID!) { markInstructionRead(id: $id) { ${FIELDS} } }`;
const SUBMIT = 'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }';
const OF_DEPARTMENT = `query($d: String!, $p: String!) { department(code: $d) { instructions(planCode: $p) { id subject } } }`;

interface Instruction {
  id: string;
  subject: string;
  text: string;
  readAt: string | null;
  readBy: { username: string } | null;
  measure: { code: string };
  report: { id: string } | null;
  department: { code: string } | null;
  addressees: { code: string }[];
}

const clock = new ManualClock('2025-12-03T09:00:00+08:00');
let app: TestApp;
let leader: ApiClient;
let finance: ApiClient;
let office: ApiClient;
let commerce: ApiClient;
let town: ApiClient;
let viewer: ApiClient;
const sockets: Client[] = [];

async function act(client: ApiClient, query: string, variables: Record<string, unknown>) {
  const result = await client.gql<Record<string, Instruction>>(query, variables);
  return {
    instruction: result.data ? (Object.values(result.data)[0] ?? null) : null,
    error: result.errors?.[0]?.extensions ?? null,
  };
}

async function instructionsOf(client: ApiClient, department: string): Promise<string[]> {
  const result = await client.gql<{ department: { instructions: { id: string }[] } }>(OF_DEPARTMENT, {
    d: department,
    p: PLAN,
  });
  expect(result.errors).toBeUndefined();
  return result.data!.department.instructions.map((i) => i.id);
}

const written = async () =>
  JSON.stringify(
    await sqlRows(
      app.database.db,
      sql`select (select count(*) from events) as events, (select count(*) from instructions) as instructions,
                 (select count(*) from instruction_reads) as read`,
    ),
  );

async function submit(client: ApiClient, department: string, problems: string | null) {
  const result = await client.gql<{ submitProgressReport: { id: string } }>(SUBMIT, {
    i: {
      planCode: PLAN,
      measureCode: 'P1.1',
      departmentCode: department,
      period: '2025-11',
      status: 'AT_RISK',
      percentComplete: 40,
      summary: '推进中',
      problems,
    },
  });
  expect(result.errors).toBeUndefined();
  return result.data!.submitProgressReport.id;
}

beforeAll(async () => {
  app = await startTestApp({ clock });
  leader = await app.as('leader');
  finance = await app.as('finance');
  office = await app.as('market-supervision');
  commerce = await app.as('commerce');
  town = await app.as('yucheng-town');
  viewer = await app.as('viewer');
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose()));
  await app.close();
});

describe('a leader’s instruction on a measure', () => {
  let id = '';

  it('arrives live over planEvents for the leader, and for a department it is addressed to', async () => {
    const seen: Record<string, { type: string; instruction: { id: string; text: string } | null }[]> = {};
    const done: Promise<void>[] = [];
    for (const [name, client] of [
      ['leader', leader],
      ['finance', finance],
      ['commerce', commerce],
    ] as const) {
      const socket = createClient({
        url: app.wsUrl,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: { authorization: `Bearer ${client.token}` },
      });
      sockets.push(socket);
      seen[name] = [];
      const after = (
        await leader.gql<{ recentEvents: { events: { cursor: string }[] } }>(
          `{ recentEvents(planCode: "${PLAN}", first: 1) { events { cursor } } }`,
        )
      ).data!.recentEvents.events[0]!.cursor;
      done.push(
        new Promise<void>((resolve, reject) => {
          socket.subscribe<{ planEvents: { type: string; instruction: { id: string; text: string } | null } }>(
            {
              query: `subscription($p: String!, $a: String) { planEvents(planCode: $p, after: $a) { type instruction { id text } } }`,
              variables: { p: PLAN, a: after },
            },
            {
              next: (value) => {
                if (value.data) seen[name]!.push(value.data.planEvents);
                if (value.data?.planEvents.type === 'INSTRUCTION_ISSUED') resolve();
              },
              error: reject,
              complete: () => {},
            },
          );
        }),
      );
    }
    clock.set('2025-12-03T10:00:00+08:00');
    const { instruction, error } = await act(leader, ISSUE, {
      i: { planCode: PLAN, subject: 'MEASURE', measureCode: 'P1.1', text: '请各部门加快推进，12 月底前形成闭环' },
    });
    expect(error).toBeNull();
    expect(instruction).toMatchObject({
      subject: 'MEASURE',
      measure: { code: 'P1.1' },
      report: null,
      department: null,
      readAt: null,
    });
    // P1.1 names no departments of its own: it inherits project P1's lead and participants.
    expect(instruction?.addressees.map((d) => d.code)).toEqual(
      expect.arrayContaining(['market-supervision', 'finance', 'towns-subdistricts']),
    );
    expect(instruction?.addressees.map((d) => d.code)).not.toContain('commerce');
    id = instruction!.id;
    await Promise.all(done);
    expect(seen.leader!.at(-1)).toEqual({ type: 'INSTRUCTION_ISSUED', instruction: { id, text: instruction!.text } });
    expect(seen.finance!.at(-1)).toEqual({ type: 'INSTRUCTION_ISSUED', instruction: { id, text: instruction!.text } });
    // An unrelated department's clerk sees that something happened, not what the leader wrote to others.
    expect(seen.commerce!.at(-1)).toEqual({ type: 'INSTRUCTION_ISSUED', instruction: null });
  });

  it('reaches the lead and the participant departments, and a member unit of an assigned group, not others', async () => {
    expect(await instructionsOf(office, 'market-supervision')).toContain(id);
    expect(await instructionsOf(finance, 'finance')).toContain(id);
    expect(await instructionsOf(town, 'yucheng-town')).toContain(id);
    expect(await instructionsOf(leader, 'commerce')).not.toContain(id);
  });

  it('a clerk sees only what is addressed to its department; leaders and the meeting room see all', async () => {
    const planOf = async (client: ApiClient) =>
      (
        await client.gql<{
          plan: { instructions: { id: string }[]; measures: { code: string; instructions: { id: string }[] }[] };
        }>(
          `query($p: String!) { plan(code: $p) { instructions(first: 10) { id } measures { code instructions { id } } } }`,
          { p: PLAN },
        )
      ).data!.plan;
    for (const client of [leader, viewer, finance]) {
      const plan = await planOf(client);
      expect(plan.instructions.map((i) => i.id)).toContain(id);
      expect(plan.measures.find((m) => m.code === 'P1.1')?.instructions.map((i) => i.id)).toContain(id);
    }
    const other = await planOf(commerce);
    expect(other.instructions.map((i) => i.id)).not.toContain(id);
    // Nor through another department's list.
    expect(await instructionsOf(commerce, 'finance')).not.toContain(id);
    const tooMany = await leader.gql(`{ plan(code: "${PLAN}") { instructions(first: 101) { id } } }`);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('is marked read (已阅) by each addressed department on its own, once; another department is refused', async () => {
    const before = await written();
    expect((await act(commerce, READ, { id })).error).toMatchObject({ code: 'FORBIDDEN', detail: 'OTHER_DEPARTMENT' });
    expect((await act(leader, READ, { id })).error).toMatchObject({ code: 'FORBIDDEN' });
    expect(await written()).toBe(before);
    clock.set('2025-12-03T11:00:00+08:00');
    const { instruction: read } = await act(finance, READ, { id });
    expect(read).toMatchObject({ readAt: '2025-12-03T03:00:00.000Z', readBy: { username: 'finance' } });
    const afterFirst = await written();
    clock.set('2025-12-03T12:00:00+08:00');
    const { instruction: again, error } = await act(finance, READ, { id });
    expect(error).toBeNull();
    expect(again).toMatchObject({ readAt: '2025-12-03T03:00:00.000Z', readBy: { username: 'finance' } });
    expect(await written()).toBe(afterFirst);
    // Finance's mark is its own: the lead department has still to read it, and it does so on its own.
    const { instruction: officeView } = await act(office, READ, { id });
    expect(officeView).toMatchObject({
      readAt: '2025-12-03T04:00:00.000Z',
      readBy: { username: 'market-supervision' },
    });
  });

  it('is read for the leaders only once every addressee has read it, and says who has', async () => {
    const seen = async () => {
      const result = await leader.gql<{
        plan: { instructions: (Instruction & { reads: { department: { code: string } }[] })[] };
      }>(`{ plan(code: "${PLAN}") { instructions(first: 100) { ${FIELDS} reads { department { code } } } } }`);
      return result.data!.plan.instructions.find((i) => i.id === id)!;
    };
    const partly = await seen();
    expect(partly.readAt).toBeNull();
    expect(partly.reads.map((r) => r.department.code)).toEqual(['finance', 'market-supervision']);
    // The remaining addressees read it, the last at 13:00; 各镇、街道 reads through one of its towns.
    const addressees = await leader.gql<{ plan: { instructions: { id: string; addressees: { code: string }[] }[] } }>(
      `{ plan(code: "${PLAN}") { instructions(first: 100) { id addressees { code } } } }`,
    );
    const rest = addressees
      .data!.plan.instructions.find((i) => i.id === id)!
      .addressees.map((d) => (d.code === 'towns-subdistricts' ? 'baita-town' : d.code))
      .filter((code) => code !== 'finance' && code !== 'market-supervision')
      .sort((a, b) => Number(a === 'baita-town') - Number(b === 'baita-town'));
    expect(rest).toContain('baita-town');
    for (const [n, code] of rest.entries()) {
      if (n === rest.length - 1) clock.set('2025-12-03T13:00:00+08:00');
      expect((await act(await app.as(code), READ, { id })).error).toBeNull();
      if (n < rest.length - 1) expect((await seen()).readAt).toBeNull();
    }
    expect(await seen()).toMatchObject({ readAt: '2025-12-03T05:00:00.000Z', readBy: { username: 'baita-town' } });
    const events = await sqlRows<{ type: string; department: string | null }>(
      app.database.db,
      sql`select e.type, d.code as department from events e left join departments d on d.id = e.department_id
          where e.payload->>'instructionId' = ${id} order by e.id`,
    );
    expect(events.slice(0, 3)).toEqual([
      { type: 'INSTRUCTION_ISSUED', department: null },
      { type: 'INSTRUCTION_READ', department: 'finance' },
      { type: 'INSTRUCTION_READ', department: 'market-supervision' },
    ]);
    expect(events.slice(3)).toEqual(rest.map((code) => ({ type: 'INSTRUCTION_READ', department: code })));
  });
});

describe('a leader’s instruction on a report', () => {
  it('is addressed to the report’s department only, and listed on the report', async () => {
    const reportId = await submit(finance, 'finance', '资金配套需区财政协调');
    const { instruction, error } = await act(leader, ISSUE, {
      i: { planCode: PLAN, subject: 'PROBLEM', reportId, text: '请区财政局牵头协调资金配套' },
    });
    expect(error).toBeNull();
    expect(instruction).toMatchObject({
      subject: 'PROBLEM',
      report: { id: reportId },
      department: { code: 'finance' },
    });
    expect(instruction?.addressees).toEqual([{ code: 'finance' }]);
    expect(await instructionsOf(finance, 'finance')).toContain(instruction!.id);
    expect(await instructionsOf(office, 'market-supervision')).not.toContain(instruction!.id);
    const onReport = await leader.gql<{
      plan: { measures: { code: string; reports: { id: string; instructions: { id: string }[] }[] }[] };
    }>(`query($p: String!) { plan(code: $p) { measures { code reports(first: 5) { id instructions { id } } } } }`, {
      p: PLAN,
    });
    const report = onReport.data?.plan.measures.find((m) => m.code === 'P1.1')?.reports.find((r) => r.id === reportId);
    expect(report?.instructions).toEqual([{ id: instruction!.id }]);
    expect((await act(office, READ, { id: instruction!.id })).error).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a missing target, a problem instruction on a report without problems, an empty text and a reporter', async () => {
    const reportId = await submit(office, 'market-supervision', null);
    const before = await written();
    const issue = (client: ApiClient, i: Record<string, unknown>) =>
      act(client, ISSUE, { i: { planCode: PLAN, text: '请抓紧', ...i } });
    expect((await issue(leader, { subject: 'REPORT' })).error).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.reportId',
    });
    expect((await issue(leader, { subject: 'MEASURE' })).error).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.measureCode',
    });
    expect((await issue(leader, { subject: 'PROBLEM', reportId })).error).toMatchObject({
      code: 'BAD_USER_INPUT',
      detail: 'NO_PROBLEMS',
    });
    expect((await issue(leader, { subject: 'REPORT', reportId, text: '  ' })).error).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.text',
    });
    expect((await issue(leader, { subject: 'REPORT', reportId: '999999' })).error).toMatchObject({ code: 'NOT_FOUND' });
    expect((await issue(finance, { subject: 'REPORT', reportId })).error).toMatchObject({ code: 'FORBIDDEN' });
    expect(await written()).toBe(before);
  });
});

describe('the cost of instructions', () => {
  it('a desk’s instructions, with their targets and addressees, cost the same however many there are', async () => {
    const query = `query($p: String!) { department(code: "finance") { instructions(planCode: $p) {
      id text measure { code } report { id } department { code } addressees { code } issuedBy { username } } } }`;
    const once = () =>
      app.countStatements(async () => {
        const result = await finance.gql<{ department: { instructions: unknown[] } }>(query, { p: PLAN });
        expect(result.errors).toBeUndefined();
        expect(result.data!.department.instructions.length).toBeGreaterThan(0);
      });
    const cost = async () => {
      await finance.gql(query, { p: PLAN }); // the catalog is cached from here on
      return once();
    };
    const before = await cost();
    const reportId = await submit(finance, 'finance', null);
    for (const text of ['请加快进度', '请补充材料', '请报送会议纪要']) {
      expect((await act(leader, ISSUE, { i: { planCode: PLAN, subject: 'REPORT', reportId, text } })).error).toBeNull();
      expect(
        (await act(leader, ISSUE, { i: { planCode: PLAN, subject: 'MEASURE', measureCode: 'P1.2', text } })).error,
      ).toBeNull();
    }
    expect(await cost()).toBe(before);
  });
});

describe('live subscriptions shared by shape', () => {
  it('are shared within a role and department only: a clerk never gets an instruction addressed to others', async () => {
    type Seen = { planEvents: { type: string; instruction: { id: string; text: string } | null } };
    // No cursor: each socket joins the shape of its query, variables and access scope (role and department).
    const query = `subscription($p: String!) { planEvents(planCode: $p) { type instruction { id text } } }`;
    const open = async (client: ApiClient) =>
      subscribeLive<Seen>({ server: app.server, wsUrl: app.wsUrl, token: client.token, query, variables: { p: PLAN } });
    const before = app.server.stats();
    const live: Record<string, LiveSubscription<Seen>> = {};
    for (const [name, client] of [
      ['leader', leader],
      ['finance', finance],
      ['finance again', finance],
      ['commerce', commerce],
      ['commerce again', commerce],
    ] as const) {
      live[name] = await open(client);
    }
    // Five sockets more, three shapes more: the leader's, finance's and commerce's.
    const after = app.server.stats();
    expect({ sockets: after.sockets - before.sockets, shapes: after.shapes - before.shapes }).toEqual({
      sockets: 5,
      shapes: 3,
    });
    const text = '请财政局本周内报送资金拨付情况';
    const { instruction, error } = await act(leader, ISSUE, {
      i: { planCode: PLAN, subject: 'MEASURE', measureCode: 'P1.1', text },
    });
    expect(error).toBeNull();
    const issued = (l: LiveSubscription<Seen>) => l.received.find((r) => r.planEvents.type === 'INSTRUCTION_ISSUED');
    await Promise.all(
      Object.values(live).map((l) =>
        l.untilSome((r) => r.planEvents.type === 'INSTRUCTION_ISSUED', 'INSTRUCTION_ISSUED'),
      ),
    );
    const seen = { id: instruction!.id, text };
    expect(issued(live.leader!)?.planEvents.instruction).toEqual(seen);
    expect(issued(live.finance!)?.planEvents.instruction).toEqual(seen);
    expect(issued(live['finance again']!)?.planEvents.instruction).toEqual(seen);
    expect(issued(live.commerce!)?.planEvents.instruction).toBeNull();
    expect(issued(live['commerce again']!)?.planEvents.instruction).toBeNull();
    await Promise.all(Object.values(live).map((l) => l.close()));
  });
});
