import type { Db } from '../../db/client';
import { today } from '../../shared/clock';
import { DomainError, notFound } from '../../shared/errors';
import type { RequestScope } from '../../shared/request-scope';
import {
  DepartmentKind,
  type DepartmentRow,
  getDepartments,
  insertDepartment,
  listDepartments,
  listMemberships,
  lockRegister,
  normalizeName,
  passMemberships,
  passOffices,
  replaceMembers,
  updateDepartment,
} from '../department';
import { type DepartmentSnapshot, EventType, recordChange } from '../event';
import { authorize, can, canManageDepartments } from '../policy';
import type {
  CreateDepartmentInput,
  MergeDepartmentInput,
  RenameDepartmentInput,
  RetireDepartmentInput,
  SetDepartmentAliasesInput,
  SetDepartmentMembersInput,
} from './department-admin.input';
import {
  listLedMeasuresInForce,
  moveAccounts,
  moveAssignments,
  moveIndicators,
  moveLeadingGroup,
  moveOpenNotices,
} from './department-admin.repository';
import { checkAliases, checkChangeDay, checkCode, checkName, checkNameFree } from './department-admin.rules';

const GROUP_KINDS: readonly DepartmentKind[] = [DepartmentKind.GROUP, DepartmentKind.LEADING_GROUP];

/** A unit as events record it: the row without its place in the list. */
function snapshot(row: DepartmentRow): DepartmentSnapshot {
  const { position: _position, ...rest } = row;
  return rest;
}

/** The register as it stands inside a writer's transaction, after `lockRegister`: every unit, fresh. */
async function lockedRegister(tx: Db): Promise<DepartmentRow[]> {
  await lockRegister(tx);
  return listDepartments(tx);
}

/** The unit with `code` in the locked register, or NOT_FOUND on `field`. */
function unitOf(units: readonly DepartmentRow[], code: string, field: string): DepartmentRow {
  const unit = units.find((u) => u.code === code);
  if (!unit) throw notFound('DEPARTMENT_NOT_FOUND', field, '部门', code);
  return unit;
}

/** CONFLICT / DEPARTMENT_RETIRED on `field` for a retired unit: its record is closed. */
function requireActive(unit: DepartmentRow, field: string): void {
  if (unit.retiredOn === null) return;
  throw new DomainError('CONFLICT', {
    field,
    reason: `部门「${unit.name}」已于 ${unit.retiredOn} 撤销${unit.mergedIntoId === null ? '' : '（已并入其他单位）'}，不能再变更`,
    detail: 'DEPARTMENT_RETIRED',
  });
}

/** STALE_VERSION on `input.version` unless the caller saw the unit as it is. */
function requireVersion(unit: DepartmentRow, version: number): void {
  if (unit.version !== version) {
    throw new DomainError('CONFLICT', {
      field: 'input.version',
      reason: `部门「${unit.name}」已被他人修改，请刷新后重试`,
      detail: 'STALE_VERSION',
    });
  }
}

/** The register for its keeper: every unit, active and retired, and what the viewer may do (ADMIN sees it all). */
export function getRegister(scope: RequestScope) {
  const manage = canManageDepartments(scope);
  return { departments: getDepartments(scope), viewerCan: { create: can(scope, 'department.create'), manage } };
}

/** What the viewer may do to one unit: the policy, and the unit's state (a retired unit is closed). */
export function getDepartmentViewerCan(scope: RequestScope, unit: DepartmentRow) {
  const active = unit.retiredOn === null;
  return {
    rename: active && can(scope, 'department.rename'),
    merge: active && unit.kind !== DepartmentKind.GROUP && can(scope, 'department.merge'),
    retire: active && can(scope, 'department.retire'),
    setMembers: active && unit.kind === DepartmentKind.GROUP && can(scope, 'department.setMembers'),
    setAliases: active && can(scope, 'department.setAliases'),
  };
}

/** Adds a unit to the register (ADMIN): its code and name unique, its name no other unit's name or alias. */
export async function createDepartment(scope: RequestScope, input: CreateDepartmentInput): Promise<DepartmentRow> {
  const viewer = authorize(scope, 'department.create');
  const code = checkCode(input.code.trim(), 'input.code');
  const name = checkName(input.name, 'input.name', '部门名称');
  return scope.db.transaction(async (tx) => {
    const units = await lockedRegister(tx);
    const taken = units.find((u) => u.code === code);
    if (taken) {
      throw new DomainError('CONFLICT', {
        field: 'input.code',
        reason: `编码「${code}」已被部门「${taken.name}」使用`,
        detail: 'CODE_TAKEN',
      });
    }
    checkNameFree(units, name, normalizeName, 'input.name', null);
    return recordChange(tx, insertDepartment(tx, { code, name, kind: input.kind }), ({ after }) => ({
      type: EventType.DEPARTMENT_CREATED,
      actorUserId: viewer.userId,
      departmentId: after.id,
      payload: { before: null, after: snapshot(after) },
    }));
  });
}

