import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSchema } from '../server/src/app/build-schema';
import { POLICY, type Operation as PolicyOperation } from '../server/src/modules/policy';
import { type ApiClient, type GraphQLResponse, startTestApp, type TestApp } from './kit/app';
import { uploadPlanText } from './kit/plan-documents';
import { addSmallPlan } from './kit/plans';
import { sqlRows } from './kit/sql';

/**
 * Who may call what: every query and mutation of the schema, for every role and for nobody, over HTTP and over
 * WebSocket. A field missing from this table fails the first test, so no entry point can go unchecked. The roles a
 * write allows are not written here: they come from the server's policy table (modules/policy), which this file
 * checks against what the API then does.
 */
type Role = 'VIEWER' | 'REPORTER' | 'LEADER' | 'ADMIN';
const ROLES: Role[] = ['VIEWER', 'REPORTER', 'LEADER', 'ADMIN'];
const ACCOUNT: Record<Role, string> = { VIEWER: 'viewer', REPORTER: 'finance', LEADER: 'leader', ADMIN: 'admin' };
const EVERYONE = ROLES;

interface Cell {
  transport: 'http' | 'ws';
  role: Role | 'anonymous';
  n: number;
}
interface Operation {
  /** The policy operation the field performs: the roles allowed are the policy's. */
  policy?: PolicyOperation;
  /** Roles whose account here is outside the operation's scope (another department's): FORBIDDEN all the same. */
  outOfScope?: Role[];
  /**
   * Roles to whom the target itself is invisible (a draft, outside its office): NOT_FOUND, as for a target that
   * does not exist, so that nobody learns of a draft they may not see.
   */
  invisibleTo?: Role[];
  /** Roles allowed, for a field with no policy operation (reads: any login); everyone else gets FORBIDDEN. */
  allowed?: Role[];
  /** What nobody-signed-in gets over HTTP: refused, or allowed (login) or an empty answer (me). */
  anonymous: 'UNAUTHENTICATED' | 'ALLOWED';
  writes: boolean;
  /** Subscriptions exist only over WebSocket. */
  transports?: ('http' | 'ws')[];
  operation(cell: Cell): { query: string; variables?: Record<string, unknown> };
}

