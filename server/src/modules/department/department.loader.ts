import type { Db } from '../../db/client';
import { groupLoader, rowLoader } from '../../shared/loader';
import {
  findDepartmentsByCodes,
  findDepartmentsByIds,
  listMembershipsOfGroups,
  listMembershipsOfMembers,
} from './department.repository';

/** Per-request department loaders. */
export function departmentLoaders(db: Db) {
  return {
    byId: rowLoader(
      (ids: readonly number[]) => findDepartmentsByIds(db, ids),
      (row) => row.id,
    ),
    byCode: rowLoader(
      (codes: readonly string[]) => findDepartmentsByCodes(db, codes),
      (row) => row.code,
    ),
    memberIdsOfGroup: groupLoader(
      (ids: readonly number[]) => listMembershipsOfGroups(db, ids),
      (row) => row.groupId,
      (rows) => rows.map((row) => row.memberId),
    ),
    groupIdsOfMember: groupLoader(
      (ids: readonly number[]) => listMembershipsOfMembers(db, ids),
      (row) => row.memberId,
      (rows) => rows.map((row) => row.groupId),
    ),
  };
}
