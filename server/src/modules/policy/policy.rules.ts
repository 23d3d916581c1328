import { UserRole } from '../../shared/viewer';

/**
 * Who may do what, as data: every operation a service performs maps to the roles that may call it and the scope
 * it needs. Services call `authorize(scope, '<operation>', target)` first; `viewerCan` fields ask `can` with the
 * same rule, so the screen and the server never disagree. test/access-matrix.test.ts checks this table against
 * what the API does, for every role, over HTTP and WebSocket.
 */

/**
 * What a rule asks beyond the role. A department's clerk (REPORTER) is bound to departments; the other roles a
 * rule allows act for every department.
 * - `none`: the role is enough.
 * - `own-department`: the clerk's own department only (reports and indicator values are filed as the unit itself).
 * - `department`: a department the clerk acts for (`actsFor`: its own, or a group it is a member unit of).
 */
export type PolicyScope = 'none' | 'own-department' | 'department';

export interface PolicyRule {
  /** The roles that may call it; everyone else is refused with ROLE_NOT_ALLOWED. */
  roles: readonly UserRole[];
  scope: PolicyScope;
  /** Completes 当前角色无权…, the refusal of another role. */
  action: string;
  /** The refusal of a clerk outside the scope (OTHER_DEPARTMENT): the reason, given the target's name. */
  otherDepartment?: (name: string) => string;
  /** The argument a scope refusal names, unless the call site says otherwise. */
  field?: string;
}

const ADMIN_ONLY = [UserRole.ADMIN] as const;
/** The plan office: leaders and admins. */
const OVERSEERS = [UserRole.LEADER, UserRole.ADMIN] as const;
/** Those who act for a department: its clerk, or an admin for any. */
const CLERKS = [UserRole.REPORTER, UserRole.ADMIN] as const;
const EVERYONE = [UserRole.VIEWER, UserRole.REPORTER, UserRole.LEADER, UserRole.ADMIN] as const;

const noticeOfOther = () => '只能处理发给本部门的督办单';