/**
 * Renames a unit (ADMIN). It keeps its id, so every report, assignment, notice and account stays with it; the old
 * name is kept as 原名 with the day of the rename, and `Department.nameOn` gives the name in use on any day.
 */
export async function renameDepartment(scope: RequestScope, input: RenameDepartmentInput): Promise<DepartmentRow> {
  const viewer = authorize(scope, 'department.rename');
  const name = checkName(input.name, 'input.name', '新名称');
  return scope.db.transaction(async (tx) => {
    const units = await lockedRegister(tx);
    const unit = unitOf(units, input.code, 'input.code');
    requireActive(unit, 'input.code');
    requireVersion(unit, input.version);
    if (normalizeName(name) === normalizeName(unit.name)) {
      throw new DomainError('BAD_USER_INPUT', {
        field: 'input.name',
        reason: '新名称与现名称相同',
        detail: 'SAME_NAME',
      });
    }
    checkNameFree(units, name, normalizeName, 'input.name', unit.id);
    const last = unit.formerNames.at(-1);
    const renamedOn = checkChangeDay(
      input.renamedOn ?? today(scope.clock),
      today(scope.clock),
      'input.renamedOn',
      '更名日期',
      last ? { day: last.renamedOn, why: '上次更名日期' } : undefined,
    );
    // An alias that becomes the official name is no longer an alias.
    const aliases = unit.aliases.filter((alias) => normalizeName(alias) !== normalizeName(name));
    const formerNames = [...unit.formerNames, { name: unit.name, renamedOn }];
    return recordChange(tx, updateDepartment(tx, unit, { name, aliases, formerNames }), ({ before, after }) => ({
      type: EventType.DEPARTMENT_RENAMED,
      actorUserId: viewer.userId,
      departmentId: after.id,
      payload: { before: snapshot(before), after: snapshot(after) },
    }));
  });
}

/** Sets the other names a unit goes by (ADMIN): each unique across the register's names and aliases. */
export async function setDepartmentAliases(
  scope: RequestScope,
  input: SetDepartmentAliasesInput,
): Promise<DepartmentRow> {
  const viewer = authorize(scope, 'department.setAliases');
  return scope.db.transaction(async (tx) => {
    const units = await lockedRegister(tx);
    const unit = unitOf(units, input.code, 'input.code');
    requireActive(unit, 'input.code');
    requireVersion(unit, input.version);
    const aliases = checkAliases(units, unit, input.aliases, normalizeName);
    return recordChange(tx, updateDepartment(tx, unit, { aliases }), ({ before, after }) => ({
      type: EventType.DEPARTMENT_ALIASES_SET,
      actorUserId: viewer.userId,
      departmentId: after.id,
      payload: { before: snapshot(before), after: snapshot(after) },
    }));
  });
}

/** Sets a group's member units (ADMIN), in document order: active units that are not groups themselves. */
export async function setDepartmentMembers(
  scope: RequestScope,
  input: SetDepartmentMembersInput,
): Promise<DepartmentRow> {
  const viewer = authorize(scope, 'department.setMembers');
  return scope.db.transaction(async (tx) => {
    const units = await lockedRegister(tx);
    const group = unitOf(units, input.code, 'input.code');
    requireActive(group, 'input.code');
    if (group.kind !== DepartmentKind.GROUP) {
      throw new DomainError('BAD_USER_INPUT', {
        field: 'input.code',
        reason: `「${group.name}」不是单位组合（如 各镇、街道），没有成员单位`,
        detail: 'NOT_A_GROUP',
      });
    }
    requireVersion(group, input.version);
    const seen = new Set<number>();
    const members = input.memberCodes.map((code, i) => {
      const field = `input.memberCodes.${i}`;
      const member = unitOf(units, code, field);
      const refuse = (reason: string, detail: string) => new DomainError('BAD_USER_INPUT', { field, reason, detail });
      if (member.id === group.id) throw refuse('单位组合不能包含自身', 'MEMBER_IS_GROUP');
      if (GROUP_KINDS.includes(member.kind))
        throw refuse(`「${member.name}」是单位组合或领导小组，不能作为成员`, 'MEMBER_IS_GROUP');
      if (member.retiredOn !== null) throw refuse(`「${member.name}」已撤销，不能作为成员`, 'DEPARTMENT_RETIRED');
      if (seen.has(member.id)) throw refuse(`「${member.name}」重复`, 'MEMBER_REPEATED');
      seen.add(member.id);
      return member;
    });
    const nameOf = new Map(units.map((u) => [u.id, u.code]));
    const membersBefore = (await listMemberships(tx))
      .filter((m) => m.groupId === group.id)
      .map((m) => nameOf.get(m.memberId) ?? String(m.memberId));
    await replaceMembers(
      tx,
      group.id,
      members.map((m) => m.id),
    );
    // The group's own row moves on a version, so that its keeper's next change is judged against this one.
    return recordChange(tx, updateDepartment(tx, group, {}), ({ before, after }) => ({
      type: EventType.DEPARTMENT_MEMBERS_SET,
      actorUserId: viewer.userId,
      departmentId: after.id,
      payload: {
        before: snapshot(before),
        after: snapshot(after),
        membersBefore,
        membersAfter: members.map((m) => m.code),
      },
    }));
  });
}

