import type { IncomingMessage, ServerResponse } from 'node:http';
import { isConnectionError } from '../db/db-errors';
import { matchPath, OFFICE_ROUTES, type OfficeRoute } from '../modules/office-document';
import type { Context } from '../shared/context';
import { DomainError, serviceUnavailable } from '../shared/errors';
import { sendJson, sendRefusal } from './http-answer';

/** Uploads of spreadsheets stop here (a values workbook is far smaller). */
export const MAX_OFFICE_UPLOAD_BYTES = 10 * 1024 * 1024;

/** The route for a request, and its parameters; null when none has the path. */
export function officeRouteOf(
  method: string,
  pathname: string,
): { route: OfficeRoute; params: Record<string, string> } | 'WRONG_METHOD' | null {
  let pathKnown = false;
  for (const route of OFFICE_ROUTES) {
    const params = matchPath(route.path, pathname);
    if (!params) continue;
    pathKnown = true;
    if (route.method === method || (route.method === 'GET' && method === 'HEAD')) return { route, params };
  }
  return pathKnown ? 'WRONG_METHOD' : null;
}

function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      if (!over) chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? null : new Uint8Array(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

/** `attachment` with the file's Chinese name (RFC 6266 / 5987), and a plain fallback for old readers. */
function disposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * Serves OFFICE_ROUTES: the bearer token is the reader's; a refusal is answered as GraphQL errors are written, with
 * a matching status; a file is sent whole with its name.
 */
export function officeHandler(makeContext: (authorization: string | undefined) => Promise<Context>) {
  return async (
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    found: { route: OfficeRoute; params: Record<string, string> },
  ): Promise<void> => {
    try {
      const context = await makeContext(req.headers.authorization);
      let body: Uint8Array | null = null;
      if (found.route.method === 'POST') {
        body = await readBody(req, MAX_OFFICE_UPLOAD_BYTES);
        if (body === null) {
          throw new DomainError('BAD_USER_INPUT', {
            field: 'file',
            reason: `文件超过 ${MAX_OFFICE_UPLOAD_BYTES / 1024 / 1024} MB，无法导入`,
            detail: 'FILE_TOO_LARGE',
          });
        }
      }
      const answer = await found.route.handle(context.scope, { params: found.params, query: url.searchParams, body });
      if ('json' in answer) return sendJson(res, answer.status ?? 200, answer.json);
      res.writeHead(200, {
        'content-type': answer.contentType,
        'content-length': answer.body.length,
        'content-disposition': disposition(answer.fileName),
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : Buffer.from(answer.body));
    } catch (error) {
      if (error instanceof DomainError) return sendRefusal(res, error);
      if (isConnectionError(error)) return sendRefusal(res, serviceUnavailable());
      throw error;
    }
  };
}
