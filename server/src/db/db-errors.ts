/**
 * What a database error means, whether it comes from postgres.js or PGlite, bare or wrapped (drizzle's
 * DrizzleQueryError keeps the driver's error as `cause`; graphql keeps a resolver's error as `originalError`).
 */

// postgres.js's own codes for a connection that closed, ended, was destroyed or could not be made, and the socket
// errors beneath them.
const DRIVER_CONNECTION_CODES = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

// SQLSTATE class 08 (connection exception), and the server ending sessions: admin_shutdown (pg_terminate_backend),
// crash_shutdown, cannot_connect_now, idle_session_timeout.
const SERVER_CONNECTION_STATES = /^(08...|57P0[1-4]|57P05)$/;

/** The error and every error it wraps, outermost first (bounded, in case of a cycle). */
function* chain(error: unknown): Generator<Record<string, unknown>> {
  let current = error;
  for (let depth = 0; depth < 8 && current !== null && typeof current === 'object'; depth += 1) {
    const record = current as Record<string, unknown>;
    yield record;
    current = record.originalError ?? record.cause;
  }
}

/** True when `error` says the connection to the database was lost or could not be made: worth one retry. */
export function isConnectionError(error: unknown): boolean {
  for (const e of chain(error)) {
    const code = e.code;
    if (typeof code !== 'string') continue;
    if (DRIVER_CONNECTION_CODES.has(code) || SERVER_CONNECTION_STATES.test(code)) return true;
  }
  return false;
}

/** True when `error` is a unique-key violation, of `constraint` when given. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (const e of chain(error)) {
    if (e.code !== '23505') continue;
    // postgres.js names it constraint_name; PGlite constraint.
    const name = e.constraint_name ?? e.constraint;
    return constraint === undefined || name === constraint;
  }
  return false;
}