/** The refusal of a unit that still leads measures of plans in force, naming them. */
async function refuseWhileLeading(tx: Db, unit: DepartmentRow): Promise<void> {
  const led = await listLedMeasuresInForce(tx, unit.id);
  if (led.length === 0) return;
  const shown = led.slice(0, 10).map((m) => `${m.measureCode}「${m.measureTitle}」`);
  const plans = [...new Set(led.map((m) => `《${m.planTitle}》`))].join('、');
  throw new DomainError('CONFLICT', {
    field: 'input.code',
    reason:
      `「${unit.name}」仍牵头实施中方案${plans}的 ${led.length} 项措施：${shown.join('、')}` +
      `${led.length > shown.length ? ' 等' : ''}。请先调整牵头单位，或将其并入承接单位`,
    detail: 'LEADS_MEASURES_IN_FORCE',
  });
}

/**
 * Retires a unit (ADMIN, 撤销): it takes no new assignments and its record closes; its history stays. Refused, naming
 * the measures, while it leads a measure of a plan in force: merge it into the unit taking over instead.
 */
export async function retireDepartment(scope: RequestScope, input: RetireDepartmentInput): Promise<DepartmentRow> {
  const viewer = authorize(scope, 'department.retire');
  return scope.db.transaction(async (tx) => {
    const units = await lockedRegister(tx);
    const unit = unitOf(units, input.code, 'input.code');
    requireActive(unit, 'input.code');
    requireVersion(unit, input.version);
    const retiredOn = checkChangeDay(
      input.retiredOn ?? today(scope.clock),
      today(scope.clock),
      'input.retiredOn',
      '撤销日期',
    );
    await refuseWhileLeading(tx, unit);
    return recordChange(tx, updateDepartment(tx, unit, { retiredOn }), ({ before, after }) => ({
      type: EventType.DEPARTMENT_RETIRED,
      actorUserId: viewer.userId,
      departmentId: after.id,
      payload: { before: snapshot(before), after: snapshot(after) },
    }));
  });
}

/**
 * Merges a unit into another (ADMIN, 机构改革), in one transaction: its assignments, accounts, open notices,
 * indicators, places in groups, the plans it led as leading group and the offices it hosted move to the successor;
 * it is retired and points at the successor. Its past reports, closed notices and reads stay recorded as its own,
 * and count for the successor (docs/SUPERVISION.md, "Departments renamed, merged and retired").
 */
