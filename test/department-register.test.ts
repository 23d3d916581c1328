import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, startTestApp, type TestApp } from './kit/app';
import { databaseFingerprint } from './kit/sql';

/**
 * 部门管理: the admin keeps the register of units. A rename keeps the unit and its history under the new name; a
 * merge (机构改革) moves duties and accounts to the successor while past reports stay recorded as the merged
 * unit's; a retirement is refused while the unit leads measures in force; aliases let documents' names be matched.
 */
const PLAN = 'boshan-ip-2022-2025';

interface Unit {
  code: string;
  name: string;
  version: number;
  state: string;
  aliases: string[];
  formerNames: { name: string; renamedOn: string }[];
  mergedInto: { code: string } | null;
  old: string;
}
const UNIT =
  'code name version state aliases formerNames { name renamedOn } mergedInto { code } old: nameOn(date: "2020-01-01")';

let app: TestApp;
let admin: ApiClient;

const unit = async (code: string): Promise<Unit> => {
  const result = await admin.gql<{ department: Unit }>(
    `query($code: String!) { department(code: $code) { ${UNIT} } }`,
    {
      code,
    },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.department;
};

const report = async (client: ApiClient, measureCode: string, departmentCode: string, period: string) => {
  const made = await client.gql<{ submitProgressReport: { id: string } }>(
    'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }',
    {
      i: {
        planCode: PLAN,
        measureCode,
        departmentCode,
        period,
        status: 'ON_TRACK',
        percentComplete: 40,
        summary: '按计划推进',
      },
    },
  );
  expect(made.errors).toBeUndefined();
  return made.data!.submitProgressReport.id;
};

const reportsOf = async (measureCode: string) => {
  const result = await admin.gql<{
    plan: {
      measures: {
        code: string;
        reports: { id: string; department: { code: string; name: string; nameThen: string } }[];
      }[];
    };
  }>(
    `{ plan(code: "${PLAN}") { measures { code reports(first: 100) { id department { code name nameThen: nameOn(date: "2020-01-01") } } } } }`,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.plan.measures.find((m) => m.code === measureCode)!.reports;
};

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.as('admin');
});
afterAll(() => app.close());