const PLAN = 'boshan-ip-2022-2025';
const REPORT = {
  planCode: PLAN,
  measureCode: 'P1.1',
  departmentCode: 'finance',
  period: '2025-06',
  status: 'ON_TRACK',
  percentComplete: 50,
  summary: '按计划推进',
};
const NOTICE = {
  planCode: PLAN,
  measureCode: 'P1.1',
  departmentCode: 'finance',
  level: 'CHASE',
  text: '请于月底前报送专项资金落实情况',
  dueOn: '2099-12-31',
};
/** A draft kept by the Boshan leading group's office, for the editor's rows. */
const DRAFT = 'matrix-draft';
const INSTRUCTION = { planCode: PLAN, subject: 'MEASURE', measureCode: 'P1.1', text: '请加快推进' };
/** Reports made in advance, one per cell that edits or withdraws, so that every cell has its own version 1. */
const prepared = new Map<string, string>();
const EXTEND = 'requestExtension(input: { urgeNoticeId: $id, dueOn: "2100-06-30", reason: "需会商" }) { id }';
const reportFor = (field: string, { transport, role }: Cell) => prepared.get(`${field}:${transport}:${role}`) ?? '0';
/** Units of the register made in advance, one per cell that changes one, each at version 1. */
const unitFor = (field: string, { transport, role }: Cell) => `unit-${field}-${transport}-${role}`.toLowerCase();
const MATRIX: Record<string, Operation> = {
  'Query.plans': {
    allowed: EVERYONE,
    anonymous: 'UNAUTHENTICATED',
    writes: false,
    operation: () => ({ query: '{ plans { code } }' }),
  },
  'Query.plan': {
    allowed: EVERYONE,
    anonymous: 'UNAUTHENTICATED',
    writes: false,
    operation: () => ({ query: `{ plan(code: "${PLAN}") { goals { code } } }` }),
  },
  'Query.departments': {
    allowed: EVERYONE,
    anonymous: 'UNAUTHENTICATED',
    writes: false,
    operation: () => ({ query: '{ departments { code } }' }),
  },
  'Query.department': {
    allowed: EVERYONE,
    anonymous: 'UNAUTHENTICATED',
    writes: false,
    operation: () => ({ query: '{ department(code: "finance") { assignments { role } } }' }),
  },
  'Query.departmentByName': {
    allowed: EVERYONE,
    anonymous: 'UNAUTHENTICATED',
    writes: false,
    operation: () => ({ query: '{ departmentByName(name: "区财政局") { code } }' }),
  },
  'Query.departmentRegister': {
    allowed: EVERYONE,
    anonymous: 'UNAUTHENTICATED',
    writes: false,
    operation: () => ({
      query: '{ departmentRegister { viewerCan { create } departments { code viewerCan { rename } } } }',
    }),
  },
  'Mutation.createDepartment': {
    policy: 'department.create',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: ({ transport, role, n }) => ({
      query: 'mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { code } }',
      variables: {
        i: { code: `made-${transport}-${role}-${n}`.toLowerCase(), name: `区新设局${transport}${role}`, kind: 'TOWN' },
      },
    }),
  },
  'Mutation.renameDepartment': {
    policy: 'department.rename',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: (cell) => ({
      query: 'mutation($i: RenameDepartmentInput!) { renameDepartment(input: $i) { code } }',
      variables: { i: { code: unitFor('rename', cell), version: 1, name: `区更名局${cell.transport}${cell.role}` } },
    }),
  },
  'Mutation.mergeDepartment': {
    policy: 'department.merge',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: (cell) => ({
      query: 'mutation($i: MergeDepartmentInput!) { mergeDepartment(input: $i) { code } }',
      variables: { i: { code: unitFor('merge', cell), version: 1, intoCode: 'commerce' } },
    }),
  },
  'Mutation.retireDepartment': {
    policy: 'department.retire',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: (cell) => ({
      query: 'mutation($i: RetireDepartmentInput!) { retireDepartment(input: $i) { code } }',
      variables: { i: { code: unitFor('retire', cell), version: 1 } },
    }),
  },
  'Mutation.setDepartmentMembers': {
    policy: 'department.setMembers',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: (cell) => ({
      query: 'mutation($i: SetDepartmentMembersInput!) { setDepartmentMembers(input: $i) { code } }',
      variables: { i: { code: unitFor('members', cell), version: 1, memberCodes: ['finance'] } },
    }),
  },
  'Mutation.setDepartmentAliases': {
    policy: 'department.setAliases',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: (cell) => ({
      query: 'mutation($i: SetDepartmentAliasesInput!) { setDepartmentAliases(input: $i) { code } }',
      variables: { i: { code: unitFor('aliases', cell), version: 1, aliases: [`别名${cell.transport}${cell.role}`] } },
    }),
  },
  'Query.viewerCan': {
    allowed: EVERYONE,
    anonymous: 'UNAUTHENTICATED',
    writes: false,
    operation: () => ({ query: '{ viewerCan { createPlan manageDepartments } }' }),
  },
  'Query.me': {
    allowed: EVERYONE,
    anonymous: 'ALLOWED',
    writes: false,
    operation: () => ({ query: '{ me { username } }' }),
  },
  'Query.users': {
    policy: 'user.list',
    anonymous: 'UNAUTHENTICATED',
    writes: false,
    operation: () => ({ query: '{ users { username } }' }),
  },
  'Query.auditTrail': {
    policy: 'audit.read',
    anonymous: 'UNAUTHENTICATED',
    writes: false,
    operation: () => ({ query: '{ auditTrail(first: 5) { entries { type before after } } }' }),
  },
  'Query.events': {
    allowed: EVERYONE,
    anonymous: 'UNAUTHENTICATED',
    writes: false,
    operation: () => ({ query: `{ events(planCode: "${PLAN}", first: 3) { events { type } } }` }),
  },
  'Query.recentEvents': {
    allowed: EVERYONE,
    anonymous: 'UNAUTHENTICATED',
    writes: false,
    operation: () => ({ query: `{ recentEvents(planCode: "${PLAN}", first: 3) { events { type } } }` }),
  },
  'Subscription.planEvents': {
    allowed: EVERYONE,
    anonymous: 'UNAUTHENTICATED',
    writes: false,
    transports: ['ws'],
    // From the start of the log, so the first event (the plan's import) arrives at once.
    operation: () => ({ query: `subscription { planEvents(planCode: "${PLAN}", after: "MDow") { type } }` }),
  },
  'Query.myMessages': {
    policy: 'message.own',
    anonymous: 'UNAUTHENTICATED',
    writes: false,
    operation: () => ({ query: '{ myMessages(first: 5) { unreadCount items { id title link } } }' }),
  },
  'Query.myMessagePreferences': {
    policy: 'message.own',
    anonymous: 'UNAUTHENTICATED',
    writes: false,
    operation: () => ({ query: '{ myMessagePreferences { mutedKinds requiredKinds contacts { id } } }' }),
  },
  'Query.contacts': {
    policy: 'message.manageContacts',
    anonymous: 'UNAUTHENTICATED',
    writes: false,
    operation: () => ({ query: '{ contacts(owner: { departmentCode: "finance" }) { id address } }' }),
  },
  'Query.deliveryLog': {
    policy: 'message.readDeliveries',
    anonymous: 'UNAUTHENTICATED',
    writes: false,
    operation: () => ({ query: '{ deliveryLog(first: 5) { counts { state count } items { id } quietUntil } }' }),
  },
  'Mutation.markMessagesRead': {
    policy: 'message.own',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: () => ({ query: 'mutation { markMessagesRead }' }),
  },
  'Mutation.setMessagePreferences': {
    policy: 'message.own',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: () => ({ query: 'mutation { setMessagePreferences(mutedKinds: [WEEKLY_DIGEST]) { mutedKinds } }' }),
  },
  'Mutation.addContact': {
    policy: 'message.manageContacts',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: ({ transport, role }) => ({
      query:
        'mutation($i: ContactInput!) { addContact(owner: { departmentCode: "finance" }, input: $i) { id hasSecret } }',
      variables: { i: { channel: 'EMAIL', address: `office-${transport}-${role}@finance.test`.toLowerCase() } },
    }),
  },
  'Mutation.updateContact': {
    policy: 'message.own',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: (cell) => ({
      query: 'mutation($id: Int!, $i: ContactInput!) { updateContact(id: $id, version: 1, input: $i) { id version } }',
      variables: {
        id: Number(reportFor('contact-update', cell)),
        i: { channel: 'EMAIL', address: 'moved@duban.test' },
      },
    }),
  },
  'Mutation.removeContact': {
    policy: 'message.own',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: (cell) => ({
      query: 'mutation($id: Int!) { removeContact(id: $id) }',
      variables: { id: Number(reportFor('contact-remove', cell)) },
    }),
  },
  'Mutation.setReminderSettings': {
    policy: 'reminder.set',
    // The finance clerk is not the plan's office (区市场监督管理局 hosts it).
    outOfScope: ['REPORTER'],
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: () => ({
      query: `mutation { setReminderSettings(planCode: "${PLAN}", input: { leadDays: 3, weeklyDigest: true }) { leadDays } }`,
    }),
  },
  'Mutation.retryDelivery': {
    policy: 'message.retryDelivery',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: (cell) => ({
      query: 'mutation($id: Int!) { retryDelivery(id: $id) }',
      variables: { id: Number(reportFor('delivery', cell)) },
    }),
  },
  'Subscription.messageEvents': {
    policy: 'message.own',
    anonymous: 'UNAUTHENTICATED',
    writes: false,
    transports: ['ws'],
    // It answers at once with the viewer's unread count, then on each message queued to the viewer.
    operation: () => ({ query: 'subscription { messageEvents { unreadCount } }' }),
  },
  'Subscription.planListEvents': {
    allowed: EVERYONE,
    anonymous: 'UNAUTHENTICATED',
    writes: false,
    transports: ['ws'],
    // From the start of the log: the seeded plan's import arrives at once, for everyone who sees that plan.
    operation: () => ({ query: 'subscription { planListEvents(after: "MDow") { type } }' }),
  },
  'Mutation.login': {
    allowed: EVERYONE,
    anonymous: 'ALLOWED',
    writes: true,
    operation: () => ({ query: 'mutation { login(username: "viewer", password: "demo") { token } }' }),
  },
  'Mutation.logout': {
    allowed: EVERYONE,
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: () => ({ query: 'mutation { logout }' }),
  },
  'Mutation.createUser': {
    policy: 'user.create',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: ({ transport, role, n }) => ({
      query: 'mutation($input: CreateUserInput!) { createUser(input: $input) { username } }',
      variables: {
        input: {
          username: `new-${transport}-${role}-${n}`.toLowerCase(),
          displayName: '新用户',
          role: 'VIEWER',
          password: 'a-good-password',
        },
      },
    }),
  },
  'Mutation.resetPassword': {
    policy: 'user.resetPassword',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: () => ({
      query: 'mutation { resetPassword(username: "target", password: "another-password") { username } }',
    }),
  },
  'Mutation.submitProgressReport': {
    // The REPORTER column is finance reporting for itself; other departments are in test/progress.test.ts.
    policy: 'progress.submit',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: () => ({
      query: 'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }',
      variables: { i: REPORT },
    }),
  },
  'Mutation.backfillProgressReport': {
    // 办公室补录: the plan office enters history for any department; a department clerk may not.
    policy: 'progress.backfill',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: () => ({
      query: 'mutation($i: BackfillProgressReportInput!) { backfillProgressReport(input: $i) { id } }',
      variables: { i: { ...REPORT, reportedOn: '2025-07-03' } },
    }),
  },
  'Mutation.editProgressReport': {
    policy: 'progress.edit',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: (cell) => ({
      query: 'mutation($i: EditProgressReportInput!) { editProgressReport(input: $i) { version } }',
      variables: {
        i: { id: reportFor('edit', cell), version: 1, status: 'AT_RISK', percentComplete: 40, summary: '有风险' },
      },
    }),
  },
  'Mutation.withdrawProgressReport': {
    policy: 'progress.withdraw',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: (cell) => ({
      query: 'mutation($id: ID!) { withdrawProgressReport(id: $id, version: 1) { withdrawn } }',
      variables: { id: reportFor('withdraw', cell) },
    }),
  },
  'Mutation.recordIndicatorValue': {
    // finance does not report any indicator of this plan: as a REPORTER it is outside the scope (another's).
    policy: 'indicator.record',
    outOfScope: ['REPORTER'],
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: () => ({
      query: 'mutation($i: RecordIndicatorValueInput!) { recordIndicatorValue(input: $i) { id } }',
      variables: { i: { planCode: PLAN, indicatorCode: 'valid-trademarks', value: 6500, asOf: '2024-12-31' } },
    }),
  },
  'Query.workingCalendar': {
    allowed: EVERYONE,
    anonymous: 'UNAUTHENTICATED',
    writes: false,
    operation: () => ({ query: '{ workingCalendar(year: 2025) { date working name source } }' }),
  },
  'Mutation.setCalendarDay': {
    policy: 'calendar.setDay',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: ({ transport, n }) => ({
      query: 'mutation($i: SetCalendarDayInput!) { setCalendarDay(input: $i) { date } }',
      variables: { i: { date: `2030-0${n}-0${transport === 'http' ? 1 : 2}`, working: false, name: '测试' } },
    }),
  },
  'Mutation.clearCalendarDay': {
    policy: 'calendar.clearDay',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: () => ({ query: 'mutation { clearCalendarDay(date: "2030-12-31") }' }),
  },
  'Mutation.setReportingCycle': {
    policy: 'reportingCycle.set',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: () => ({
      query: 'mutation($i: SetReportingCycleInput!) { setReportingCycle(input: $i) { cycle } }',
      variables: { i: { planCode: PLAN, measureCode: 'P2.1', cycle: 'QUARTERLY' } },
    }),
  },
  'Mutation.issueUrgeNotice': {
    policy: 'urge.issue',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: () => ({
      query: 'mutation($i: IssueUrgeNoticeInput!) { issueUrgeNotice(input: $i) { id } }',
      variables: { i: NOTICE },
    }),
  },
  'Mutation.acknowledgeUrgeNotice': {
    // The REPORTER column is finance, the department the notices are issued to.
    policy: 'urge.acknowledge',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: (cell) => ({
      query: 'mutation($id: ID!) { acknowledgeUrgeNotice(id: $id) { state } }',
      variables: { id: reportFor('acknowledge', cell) },
    }),
  },
  'Mutation.respondToUrgeNotice': {
    policy: 'urge.respond',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: (cell) => ({
      query: 'mutation($id: ID!) { respondToUrgeNotice(id: $id, response: "已落实") { state } }',
      variables: { id: reportFor('respond', cell) },
    }),
  },
  'Mutation.closeUrgeNotice': {
    policy: 'urge.close',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: (cell) => ({
      query: 'mutation($id: ID!) { closeUrgeNotice(id: $id) { state } }',
      variables: { id: reportFor('close', cell) },
    }),
  },
  'Mutation.returnUrgeNoticeForRevision': {
    policy: 'urge.return',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: (cell) => ({
      query: 'mutation($id: ID!) { returnUrgeNoticeForRevision(id: $id, reason: "请补充材料") { state } }',
      variables: { id: reportFor('return', cell) },
    }),
  },
  'Mutation.requestExtension': {
    policy: 'extension.request',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: (cell) => ({
      query: 'mutation($i: RequestExtensionInput!) { requestExtension(input: $i) { state } }',
      variables: { i: { urgeNoticeId: reportFor('extend', cell), dueOn: '2100-06-30', reason: '需会商' } },
    }),
  },
  'Mutation.approveExtension': {
    policy: 'extension.approve',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: (cell) => ({
      query: 'mutation($id: ID!) { approveExtension(id: $id) { state } }',
      variables: { id: reportFor('approve', cell) },
    }),
  },
  'Mutation.refuseExtension': {
    policy: 'extension.refuse',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: (cell) => ({
      query: 'mutation($id: ID!) { refuseExtension(id: $id, reason: "不予延期") { state } }',
      variables: { id: reportFor('refuse', cell) },
    }),
  },
  'Query.departmentAssessment': {
    // A REPORTER is allowed, and sees only its own department's row (test/assessment.test.ts).
    allowed: EVERYONE,
    anonymous: 'UNAUTHENTICATED',
    writes: false,
    operation: () => ({ query: `{ departmentAssessment(planCode: "${PLAN}", period: "2024") { rows { score } } }` }),
  },
  'Mutation.setAssessmentWeights': {
    policy: 'assessment.setWeights',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: () => ({
      query: 'mutation($i: SetAssessmentWeightsInput!) { setAssessmentWeights(input: $i) { version } }',
      variables: { i: { planCode: PLAN, timeliness: 40, completion: 30, indicators: 20, notices: 10 } },
    }),
  },
  'Query.planEvaluation': {
    allowed: EVERYONE,
    anonymous: 'UNAUTHENTICATED',
    writes: false,
    operation: () => ({ query: `{ planEvaluation(planCode: "${PLAN}") { final summary { openItems } } }` }),
  },
  'Mutation.acceptProgressReport': {
    policy: 'progress.accept',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: (cell) => ({
      query: 'mutation($id: ID!) { acceptProgressReport(id: $id, version: 1) { reviewState } }',
      variables: { id: reportFor('accept', cell) },
    }),
  },
  'Mutation.returnProgressReportForRevision': {
    policy: 'progress.return',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: (cell) => ({
      query:
        'mutation($id: ID!) { returnProgressReportForRevision(id: $id, version: 1, reason: "请补充佐证") { reviewState } }',
      variables: { id: reportFor('review-return', cell) },
    }),
  },
  'Mutation.issueInstruction': {
    policy: 'instruction.issue',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: () => ({
      query: 'mutation($i: IssueInstructionInput!) { issueInstruction(input: $i) { id } }',
      variables: { i: INSTRUCTION },
    }),
  },
  'Mutation.markInstructionRead': {
    // The REPORTER column is finance, a participant of the measure the instructions are on.
    policy: 'instruction.markRead',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: (cell) => ({
      query: 'mutation($id: ID!) { markInstructionRead(id: $id) { readAt } }',
      variables: { id: reportFor('read', cell) },
    }),
  },
  'Mutation.archivePlan': {
    // The REPORTER column is finance, not the plan's office (区市场监督管理局). Each allowed cell archives its own
    // ended plan, made in beforeAll.
    policy: 'plan.archive',
    outOfScope: ['REPORTER'],
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: ({ transport }) => ({
      query: 'mutation($code: String!) { archivePlan(planCode: $code) { lifecycle } }',
      variables: { code: `ended-plan-${transport}` },
    }),
  },
  // 接续方案: the office of the ended plan (区市场监督管理局) or an ADMIN. The REPORTER column is finance, the office of
  // no plan here: out of scope. Each allowed cell succeeds its own ended plan, made in beforeAll.
  'Query.successorCandidates': {
    policy: 'plan.succeed',
    outOfScope: ['REPORTER'],
    anonymous: 'UNAUTHENTICATED',
    writes: false,
    operation: ({ transport }) => ({
      query: `{ successorCandidates(planCode: "succeeded-plan-${transport}") { measures { measure { code } } } }`,
    }),
  },
  'Mutation.startSuccessorPlan': {
    policy: 'plan.succeed',
    outOfScope: ['REPORTER'],
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: ({ transport, n }) => ({
      query: 'mutation($i: StartSuccessorPlanInput!) { startSuccessorPlan(input: $i) { code } }',
      variables: {
        i: {
          planCode: `succeeded-plan-${transport}`,
          code: `matrix-successor-${transport}-${n}`,
          title: '接续方案',
          startsOn: '2021-01-01',
          endsOn: '2021-12-31',
          carryMeasureCodes: ['M1'],
        },
      },
    }),
  },
  'Mutation.publishRevision': {
    // 方案调整: the plan's office (区市场监督管理局) or an ADMIN. The REPORTER column is finance, which leads the plan's
    // measure but keeps no plan here: out of scope. Each allowed cell revises its own plan in force, made in beforeAll.
    policy: 'plan.revise',
    outOfScope: ['REPORTER'],
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: ({ transport, n, role }) => ({
      query: 'mutation($i: PlanRevisionInput!) { publishRevision(input: $i) { revision { number } } }',
      variables: {
        i: {
          planCode: `revised-plan-${transport}`,
          reason: '调整目标表述',
          effectiveOn: '2026-01-01',
          changes: [{ updateGoal: { goalCode: 'G1', title: `年度目标（${transport}-${role}-${n}）` } }],
        },
      },
    }),
  },
  'Mutation.disableUser': {
    policy: 'user.disable',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: ({ transport, n }) => ({
      query: `mutation { disableUser(username: "victim-${transport}-${n}") { active } }`,
    }),
  },
  'Mutation.createPlan': {
    policy: 'plan.create',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: ({ transport, n }) => ({
      query: 'mutation($i: CreatePlanInput!) { createPlan(input: $i) { code } }',
      variables: {
        i: {
          code: `matrix-new-${transport}-${n}`,
          title: '新方案',
          issuer: '领导小组',
          startsOn: '2026-01-01',
          endsOn: '2026-12-31',
          leadingGroupCode: 'leadership-group',
        },
      },
    }),
  },
  // The draft editor: the office of the draft's leading group (区市场监督管理局) or an ADMIN. The REPORTER column
  // is finance, the office of no plan here: out of scope.
  'Mutation.updateDraftPlan': {
    policy: 'plan.edit',
    outOfScope: ['REPORTER'],
    invisibleTo: ['REPORTER'],
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: () => ({
      query: 'mutation($i: UpdateDraftPlanInput!) { updateDraftPlan(input: $i) { code } }',
      variables: { i: { planCode: DRAFT, summary: '修改后的前言' } },
    }),
  },
  'Mutation.saveDraftGoal': {
    policy: 'plan.edit',
    outOfScope: ['REPORTER'],
    invisibleTo: ['REPORTER'],
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: ({ transport, n }) => ({
      query: 'mutation($i: DraftGoalInput!) { saveDraftGoal(input: $i) { code } }',
      variables: { i: { planCode: DRAFT, code: `G-${transport}-${n}`, title: '目标' } },
    }),
  },
  'Mutation.removeDraftGoal': {
    policy: 'plan.edit',
    outOfScope: ['REPORTER'],
    invisibleTo: ['REPORTER'],
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: ({ transport }) => ({
      query: `mutation { removeDraftGoal(planCode: "${DRAFT}", goalCode: "RG-${transport}") }`,
    }),
  },
  'Mutation.saveDraftMeasure': {
    policy: 'plan.edit',
    outOfScope: ['REPORTER'],
    invisibleTo: ['REPORTER'],
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: ({ transport, n }) => ({
      query: 'mutation($i: DraftMeasureInput!) { saveDraftMeasure(input: $i) { code } }',
      variables: { i: { planCode: DRAFT, parentCode: 'P1', code: `M-${transport}-${n}`, title: '措施' } },
    }),
  },
  'Mutation.moveDraftMeasure': {
    policy: 'plan.edit',
    outOfScope: ['REPORTER'],
    invisibleTo: ['REPORTER'],
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: () => ({
      query: 'mutation($i: MoveDraftMeasureInput!) { moveDraftMeasure(input: $i) { code } }',
      variables: { i: { planCode: DRAFT, measureCode: 'P1.1', parentCode: 'P1', position: 0 } },
    }),
  },
  'Mutation.removeDraftMeasure': {
    policy: 'plan.edit',
    outOfScope: ['REPORTER'],
    invisibleTo: ['REPORTER'],
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: ({ transport }) => ({
      query: `mutation { removeDraftMeasure(planCode: "${DRAFT}", measureCode: "RM-${transport}") }`,
    }),
  },
  'Mutation.setDraftAssignments': {
    policy: 'plan.edit',
    outOfScope: ['REPORTER'],
    invisibleTo: ['REPORTER'],
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: () => ({
      query: 'mutation($i: SetDraftAssignmentsInput!) { setDraftAssignments(input: $i) { code } }',
      variables: { i: { planCode: DRAFT, measureCode: 'P1', leadCode: 'finance', participantCodes: ['commerce'] } },
    }),
  },
  'Mutation.saveDraftIndicator': {
    policy: 'plan.edit',
    outOfScope: ['REPORTER'],
    invisibleTo: ['REPORTER'],
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: ({ transport, n }) => ({
      query: 'mutation($i: DraftIndicatorInput!) { saveDraftIndicator(input: $i) { code } }',
      variables: {
        i: {
          planCode: DRAFT,
          code: `i-${transport}-${n}`,
          goalCode: 'G1',
          departmentCode: 'finance',
          name: '指标',
          target: 10,
          targetDate: '2026-12-31',
          targetText: '达到10',
        },
      },
    }),
  },
  'Mutation.removeDraftIndicator': {
    policy: 'plan.edit',
    outOfScope: ['REPORTER'],
    invisibleTo: ['REPORTER'],
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: ({ transport }) => ({
      query: `mutation { removeDraftIndicator(planCode: "${DRAFT}", indicatorCode: "ri-${transport}") }`,
    }),
  },
  // 导入方案文件: the uploader reads their own document (each allowed cell its own role's upload, made in beforeAll);
  // only an ADMIN makes a plan of one; the office confirms an imported item of its draft.
  'Query.planDocument': {
    policy: 'plan.import',
    anonymous: 'UNAUTHENTICATED',
    writes: false,
    operation: ({ role }) => ({ query: `{ planDocument(id: ${prepared.get(`document:${role}`) ?? 0}) { id } }` }),
  },
  // 从修订文件导入: the plan office (or an ADMIN) reads a revised document against its plan in force; the REPORTER
  // column (finance) keeps no plan: out of scope. Every allowed cell reads the ADMIN's upload (an ADMIN reads any).
  'Query.planRevisionProposal': {
    policy: 'plan.revise',
    outOfScope: ['REPORTER'],
    anonymous: 'UNAUTHENTICATED',
    writes: false,
    operation: ({ transport }) => ({
      query: `{ planRevisionProposal(planCode: "revised-plan-${transport}", documentId: ${prepared.get('document:ADMIN') ?? 0}) { unresolvedUnits } }`,
    }),
  },
  'Mutation.createPlanFromDocument': {
    policy: 'plan.create',
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: ({ transport, n }) => ({
      query: 'mutation($i: CreatePlanFromDocumentInput!) { createPlanFromDocument(input: $i) { code } }',
      variables: {
        i: {
          documentId: Number(prepared.get('document:ADMIN')),
          code: `matrix-import-${transport}-${n}`,
          leadingGroupCode: 'leadership-group',
          issuer: '领导小组',
        },
      },
    }),
  },
  'Mutation.confirmImportedItem': {
    policy: 'plan.edit',
    outOfScope: ['REPORTER'],
    invisibleTo: ['REPORTER'],
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: ({ transport }) => ({
      query: `mutation { confirmImportedItem(planCode: "${DRAFT}", kind: GOAL, code: "FG-${transport}") }`,
    }),
  },
  'Mutation.publishPlan': {
    policy: 'plan.publish',
    outOfScope: ['REPORTER'],
    invisibleTo: ['REPORTER'],
    anonymous: 'UNAUTHENTICATED',
    writes: true,
    operation: ({ transport }) => ({
      query: `mutation { publishPlan(planCode: "matrix-publish-${transport}") { code } }`,
    }),
  },
};

