import type { ServerResponse } from 'node:http';
import type { DomainError } from '../shared/errors';
import { noteErrorCode } from './request-id';

/** The HTTP status of a refusal outside GraphQL (uploads, downloads), by its `extensions.code`. */
const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  SERVICE_UNAVAILABLE: 503,
};

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** A refusal as GraphQL errors are written (extensions with code, field, reason, detail), with a matching status. */
export function sendRefusal(res: ServerResponse, error: DomainError): void {
  const code = String(error.extensions.code);
  noteErrorCode(code);
  sendJson(res, STATUS[code] ?? 400, { errors: [{ message: error.message, extensions: error.extensions }] });
}
