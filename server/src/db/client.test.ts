import postgres from 'postgres';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readEnv } from '../config/env';
import { retryingReads } from './client';
import { isConnectionError } from './db-errors';

const serverUrl = readEnv().TEST_DATABASE_URL;

/**
 * postgres.js (as patched in patches/) on a real server. A connection that lost a query halfway through its rows must
 * not hand those rows' count on to the next query: it would then resolve with holes in front of its own rows, and a
 * `const [row] = await …` read (the viewer's session) would see no row at all, while the row is there. Nor may it
 * hand the lost query's error on to the first query after it reconnected.
 */
describe.skipIf(!serverUrl)('postgres.js on a connection that lost a query', () => {
  const clients: postgres.Sql[] = [];
  const open = (max: number) => {
    const client = postgres(serverUrl!, { max, onnotice: () => {} });
    clients.push(client);
    return client;
  };
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.end({ timeout: 5 })));
  });

  it('answers the next query with its own rows after a statement failed among its rows', async () => {
    const sql = retryingReads(open(1));
    // Nine rows arrive, then the tenth divides by zero.
    await expect(sql.unsafe('select 1 / (10 - g) as x from generate_series(1, 20) g').values()).rejects.toMatchObject({
      code: '22012',
    });
    await expect(sql.unsafe('select 1 as one').values()).resolves.toEqual([[1]]);
    await expect(sql.unsafe('select 2 as two')).resolves.toEqual([{ two: 2 }]);
  });

  /** Runs `query` on `client`'s one connection and terminates that backend once it sleeps; returns how it ended. */
  async function terminatedWhileSleeping(client: postgres.Sql, query: string): Promise<unknown> {
    const admin = open(1);
    const [self] = await client<{ pid: number }[]>`select pg_backend_pid() as pid`;
    if (!self) throw new Error('the connection named no backend');
    const { pid } = self;
    const outcome = client
      .unsafe(query)
      .values()
      .then(
        () => 'resolved',
        (error: unknown) => error,
      );
    await vi.waitFor(
      async () => {
        const [row] = await admin`select wait_event from pg_stat_activity where pid = ${pid}`;
        if (row?.wait_event !== 'PgSleep') throw new Error(`backend ${pid} is not sleeping yet`);
      },
      { timeout: 10_000, interval: 20 },
    );
    await admin`select pg_terminate_backend(${pid})`;
    return outcome;
  }

  it('answers the next read with its own row after the server terminated the connection among its rows', async () => {
    const client = open(1);
    // Rows larger than the server's 8 kB send buffer go out one by one; the fourth waits until it is terminated.
    const interrupted = await terminatedWhileSleeping(
      client,
      `select g, repeat('x', 20000) as pad, case when g > 3 then pg_sleep(30)::text end as slept
         from generate_series(1, 10) g`,
    );
    expect(isConnectionError(interrupted), 'the interrupted query rejects with a connection error').toBe(true);
    // The pool's one connection comes back for the next read, which must see exactly its own row.
    await expect(retryingReads(client).unsafe('select 1 as one').values()).resolves.toEqual([[1]]);
  });

  it('runs the first query after a reconnect, without the terminated query’s error', async () => {
    const client = open(1);
    const interrupted = await terminatedWhileSleeping(client, 'select pg_sleep(30)');
    expect(isConnectionError(interrupted), 'the interrupted query rejects with a connection error').toBe(true);
    // Sent straight to postgres.js, without the app's one retry of a read.
    await expect(client.unsafe('select 1 as one').values()).resolves.toEqual([[1]]);
  });
});