export const POLICY = {
  'user.list': { roles: ADMIN_ONLY, scope: 'none', action: '查看用户列表' },
  'user.create': { roles: ADMIN_ONLY, scope: 'none', action: '创建用户' },
  'user.resetPassword': { roles: ADMIN_ONLY, scope: 'none', action: '重置密码' },
  'user.disable': { roles: ADMIN_ONLY, scope: 'none', action: '停用用户' },
  /** The department register (部门管理): units, their names, aliases, groups, merges and retirements. */
  'department.create': { roles: ADMIN_ONLY, scope: 'none', action: '新增部门' },
  'department.rename': { roles: ADMIN_ONLY, scope: 'none', action: '部门更名' },
  'department.merge': { roles: ADMIN_ONLY, scope: 'none', action: '合并部门' },
  'department.retire': { roles: ADMIN_ONLY, scope: 'none', action: '撤销部门' },
  'department.setMembers': { roles: ADMIN_ONLY, scope: 'none', action: '设置单位组合的成员' },
  'department.setAliases': { roles: ADMIN_ONLY, scope: 'none', action: '设置部门别名' },
  'audit.read': { roles: OVERSEERS, scope: 'none', action: '查看审计记录' },
  'calendar.setDay': { roles: OVERSEERS, scope: 'none', action: '修改工作日历' },
  'calendar.clearDay': { roles: OVERSEERS, scope: 'none', action: '修改工作日历' },
  'reportingCycle.set': { roles: OVERSEERS, scope: 'none', action: '设定报送周期' },
  'assessment.setWeights': { roles: OVERSEERS, scope: 'none', action: '设定考核权重' },
  /** A department's row of the ranking: everyone, but a clerk only its own department's and its groups'. */
  'assessment.seeRow': { roles: EVERYONE, scope: 'department', action: '查看考核结果' },
  /** 部门台账: everyone, but a clerk only its own department's and its groups'. */
  'ledger.readDepartment': {
    roles: EVERYONE,
    scope: 'department',
    action: '下载部门台账',
    otherDepartment: (name) => `只能下载本部门（或所在组）的台账，不能下载「${name}」的台账`,
    field: 'departmentCode',
  },
  'progress.submit': {
    roles: CLERKS,
    scope: 'own-department',
    action: '填报进度',
    otherDepartment: (name) => `只能以本部门名义填报，不能代「${name}」填报`,
    field: 'input.departmentCode',
  },
  'progress.backfill': { roles: OVERSEERS, scope: 'none', action: '补录历史报告（仅方案办公室）' },
  'progress.edit': {
    roles: CLERKS,
    scope: 'own-department',
    action: '修改进度报告',
    otherDepartment: () => '只能修改本部门的报告',
    field: 'input.id',
  },
  'progress.withdraw': {
    roles: CLERKS,
    scope: 'own-department',
    action: '撤回进度报告',
    otherDepartment: () => '只能修改本部门的报告',
    field: 'input.id',
  },
  'progress.accept': { roles: OVERSEERS, scope: 'none', action: '审核进度报告' },
  'progress.return': { roles: OVERSEERS, scope: 'none', action: '退回进度报告' },
  'indicator.record': {
    roles: CLERKS,
    scope: 'own-department',
    action: '填报指标值',
    otherDepartment: (name) => `指标「${name}」不由本部门填报`,
    field: 'input.indicatorCode',
  },
  'urge.issue': { roles: OVERSEERS, scope: 'none', action: '下发督办单' },
  'urge.acknowledge': {
    roles: CLERKS,
    scope: 'department',
    action: '签收督办单',
    otherDepartment: noticeOfOther,
    field: 'id',
  },
  'urge.respond': {
    roles: CLERKS,
    scope: 'department',
    action: '反馈督办单',
    otherDepartment: noticeOfOther,
    field: 'id',
  },
  'urge.close': { roles: OVERSEERS, scope: 'none', action: '办结督办单' },
  'urge.return': { roles: OVERSEERS, scope: 'none', action: '退回督办单' },
  'extension.request': {
    roles: CLERKS,
    scope: 'department',
    action: '申请延期',
    otherDepartment: noticeOfOther,
    field: 'input.urgeNoticeId',
  },
  'extension.approve': { roles: OVERSEERS, scope: 'none', action: '审批延期申请' },
  'extension.refuse': { roles: OVERSEERS, scope: 'none', action: '审批延期申请' },
  'instruction.issue': { roles: OVERSEERS, scope: 'none', action: '作出领导批示' },
  /** Who sees an instruction: everyone, but a clerk only those addressed to a department it acts for. */
  'instruction.see': { roles: EVERYONE, scope: 'department', action: '查看领导批示' },
  /** 已阅 is a department's act: only its clerk marks it, not an admin. */
  'instruction.markRead': {
    roles: [UserRole.REPORTER],
    scope: 'department',
    action: '阅示领导批示',
    otherDepartment: () => '只能阅示发给本部门的领导批示',
    field: 'id',
  },
  /** A new plan starts as a draft; naming its leading group names the office that keeps it. */
  'plan.create': { roles: ADMIN_ONLY, scope: 'none', action: '新建方案' },
  /** Uploading a plan document to read it: an ADMIN boarding a plan, or an office clerk with a revised document. */
  'plan.import': { roles: CLERKS, scope: 'none', action: '导入方案文件' },
  /**
   * The plan office (领导小组办公室) keeps its plan: the clerk of the department hosting the office of the plan's
   * leading group, or an ADMIN. The target is that office department (`planOfficeOf` in modules/plan).
   */
  'plan.edit': {
    roles: CLERKS,
    scope: 'own-department',
    action: '编辑方案',
    otherDepartment: () => '只有本方案的领导小组办公室可以编辑方案',
    field: 'planCode',
  },
  'plan.publish': {
    roles: CLERKS,
    scope: 'own-department',
    action: '发布方案',
    otherDepartment: () => '只有本方案的领导小组办公室可以发布方案',
    field: 'planCode',
  },
  /** 方案调整: a plan in force changes only by a revision its office publishes (or an ADMIN). */
  'plan.revise': {
    roles: CLERKS,
    scope: 'own-department',
    action: '调整方案',
    otherDepartment: () => '只有本方案的领导小组办公室可以调整方案',
    field: 'input.planCode',
  },
  'plan.archive': {
    roles: CLERKS,
    scope: 'own-department',
    action: '归档方案',
    otherDepartment: () => '只有本方案的领导小组办公室可以归档方案',
    field: 'planCode',
  },
  /**
   * 接续方案: the office of an ended plan starts its successor, a draft kept by the same leading group, carrying the
   * measures not finished and the indicators' final values as new baselines.
   */
  'plan.succeed': {
    roles: CLERKS,
    scope: 'own-department',
    action: '启动接续方案',
    otherDepartment: () => '只有本方案的领导小组办公室可以启动接续方案',
    field: 'planCode',
  },
  /** 消息: one's own inbox, preferences and contacts; everyone signed in, for themselves only. */
  'message.own': { roles: EVERYONE, scope: 'none', action: '管理自己的消息' },
  /** Another person's or a department's contacts (e-mail, group robots): the office's admins. */
  'message.manageContacts': { roles: ADMIN_ONLY, scope: 'none', action: '管理他人或部门的联系方式' },
  /** The delivery log (sent, failed, pending) and putting a failed delivery back in the queue. */
  'message.readDeliveries': { roles: ADMIN_ONLY, scope: 'none', action: '查看消息发送记录' },
  'message.retryDelivery': { roles: ADMIN_ONLY, scope: 'none', action: '重新发送消息' },
  /** How early reporting reminders go out, and the weekly digest: the plan's office. */
  'reminder.set': {
    roles: CLERKS,
    scope: 'own-department',
    action: '设定提醒规则',
    otherDepartment: () => '只有本方案的领导小组办公室可以设定提醒规则',
    field: 'planCode',
  },
  /** Who sees a draft: its office and the admins (departments see a plan once it is published). */
  'plan.readDraft': { roles: CLERKS, scope: 'own-department', action: '查看方案草稿' },
} as const satisfies Record<string, PolicyRule>;

export type Operation = keyof typeof POLICY;

/** The role bound to departments by a rule's scope. */
export const BOUND_ROLE = UserRole.REPORTER;