/** The roles a row allows: the policy's for its operation, less those whose account here is out of its scope. */
function allowedRoles(spec: Operation): readonly Role[] {
  if (!spec.policy) return spec.allowed ?? [];
  const roles = POLICY[spec.policy].roles as readonly Role[];
  return roles.filter((role) => !spec.outOfScope?.includes(role));
}

/** Operations that narrow what a read returns rather than refuse it, tested with their reads. */
const READ_SCOPES: PolicyOperation[] = ['instruction.see', 'assessment.seeRow', 'plan.readDraft'];

/** Operations of the office routes (README, "Office documents"), tested in their own files over plain HTTP. */
const ROUTE_SCOPES: PolicyOperation[] = ['ledger.readDepartment'];

let app: TestApp;
const clients = new Map<Role, ApiClient>();

/** Everything a denied write must leave as it was. */
async function fingerprint(): Promise<string> {
  const result = await app.database.db.execute(sql`
    select (select count(*) from events) as events,
           (select count(*) from progress_reports) as reports,
           (select coalesce(sum(version), 0) from progress_reports) as versions,
           (select count(*) from indicator_observations) as observations,
           (select md5(coalesce(string_agg(username || password_hash || coalesce(disabled_at::text, ''), ',' order by id), '')) from users) as users,
           (select count(*) from sessions where revoked_at is not null) as revoked,
           (select md5(coalesce(string_agg(date::text || working::text || name, ',' order by date), '')) from calendar_days) as calendar,
           (select count(*) from reporting_cycles) as cycles,
           (select count(*) || ':' || coalesce(sum(version), 0) from urge_notices) as notices,
           (select count(*) || ':' || coalesce(sum(version), 0) from assessment_weights) as weights,
           (select count(*) || ':' || count(decided_at) from extension_requests) as extensions,
           (select count(*) from progress_report_reviews) as reviews,
           (select count(*) from instructions) || ':' || (select count(*) from instruction_reads) as instructions,
           (select string_agg(code || ':' || state, ',' order by code) from plans) as plans,
           (select md5(string_agg(d::text, ',' order by d.id)) from departments d) as departments,
           (select md5(coalesce(string_agg(m::text, ',' order by m.group_id, m.member_id), '')) from department_members m) as members,
           (select md5(string_agg(a::text, ',' order by a.measure_id, a.department_id)) from assignments a) as assignments`);
  return JSON.stringify(result);
}