export async function mergeDepartment(scope: RequestScope, input: MergeDepartmentInput): Promise<DepartmentRow> {
  const viewer = authorize(scope, 'department.merge');
  return scope.db.transaction(async (tx) => {
    const units = await lockedRegister(tx);
    const unit = unitOf(units, input.code, 'input.code');
    const into = unitOf(units, input.intoCode, 'input.intoCode');
    requireActive(unit, 'input.code');
    requireVersion(unit, input.version);
    if (into.id === unit.id) {
      throw new DomainError('BAD_USER_INPUT', {
        field: 'input.intoCode',
        reason: '不能并入自身',
        detail: 'MERGE_INTO_SELF',
      });
    }
    if (into.retiredOn !== null) {
      throw new DomainError('CONFLICT', {
        field: 'input.intoCode',
        reason: `承接单位「${into.name}」已撤销，不能并入`,
        detail: 'DEPARTMENT_RETIRED',
      });
    }
    if (unit.kind === DepartmentKind.GROUP || into.kind === DepartmentKind.GROUP) {
      throw new DomainError('BAD_USER_INPUT', {
        field: unit.kind === DepartmentKind.GROUP ? 'input.code' : 'input.intoCode',
        reason: '单位组合（如 各镇、街道）不能合并，请调整其成员单位',
        detail: 'MERGE_GROUP',
      });
    }
    if ((unit.kind === DepartmentKind.LEADING_GROUP) !== (into.kind === DepartmentKind.LEADING_GROUP)) {
      throw new DomainError('BAD_USER_INPUT', {
        field: 'input.intoCode',
        reason: '领导小组只能并入领导小组，部门不能并入领导小组',
        detail: 'MERGE_KIND_MISMATCH',
      });
    }
    const mergedOn = checkChangeDay(
      input.mergedOn ?? today(scope.clock),
      today(scope.clock),
      'input.mergedOn',
      '合并日期',
    );
    const moved = {
      assignmentMeasureIds: await moveAssignments(tx, unit.id, into.id),
      accountUserIds: await moveAccounts(tx, unit.id, into.id),
      urgeNoticeIds: await moveOpenNotices(tx, unit.id, into.id),
      indicatorIds: await moveIndicators(tx, unit.id, into.id),
      planIds: await moveLeadingGroup(tx, unit.id, into.id),
      groupIds: await passMemberships(tx, unit.id, into.id),
      offices: await passOffices(tx, unit.id, into.id),
    };
    const change = updateDepartment(tx, unit, { retiredOn: mergedOn, mergedIntoId: into.id });
    return recordChange(tx, change, ({ before, after }) => ({
      type: EventType.DEPARTMENTS_MERGED,
      actorUserId: viewer.userId,
      departmentId: after.id,
      payload: {
        before: snapshot(before),
        after: snapshot(after),
        into: { code: into.code, name: into.name },
        moved,
      },
    }));
  });
}

/** A unit an import adds to the register, or a name it records as an alias of a unit: each with its input field. */
export type ImportedUnitChange =
  | { kind: 'create'; field: string; code: string; name: string; unitKind: DepartmentKind }
  | { kind: 'alias'; field: string; code: string; alias: string };

/**
 * The register changes an imported document asks for, inside the caller's transaction (ADMIN): new units, checked
 * as createDepartment checks them, and names recorded as aliases, as setDepartmentAliases checks them. Each is
 * one DEPARTMENT_CREATED or DEPARTMENT_ALIASES_SET event. Returns the units by code, as the register now stands.
 */
export async function registerImportedUnits(
  tx: Db,
  scope: RequestScope,
  changes: readonly ImportedUnitChange[],
): Promise<DepartmentRow[]> {
  const viewer = authorize(scope, 'department.create');
  let units = await lockedRegister(tx);
  for (const change of changes) {
    if (change.kind === 'create') {
      const code = checkCode(change.code.trim(), `${change.field}.code`);
      const name = checkName(change.name, `${change.field}.name`, '部门名称');
      const taken = units.find((u) => u.code === code);
      if (taken) {
        throw new DomainError('CONFLICT', {
          field: `${change.field}.code`,
          reason: `编码「${code}」已被部门「${taken.name}」使用`,
          detail: 'CODE_TAKEN',
        });
      }
      checkNameFree(units, name, normalizeName, `${change.field}.name`, null);
      const after = await recordChange(
        tx,
        insertDepartment(tx, { code, name, kind: change.unitKind }),
        ({ after }) => ({
          type: EventType.DEPARTMENT_CREATED,
          actorUserId: viewer.userId,
          departmentId: after.id,
          payload: { before: null, after: snapshot(after) },
        }),
      );
      units = [...units, after];
    } else {
      const unit = unitOf(units, change.code, `${change.field}.departmentCode`);
      requireActive(unit, `${change.field}.departmentCode`);
      checkName(change.alias, `${change.field}.name`, '别名');
      checkNameFree(units, change.alias, normalizeName, `${change.field}.name`, null);
      const aliases = checkAliases(units, unit, [...unit.aliases, change.alias], normalizeName);
      const after = await recordChange(tx, updateDepartment(tx, unit, { aliases }), ({ before, after }) => ({
        type: EventType.DEPARTMENT_ALIASES_SET,
        actorUserId: viewer.userId,
        departmentId: after.id,
        payload: { before: snapshot(before), after: snapshot(after) },
      }));
      units = units.map((u) => (u.id === after.id ? after : u));
    }
  }
  return units;
}
