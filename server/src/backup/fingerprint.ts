import type { RunQuery } from './schema-version';

/**
 * What a database holds, in a form two databases can be compared by: the row count of every table, and a hash of
 * the event log (every event's id, type, subjects, time and payload, in id order: the event log is the history
 * that every figure is rebuilt from). The transaction ids the events carry are left out: they belong to the
 * server that wrote them, and a restore onto another server renumbers them (restore.ts).
 */
export interface Fingerprint {
  rows: Record<string, number>;
  events: { count: number; md5: string };
}

/** Reads the fingerprint with `run`, best inside one snapshot (a repeatable-read transaction) for a live database. */
export async function readFingerprint(run: RunQuery): Promise<Fingerprint> {
  const tables = await run(
    `select table_name as name from information_schema.tables
     where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const rows: Record<string, number> = {};
  if (tables.length > 0) {
    const counts = await run(
      tables
        .map(({ name }) => `select '${String(name)}' as name, count(*)::int as n from public."${String(name)}"`)
        .join(' union all '),
    );
    for (const { name, n } of counts) rows[String(name)] = Number(n);
  }
  // Computed in the database, so that a long log is never carried over the wire; the same text on PGlite and
  // PostgreSQL (jsonb prints canonically, the time as epoch microseconds whatever the session's time zone).
  const [events] = rows.events
    ? await run(
        `select count(*)::int as count, md5(coalesce(string_agg(concat_ws('|', id, type, plan_id, measure_id, goal_id,
           department_id, indicator_id, actor_user_id, (extract(epoch from occurred_at) * 1000000)::bigint,
           payload::text), E'\\n' order by id), '')) as md5
         from public.events`,
      )
    : [{ count: 0, md5: '' }];
  return { rows, events: { count: Number(events?.count ?? 0), md5: String(events?.md5 ?? '') } };
}

/** The differences between two fingerprints, as lines a clerk can read; empty when they are the same. */
export function fingerprintDifferences(expected: Fingerprint, actual: Fingerprint): string[] {
  const lines: string[] = [];
  for (const name of new Set([...Object.keys(expected.rows), ...Object.keys(actual.rows)])) {
    const a = expected.rows[name];
    const b = actual.rows[name];
    // A table a later migration added is absent from an older backup: it is new, not lost.
    if (a === undefined) continue;
    if (a !== b) lines.push(`表 ${name}: 备份时 ${a} 行，恢复后 ${b ?? '无此表'}`);
  }
  if (expected.events.md5 !== actual.events.md5) {
    lines.push(`事件日志不同: 备份时 ${expected.events.count} 条，恢复后 ${actual.events.count} 条`);
  }
  return lines;
}