beforeAll(async () => {
  app = await startTestApp();
  for (const role of ROLES) clients.set(role, await app.as(ACCOUNT[role]));
  const admin = clients.get('ADMIN')!;
  const create = (username: string) =>
    admin.gql('mutation($i: CreateUserInput!) { createUser(input: $i) { username } }', {
      i: { username, displayName: '目标', role: 'VIEWER', password: 'a-good-password' },
    });
  await create('target');
  for (const transport of ['http', 'ws']) {
    await addSmallPlan(app.database.db, {
      code: `succeeded-plan-${transport}`,
      title: '已结束、待接续的方案',
      startsOn: '2020-01-01',
      endsOn: '2020-12-31',
      lead: 'finance',
    });
    await addSmallPlan(app.database.db, {
      code: `revised-plan-${transport}`,
      title: '实施中的方案',
      startsOn: '2026-01-01',
      endsOn: '2099-12-31',
      lead: 'finance',
    });
    await addSmallPlan(app.database.db, {
      code: `ended-plan-${transport}`,
      title: '已结束的方案',
      startsOn: '2020-01-01',
      endsOn: '2020-12-31',
      lead: 'finance',
    });
  }
  const finance = clients.get('REPORTER')!;
  for (const field of ['edit', 'withdraw', 'accept', 'review-return']) {
    for (const transport of ['http', 'ws']) {
      for (const role of [...ROLES, 'anonymous']) {
        const made = await finance.gql<{ submitProgressReport: { id: string } }>(
          'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }',
          { i: REPORT },
        );
        prepared.set(`${field}:${transport}:${role}`, made.data!.submitProgressReport.id);
      }
    }
  }
  for (const transport of ['http', 'ws']) for (let n = 0; n < 8; n++) await create(`victim-${transport}-${n}`);
  // Drafts for the editor's rows: one to edit, with what each allowed cell removes, and one to publish per transport.
  const draft = (code: string) =>
    admin.gql('mutation($i: CreatePlanInput!) { createPlan(input: $i) { code } }', {
      i: {
        code,
        title: '草稿',
        issuer: '领导小组',
        startsOn: '2026-01-01',
        endsOn: '2026-12-31',
        leadingGroupCode: 'leadership-group',
      },
    });
  const edit = async (query: string, i: Record<string, unknown>) => {
    const done = await admin.gql(query, { i });
    expect(done.errors).toBeUndefined();
  };
  const MEASURE = 'mutation($i: DraftMeasureInput!) { saveDraftMeasure(input: $i) { code } }';
  const ASSIGN = 'mutation($i: SetDraftAssignmentsInput!) { setDraftAssignments(input: $i) { code } }';
  await draft(DRAFT);
  await edit('mutation($i: DraftGoalInput!) { saveDraftGoal(input: $i) { code } }', {
    planCode: DRAFT,
    code: 'G1',
    title: '目标',
  });
  await edit(MEASURE, { planCode: DRAFT, code: 'P1', kind: 'PROJECT', title: '工程' });
  await edit(MEASURE, { planCode: DRAFT, code: 'P1.1', parentCode: 'P1', title: '措施' });
  for (const transport of ['http', 'ws']) {
    await edit('mutation($i: DraftGoalInput!) { saveDraftGoal(input: $i) { code } }', {
      planCode: DRAFT,
      code: `RG-${transport}`,
      title: '待删目标',
    });
    await edit(MEASURE, { planCode: DRAFT, code: `RM-${transport}`, title: '待删措施' });
    await edit('mutation($i: DraftIndicatorInput!) { saveDraftIndicator(input: $i) { code } }', {
      planCode: DRAFT,
      code: `ri-${transport}`,
      goalCode: 'G1',
      departmentCode: 'finance',
      name: '待删指标',
      target: 1,
      targetDate: '2026-12-31',
      targetText: '1',
    });
    // A goal with an importer's flag, for each transport's cell that confirms one.
    await edit('mutation($i: DraftGoalInput!) { saveDraftGoal(input: $i) { code } }', {
      planCode: DRAFT,
      code: `FG-${transport}`,
      title: '导入的目标',
    });
    await app.database.db.execute(
      sql`update goals set import_flags = '[{"code":"NO_UNIT","reason":"目标值没有单位，请确认"}]'::jsonb where code = ${`FG-${transport}`}`,
    );
    const publish = `matrix-publish-${transport}`;
    await draft(publish);
    await edit(MEASURE, { planCode: publish, code: 'M1', title: '措施' });
    await edit(ASSIGN, { planCode: publish, measureCode: 'M1', leadCode: 'finance', participantCodes: [] });
  }

  // A plan document uploaded by each role that may upload one, for the preview's cells.
  const document =
    '某区2026年工作要点\n一、主要目标\n完成各项任务。\n二、重点任务\n（一）推进专利导航。（牵头单位：区财政局）';
  for (const role of ['REPORTER', 'ADMIN'] as const) {
    prepared.set(`document:${role}`, String(await uploadPlanText(app, clients.get(role)!, document, 'plan.txt')));
  }

  // Units of the register, one per cell that renames, merges, retires or sets members or aliases of one.
  for (const field of ['rename', 'merge', 'retire', 'members', 'aliases']) {
    for (const transport of ['http', 'ws'] as const) {
      for (const role of [...ROLES, 'anonymous'] as const) {
        const code = unitFor(field, { transport, role, n: 0 });
        const made = await admin.gql('mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { code } }', {
          i: { code, name: `区${code}`, kind: field === 'members' ? 'GROUP' : 'GOVERNMENT_DEPARTMENT' },
        });
        expect(made.errors).toBeUndefined();
      }
    }
  }
  // Instructions, one per cell that marks one read.
  for (const transport of ['http', 'ws']) {
    for (const role of [...ROLES, 'anonymous']) {
      const issued = await clients
        .get('LEADER')!
        .gql<{ issueInstruction: { id: string } }>(
          'mutation($i: IssueInstructionInput!) { issueInstruction(input: $i) { id } }',
          { i: INSTRUCTION },
        );
      prepared.set(`read:${transport}:${role}`, issued.data!.issueInstruction.id);
    }
  }
  // Contacts, one per cell that changes or removes one: each role's own.
  for (const field of ['contact-update', 'contact-remove']) {
    for (const transport of ['http', 'ws']) {
      for (const role of ROLES) {
        const added = await clients
          .get(role)!
          .gql<{ addContact: { id: number } }>('mutation($i: ContactInput!) { addContact(input: $i) { id } }', {
            i: { channel: 'EMAIL', address: `${field}-${transport}-${role}@duban.test`.toLowerCase() },
          });
        prepared.set(`${field}:${transport}:${role}`, String(added.data!.addContact.id));
      }
    }
  }
  // Failed deliveries, one per cell that puts one back in the queue.
  for (const transport of ['http', 'ws']) {
    for (const role of [...ROLES, 'anonymous']) {
      const [row] = await sqlRows<{ id: number }>(
        app.database.db,
        sql`with m as (
          insert into messages (plan_id, kind, department_id, facts, dedup_key)
          select id, 'REPORT_RETURNED', (select id from departments where code = 'finance'),
            '{"kind":"REPORT_RETURNED","reportId":0,"measureId":0,"departmentId":0,"period":"2025-06","reason":null}',
            ${`matrix:${transport}:${role}`} from plans where code = ${PLAN} returning id
        ) insert into deliveries (message_id, channel, address, state, attempts, last_error)
          select id, 'EMAIL', 'gone@duban.test', 'FAILED', 6, '对方返回 500' from m returning id`,
      );
      prepared.set(`delivery:${transport}:${role}`, String(row!.id));
    }
  }
  // Urging notices, one per cell that acts on one, each in the state its step starts from.
  const leader = clients.get('LEADER')!;
  const steps: Record<string, string[]> = {
    acknowledge: [],
    respond: ['acknowledgeUrgeNotice(id: $id) { state }'],
    close: ['acknowledgeUrgeNotice(id: $id) { state }', 'respondToUrgeNotice(id: $id, response: "已落实") { state }'],
    return: ['acknowledgeUrgeNotice(id: $id) { state }', 'respondToUrgeNotice(id: $id, response: "已落实") { state }'],
    extend: ['acknowledgeUrgeNotice(id: $id) { state }'],
    approve: ['acknowledgeUrgeNotice(id: $id) { state }', EXTEND],
    refuse: ['acknowledgeUrgeNotice(id: $id) { state }', EXTEND],
  };
  for (const [field, before] of Object.entries(steps)) {
    for (const transport of ['http', 'ws']) {
      for (const role of [...ROLES, 'anonymous']) {
        const issued = await leader.gql<{ issueUrgeNotice: { id: string } }>(
          'mutation($i: IssueUrgeNoticeInput!) { issueUrgeNotice(input: $i) { id } }',
          { i: NOTICE },
        );
        const id = issued.data!.issueUrgeNotice.id;
        let made = id;
        for (const call of before) {
          const done = await finance.gql<{ requestExtension?: { id: string } }>(`mutation($id: ID!) { ${call} }`, {
            id,
          });
          expect(done.errors).toBeUndefined();
          // Deciding on an extension takes the request's id, not the notice's.
          made = done.data?.requestExtension?.id ?? made;
        }
        prepared.set(`${field}:${transport}:${role}`, made);
      }
    }
  }
});
afterAll(() => app.close());

