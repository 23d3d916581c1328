import type { IncomingMessage, ServerResponse } from 'node:http';
import { DomainError } from '../shared/errors';
import { noteErrorCode } from './request-id';

/** The HTTP status of a refusal outside GraphQL (uploads, downloads), by its `extensions.code`. */
const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
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

const MB = 1024 * 1024;

/**
 * The one answer to a body past its limit: PAYLOAD_TOO_LARGE (413), naming the limit. A file (`field: 'file'`) is
 * told how to get under it.
 */
export function payloadTooLarge(limit: number, field?: 'file'): DomainError {
  const size = limit % MB === 0 ? `${limit / MB} MB` : `${limit} 字节`;
  return new DomainError('PAYLOAD_TOO_LARGE', {
    field,
    reason: field ? `文件超过 ${size}，无法上传，请压缩图片或拆分后再试` : `请求体超过 ${size} 上限`,
  });
}

/**
 * The request's body, at most `limit` bytes, else `payloadTooLarge`: at once when the declared length is over,
 * else as soon as the bytes read are. The socket is kept so that the client still reads the refusal: the stream
 * keeps flowing with nobody listening, so the rest is read and dropped, as Node does for an unread body.
 */
export function readBody(req: IncomingMessage, limit: number, field?: 'file'): Promise<Uint8Array> {
  if (Number(req.headers['content-length'] ?? 0) > limit) return Promise.reject(payloadTooLarge(limit, field));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        chunks.length = 0;
        reject(payloadTooLarge(limit, field));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}
