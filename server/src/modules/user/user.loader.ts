import DataLoader from 'dataloader';
import { inArray } from 'drizzle-orm';
import type { RequestScope } from '../../shared/request-scope';
import { type UserRow, users } from './user.table';

/** Per-request user loaders. Accounts are not catalog: never cached beyond the request. */
export function userLoaders(scope: RequestScope) {
  return {
    byId: new DataLoader<number, UserRow | null>(async (ids) => {
      const rows = await scope.db
        .select()
        .from(users)
        .where(inArray(users.id, [...ids]));
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