describe('the access matrix', () => {
  it('covers every query and mutation in the schema', async () => {
    const schema = await getSchema();
    const fields = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((f) => `Query.${f}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((f) => `Mutation.${f}`),
      ...Object.keys(schema.getSubscriptionType()?.getFields() ?? {}).map((f) => `Subscription.${f}`),
    ].sort();
    expect(Object.keys(MATRIX).sort()).toEqual(fields);
  });

  it('takes every write’s roles from the policy table, and names every operation of the table', () => {
    for (const [field, spec] of Object.entries(MATRIX)) {
      // A write with a role rule must say which operation it is: no second hand-kept list of roles.
      if (spec.writes && spec.allowed && spec.allowed.length < ROLES.length) expect.fail(`${field} lists its roles`);
      if (spec.policy) expect(spec.allowed, field).toBeUndefined();
      // Only a department's clerk is ever out of scope: the other roles act for every department.
      for (const role of spec.outOfScope ?? []) expect(role, field).toBe('REPORTER');
    }
    const named = new Set([
      ...Object.values(MATRIX).flatMap((spec) => (spec.policy ? [spec.policy] : [])),
      ...READ_SCOPES,
      ...ROUTE_SCOPES,
    ]);
    expect([...named].sort()).toEqual(Object.keys(POLICY).sort());
  });

  for (const transport of ['http', 'ws'] as const) {
    for (const [field, spec] of Object.entries(MATRIX)) {
      if (spec.transports && !spec.transports.includes(transport)) continue;
      for (const role of [...ROLES, 'anonymous'] as const) {
        const expected =
          role === 'anonymous'
            ? spec.anonymous === 'ALLOWED'
              ? 'allowed'
              : 'UNAUTHENTICATED'
            : allowedRoles(spec).includes(role)
              ? 'allowed'
              : spec.invisibleTo?.includes(role)
                ? 'NOT_FOUND'
                : 'FORBIDDEN';
        it(`${field} for ${role} over ${transport}: ${expected}`, async () => {
          const n = ROLES.indexOf(role as Role) + 1;
          const { query, variables } = spec.operation({ transport, role, n: n === 0 ? 5 : n });
          // logout ends the session it is sent with: give it one of its own.
          const client =
            role === 'anonymous'
              ? app.anonymous
              : field === 'Mutation.logout'
                ? await app.as(ACCOUNT[role])
                : clients.get(role)!;
          if (transport === 'ws' && role === 'anonymous') {
            // Nobody signed in cannot even open a socket: the server closes it at connection_init.
            await expect(client.ws(query, variables)).rejects.toMatchObject({ code: 4403 });
            return;
          }
          const before = await fingerprint();
          const result: GraphQLResponse =
            transport === 'http' ? await client.gql(query, variables) : await client.ws(query, variables);
          if (expected === 'allowed') {
            expect(result.errors).toBeUndefined();
            expect(result.data).toBeTruthy();
          } else {
            expect(result.errors?.[0]?.extensions?.code).toBe(expected);
            if (spec.writes) expect(await fingerprint()).toBe(before);
          }
        });
      }
    }
  }
});

describe('viewerCan agrees with what the mutation then does', () => {
  const NOTICE_CAN = 'acknowledge respond requestExtension decideExtension close returnForRevision';
  type NoticeCan = Record<'acknowledge' | 'respond' | 'requestExtension' | 'close' | 'returnForRevision', boolean>;
  const noticeCan = async (client: ApiClient, id: string): Promise<NoticeCan> => {
    const result = await client.gql<{ plan: { urgeNotices: { id: string; viewerCan: NoticeCan }[] } }>(
      `{ plan(code: "${PLAN}") { urgeNotices { id viewerCan { ${NOTICE_CAN} } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const notice = result.data!.plan.urgeNotices.find((n) => n.id === id);
    if (!notice) throw new Error(`notice ${id} not listed`);
    return notice.viewerCan;
  };
  const issue = async (departmentCode: string) => {
    const issued = await clients
      .get('LEADER')!
      .gql<{ issueUrgeNotice: { id: string } }>(
        'mutation($i: IssueUrgeNoticeInput!) { issueUrgeNotice(input: $i) { id } }',
        { i: { ...NOTICE, departmentCode } },
      );
    expect(issued.errors).toBeUndefined();
    return issued.data!.issueUrgeNotice.id;
  };
  const acknowledge = (client: ApiClient, id: string) =>
    client.gql('mutation($id: ID!) { acknowledgeUrgeNotice(id: $id) { state } }', { id });

  it('a participating clerk may not sign for the lead’s notice, and is refused; the lead’s clerk may, and does', async () => {
    const id = await issue('market-supervision');
    const finance = clients.get('REPORTER')!;
    expect((await noticeCan(finance, id)).acknowledge).toBe(false);
    const refused = await acknowledge(finance, id);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      detail: 'OTHER_DEPARTMENT',
      reason: '只能处理发给本部门的督办单',
    });

    const lead = await app.as('market-supervision');
    expect(await noticeCan(lead, id)).toMatchObject({ acknowledge: true, respond: false, close: false });
    expect((await acknowledge(lead, id)).errors).toBeUndefined();
    expect(await noticeCan(lead, id)).toMatchObject({ acknowledge: false, respond: true, requestExtension: true });
  });

  it('a leader sees the office’s steps only, and is refused the department’s', async () => {
    const id = await issue('market-supervision');
    const leader = clients.get('LEADER')!;
    expect(await noticeCan(leader, id)).toMatchObject({ acknowledge: false, close: false, requestExtension: false });
    expect((await acknowledge(leader, id)).errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      detail: 'ROLE_NOT_ALLOWED',
    });
    const lead = await app.as('market-supervision');
    expect((await acknowledge(lead, id)).errors).toBeUndefined();
    const replied = await lead.gql(
      'mutation($id: ID!) { respondToUrgeNotice(id: $id, response: "已落实") { state } }',
      {
        id,
      },
    );
    expect(replied.errors).toBeUndefined();
    expect(await noticeCan(lead, id)).toMatchObject({ close: false, returnForRevision: false });
    expect(await noticeCan(leader, id)).toMatchObject({ close: true, returnForRevision: true });
    const closed = await leader.gql('mutation($id: ID!) { closeUrgeNotice(id: $id) { state } }', { id });
    expect(closed.errors).toBeUndefined();
  });

  it('a member unit acts for its group: a town may sign for a notice sent to 各镇、街道, and does', async () => {
    const id = await issue('towns-subdistricts');
    const town = await app.as('chengxi-subdistrict');
    expect((await noticeCan(town, id)).acknowledge).toBe(true);
    expect((await acknowledge(town, id)).errors).toBeUndefined();
  });

  it('a report: its department may edit it, another department may not and is refused, the office reviews it', async () => {
    const finance = clients.get('REPORTER')!;
    const made = await finance.gql<{ submitProgressReport: { id: string } }>(
      'mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { id } }',
      { i: REPORT },
    );
    const id = made.data!.submitProgressReport.id;
    type ReportCan = Record<'edit' | 'withdraw' | 'accept' | 'returnForRevision' | 'instruct', boolean>;
    const reportCan = async (client: ApiClient): Promise<ReportCan> => {
      const result = await client.gql<{
        plan: { measures: { code: string; reports: { id: string; viewerCan: ReportCan }[] }[] };
      }>(
        `{ plan(code: "${PLAN}") { measures { code reports(first: 100) { id viewerCan { edit withdraw accept returnForRevision instruct } } } } }`,
      );
      expect(result.errors).toBeUndefined();
      const report = result.data!.plan.measures.flatMap((m) => m.reports).find((r) => r.id === id);
      if (!report) throw new Error(`report ${id} not listed`);
      return report.viewerCan;
    };
    expect(await reportCan(finance)).toEqual({
      edit: true,
      withdraw: true,
      accept: false,
      returnForRevision: false,
      instruct: false,
    });
    const other = await app.as('market-supervision');
    expect((await reportCan(other)).edit).toBe(false);
    const edit = (client: ApiClient) =>
      client.gql('mutation($i: EditProgressReportInput!) { editProgressReport(input: $i) { version } }', {
        i: { id, version: 1, status: 'AT_RISK', percentComplete: 40, summary: '有风险' },
      });
    expect((await edit(other)).errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      detail: 'OTHER_DEPARTMENT',
      reason: '只能修改本部门的报告',
    });
    const leader = clients.get('LEADER')!;
    expect(await reportCan(leader)).toMatchObject({
      edit: false,
      accept: true,
      returnForRevision: true,
      instruct: true,
    });
    const accepted = await leader.gql(
      'mutation($id: ID!) { acceptProgressReport(id: $id, version: 1) { reviewState } }',
      {
        id,
      },
    );
    expect(accepted.errors).toBeUndefined();
    expect(await reportCan(leader)).toMatchObject({ accept: false, returnForRevision: true });
  });

  it('the plan’s viewerCan follows the policy’s roles for every role', async () => {
    for (const role of ROLES) {
      const result = await clients
        .get(role)!
        .gql<{ plan: { viewerCan: Record<string, boolean> } }>(
          `{ plan(code: "${PLAN}") { viewerCan { issueUrgeNotice issueInstruction setAssessmentWeights setReportingCycle } } }`,
        );
      const may = (operation: PolicyOperation) => (POLICY[operation].roles as readonly Role[]).includes(role);
      expect(result.data!.plan.viewerCan, role).toEqual({
        issueUrgeNotice: may('urge.issue'),
        issueInstruction: may('instruction.issue'),
        setAssessmentWeights: may('assessment.setWeights'),
        setReportingCycle: may('reportingCycle.set'),
      });
    }
  });

  it('viewerCan.revise: the plan’s office and the admins, on a plan in force only', async () => {
    const office = await app.as('market-supervision');
    const revise = async (client: ApiClient, code: string) =>
      (
        await client.gql<{ plan: { viewerCan: { revise: boolean } } }>(
          `{ plan(code: "${code}") { viewerCan { revise } } }`,
        )
      ).data?.plan.viewerCan.revise;
    for (const role of ROLES) {
      // finance (REPORTER) is not the plan's office: like the leader and the viewer, it may not revise.
      expect(await revise(clients.get(role)!, 'revised-plan-http'), role).toBe(role === 'ADMIN');
    }
    expect(await revise(office, 'revised-plan-http')).toBe(true);
    // An ended plan (its term is over) is not revised any more.
    expect(await revise(office, 'ended-plan-http')).toBe(false);
  });
});