describe('the department register (部门管理)', () => {
  it('an admin renames a unit: it keeps its reports and account, and the old name stays visible with its date', async () => {
    const finance = await app.as('finance');
    const reportId = await report(finance, 'P1.1', 'finance', '2025-06');
    const before = await unit('finance');
    const renamed = await admin.gql<{ renameDepartment: Unit }>(
      `mutation($i: RenameDepartmentInput!) { renameDepartment(input: $i) { ${UNIT} } }`,
      { i: { code: 'finance', version: before.version, name: '区财政和金融服务局' } },
    );
    expect(renamed.errors).toBeUndefined();
    const after = renamed.data!.renameDepartment;
    expect(after).toMatchObject({ code: 'finance', name: '区财政和金融服务局', version: before.version + 1 });
    expect(after.formerNames).toEqual([{ name: before.name, renamedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }]);
    expect(after.old).toBe(before.name);

    // Every screen sees the new name at once (the catalog moved on), and the past report stays under the unit.
    const listed = await admin.gql<{ departments: { code: string; name: string }[] }>('{ departments { code name } }');
    expect(listed.data!.departments.find((d) => d.code === 'finance')?.name).toBe('区财政和金融服务局');
    const made = (await reportsOf('P1.1')).find((r) => r.id === reportId);
    expect(made?.department).toEqual({ code: 'finance', name: '区财政和金融服务局', nameThen: before.name });
    const me = await finance.gql<{ me: { department: { code: string; name: string } } }>(
      '{ me { department { code name } } }',
    );
    expect(me.data!.me.department).toEqual({ code: 'finance', name: '区财政和金融服务局' });

    // The audit trail shows the rename, before and after.
    const audit = await app.as('leader');
    const trail = await audit.gql<{
      auditTrail: {
        entries: { type: string; department: { code: string }; before: { name: string }; after: { name: string } }[];
      };
    }>(
      '{ auditTrail(first: 5, filter: { types: [DEPARTMENT_RENAMED] }) { entries { type department { code } before after } } }',
    );
    expect(trail.errors).toBeUndefined();
    expect(trail.data!.auditTrail.entries[0]).toMatchObject({
      type: 'DEPARTMENT_RENAMED',
      department: { code: 'finance' },
      before: { name: before.name },
      after: { name: '区财政和金融服务局' },
    });
  });

  it('aliases match in departmentByName, and a name or alias already in the register is refused and writes nothing', async () => {
    const market = await unit('market-supervision');
    const set = await admin.gql<{ setDepartmentAliases: Unit }>(
      `mutation($i: SetDepartmentAliasesInput!) { setDepartmentAliases(input: $i) { ${UNIT} } }`,
      { i: { code: 'market-supervision', version: market.version, aliases: ['区市场监管局', '市场监管局'] } },
    );
    expect(set.errors).toBeUndefined();
    expect(set.data!.setDepartmentAliases.aliases).toEqual(['区市场监管局', '市场监管局']);
    const byName = (name: string) =>
      admin.gql<{ departmentByName: { code: string } | null }>(
        'query($n: String!) { departmentByName(name: $n) { code } }',
        {
          n: name,
        },
      );
    expect((await byName('区市场监管局')).data!.departmentByName?.code).toBe('market-supervision');
    expect((await byName(' 区市场 监管局 ')).data!.departmentByName?.code).toBe('market-supervision');
    expect((await byName('区市场监督管理局')).data!.departmentByName?.code).toBe('market-supervision');
    expect((await byName('区财政和金融服务局')).data!.departmentByName?.code).toBe('finance');
    expect((await byName('区不存在局')).data!.departmentByName).toBeNull();

    const fingerprint = await databaseFingerprint(app.database.db, ['sessions']);
    const commerce = await unit('commerce');
    const taken = await admin.gql(
      'mutation($i: SetDepartmentAliasesInput!) { setDepartmentAliases(input: $i) { code } }',
      { i: { code: 'commerce', version: commerce.version, aliases: ['区商务局简称', '区市场监管局'] } },
    );
    expect(taken.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.aliases.1',
      detail: 'NAME_TAKEN',
      reason: `「区市场监管局」已是部门「${market.name}」（market-supervision）的别名`,
    });
    const created = await admin.gql('mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { code } }', {
      i: { code: 'market-two', name: '区市场监管局', kind: 'GOVERNMENT_DEPARTMENT' },
    });
    expect(created.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.name',
      detail: 'NAME_TAKEN',
    });
    const code = await admin.gql('mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { code } }', {
      i: { code: 'finance', name: '区新局', kind: 'GOVERNMENT_DEPARTMENT' },
    });
    expect(code.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.code', detail: 'CODE_TAKEN' });
    expect(await databaseFingerprint(app.database.db, ['sessions'])).toEqual(fingerprint);
  });

  it('a merge moves the unit’s assignments, accounts and open notices to its successor; its reports stay its own', async () => {
    const hr = await app.as('human-resources');
    const reportId = await report(hr, 'P5.1', 'human-resources', '2025-06');
    const notice = await admin.gql<{ issueUrgeNotice: { id: string } }>(
      'mutation($i: IssueUrgeNoticeInput!) { issueUrgeNotice(input: $i) { id } }',
      {
        i: {
          planCode: PLAN,
          measureCode: 'P5.1',
          departmentCode: 'human-resources',
          level: 'REMIND',
          text: '请报送人才引进进展',
          dueOn: '2099-12-31',
        },
      },
    );
    expect(notice.errors).toBeUndefined();
    const before = await unit('human-resources');
    const merged = await admin.gql<{ mergeDepartment: Unit }>(
      `mutation($i: MergeDepartmentInput!) { mergeDepartment(input: $i) { ${UNIT} } }`,
      { i: { code: 'human-resources', version: before.version, intoCode: 'commerce' } },
    );
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergeDepartment).toMatchObject({ state: 'RETIRED', mergedInto: { code: 'commerce' } });

    const assigned = async (code: string) => {
      const result = await admin.gql<{ department: { assignments: { measure: { code: string }; role: string }[] } }>(
        `{ department(code: "${code}") { assignments(planCode: "${PLAN}") { measure { code } role } } }`,
      );
      expect(result.errors).toBeUndefined();
      return result.data!.department.assignments.map((a) => `${a.measure.code}:${a.role}`);
    };
    expect(await assigned('human-resources')).toEqual([]);
    expect(await assigned('commerce')).toContain('P5:PARTICIPANT');

    // The account follows its department: it now signs in as the successor's clerk.
    const me = await hr.gql<{ me: { department: { code: string } } }>('{ me { department { code } } }');
    expect(me.data!.me.department.code).toBe('commerce');
    const notices = await admin.gql<{ plan: { urgeNotices: { id: string; department: { code: string } }[] } }>(
      `{ plan(code: "${PLAN}") { urgeNotices { id department { code } } } }`,
    );
    expect(notices.data!.plan.urgeNotices.find((n) => n.id === notice.data!.issueUrgeNotice.id)?.department.code).toBe(
      'commerce',
    );
    // The past report stays recorded as made by the merged unit.
    expect((await reportsOf('P5.1')).find((r) => r.id === reportId)?.department.code).toBe('human-resources');
    // A retired unit takes no further change.
    const again = await admin.gql('mutation($i: RenameDepartmentInput!) { renameDepartment(input: $i) { code } }', {
      i: { code: 'human-resources', version: before.version + 1, name: '区人社局' },
    });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', detail: 'DEPARTMENT_RETIRED' });
  });

  it('retiring a unit that leads measures in force is refused, naming them, and writes nothing', async () => {
    const market = await unit('market-supervision');
    const fingerprint = await databaseFingerprint(app.database.db, ['sessions']);
    const refused = await admin.gql('mutation($i: RetireDepartmentInput!) { retireDepartment(input: $i) { code } }', {
      i: { code: 'market-supervision', version: market.version },
    });
    const error = refused.errors?.[0]?.extensions as { code: string; field: string; detail: string; reason: string };
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'input.code', detail: 'LEADS_MEASURES_IN_FORCE' });
    for (const code of ['P1「', 'P2「', 'P5「', 'S1「']) expect(error.reason).toContain(code);
    expect(await databaseFingerprint(app.database.db, ['sessions'])).toEqual(fingerprint);

    // A unit that leads nothing retires.
    const made = await admin.gql<{ createDepartment: Unit }>(
      `mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { ${UNIT} } }`,
      { i: { code: 'temporary-office', name: '区临时办公室', kind: 'GOVERNMENT_DEPARTMENT' } },
    );
    expect(made.errors).toBeUndefined();
    const retired = await admin.gql<{ retireDepartment: Unit }>(
      `mutation($i: RetireDepartmentInput!) { retireDepartment(input: $i) { ${UNIT} } }`,
      { i: { code: 'temporary-office', version: made.data!.createDepartment.version } },
    );
    expect(retired.errors).toBeUndefined();
    expect(retired.data!.retireDepartment.state).toBe('RETIRED');
  });

  it('a group’s members are set, refusing a group or an unknown unit as a member', async () => {
    const group = await unit('towns-subdistricts');
    const members = async () => {
      const result = await admin.gql<{ department: { members: { code: string }[] } }>(
        '{ department(code: "towns-subdistricts") { members { code } } }',
      );
      return result.data!.department.members.map((m) => m.code);
    };
    const was = await members();
    const set = await admin.gql<{ setDepartmentMembers: Unit }>(
      `mutation($i: SetDepartmentMembersInput!) { setDepartmentMembers(input: $i) { ${UNIT} } }`,
      { i: { code: 'towns-subdistricts', version: group.version, memberCodes: was.slice(1) } },
    );
    expect(set.errors).toBeUndefined();
    expect(await members()).toEqual(was.slice(1));
    const refused = await admin.gql(
      'mutation($i: SetDepartmentMembersInput!) { setDepartmentMembers(input: $i) { code } }',
      {
        i: { code: 'towns-subdistricts', version: group.version + 1, memberCodes: [...was, 'leadership-group'] },
      },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: `input.memberCodes.${was.length}`,
      detail: 'MEMBER_IS_GROUP',
    });
  });

  it('only the admin keeps the register: a leader is refused and sees no actions offered', async () => {
    const leader = await app.as('leader');
    const refused = await leader.gql('mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { code } }', {
      i: { code: 'not-allowed', name: '区不许局', kind: 'GOVERNMENT_DEPARTMENT' },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', detail: 'ROLE_NOT_ALLOWED' });
    const seen = await leader.gql<{
      departmentRegister: {
        viewerCan: { create: boolean; manage: boolean };
        departments: { viewerCan: { rename: boolean } }[];
      };
    }>('{ departmentRegister { viewerCan { create manage } departments { viewerCan { rename } } } }');
    expect(seen.data!.departmentRegister.viewerCan).toEqual({ create: false, manage: false });
    expect(seen.data!.departmentRegister.departments.every((d) => !d.viewerCan.rename)).toBe(true);
    const mine = await admin.gql<{ departmentRegister: { viewerCan: { create: boolean; manage: boolean } } }>(
      '{ departmentRegister { viewerCan { create manage } } }',
    );
    expect(mine.data!.departmentRegister.viewerCan).toEqual({ create: true, manage: true });
  });
});
