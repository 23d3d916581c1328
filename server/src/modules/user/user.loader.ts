import DataLoader from 'dataloader';
import type { RequestScope } from '../../shared/request-scope';
import { listUsersByIds } from './user.repository';
import type { UserRow } from './user.table';

/** Per-request user loaders. Accounts are not catalog: never cached beyond the request. */
export function userLoaders(scope: RequestScope) {
  return {
    byId: new DataLoader<number, UserRow | null>(async (ids) => {
      const byId = new Map((await listUsersByIds(scope.db, ids)).map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
