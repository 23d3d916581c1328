import { CatalogLoader, groupBy } from '../../shared/loader';
import type { RequestScope } from '../../shared/request-scope';
import { listDepartments, listMemberships } from './department.repository';
import { normalizeName, predecessorsOf } from './department.rules';
import type { DepartmentMemberRow, DepartmentRow } from './department.table';

/** The department register, indexed: a few hundred rows at most, read whole when the catalog changes. */
export class DepartmentRegister {
  readonly byId: Map<number, DepartmentRow>;
  readonly byCode: Map<string, DepartmentRow>;
  readonly memberIdsOf: Map<number, number[]>;
  readonly groupIdsOf: Map<number, number[]>;
  /** Every current name and alias, normalised (department.rules.ts), to its unit. */
  readonly byName: Map<string, DepartmentRow>;
  /** The units merged into each unit, directly or through a chain. */
  readonly predecessorIdsOf: Map<number, number[]>;

  constructor(
    readonly list: DepartmentRow[],
    memberships: DepartmentMemberRow[],
  ) {
    this.byId = new Map(list.map((d) => [d.id, d]));
    this.byCode = new Map(list.map((d) => [d.code, d]));
    this.byName = new Map(
      list.flatMap((d) => [d.name, ...d.aliases].map((name): [string, DepartmentRow] => [normalizeName(name), d])),
    );
    this.predecessorIdsOf = predecessorsOf(list);
    const memberIds = (rows: DepartmentMemberRow[]) => rows.map((row) => row.memberId);
    const groupIds = (rows: DepartmentMemberRow[]) => rows.map((row) => row.groupId);
    this.memberIdsOf = new Map(
      [...groupBy(memberships, (row) => row.groupId)].map(([id, rows]) => [id, memberIds(rows)]),
    );
    this.groupIdsOf = new Map(
      [...groupBy(memberships, (row) => row.memberId)].map(([id, rows]) => [id, groupIds(rows)]),
    );
  }
}

/**
 * Per-request department loaders. The whole register is one load (two statements), so the number of
 * statements never depends on how many departments a response names or at what depth.
 */
export function departmentLoaders(scope: RequestScope) {
  const { db } = scope;
  return {
    register: new CatalogLoader<'all', DepartmentRegister>(
      scope,
      'department.register',
      async (keys) => {
        const [departments, memberships] = await Promise.all([listDepartments(db), listMemberships(db)]);
        const register = new DepartmentRegister(departments, memberships);
        return keys.map(() => register);
      },
      () => true,
    ),
  };
}
