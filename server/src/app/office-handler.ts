import type { IncomingMessage, ServerResponse } from 'node:http';
import { countingStatements } from '../db/client';
import { isConnectionError } from '../db/db-errors';
import { matchPath, OFFICE_ROUTES, type OfficeRoute } from '../modules/office-document';
import type { Context } from '../shared/context';
import { DomainError, serviceUnavailable } from '../shared/errors';
import { readBody, sendJson, sendRefusal } from './http-answer';

/** Uploads stop here unless their route says otherwise (a values workbook is far smaller). */
export const MAX_OFFICE_UPLOAD_BYTES = 10 * 1024 * 1024;

/**
 * The route for a request, and its parameters; the methods the path takes when it is known but not for this method
 * (a 405 names them); null when no route has the path.
 */
export function officeRouteOf(
  method: string,
  pathname: string,
): { route: OfficeRoute; params: Record<string, string> } | { allow: string } | null {
  const allowed: string[] = [];
  for (const route of OFFICE_ROUTES) {
    const params = matchPath(route.path, pathname);
    if (!params) continue;
    if (route.method === method || (route.method === 'GET' && method === 'HEAD')) return { route, params };
    allowed.push(...(route.method === 'GET' ? ['GET', 'HEAD'] : [route.method]));
  }
  return allowed.length > 0 ? { allow: allowed.join(', ') } : null;
}

/** The uploaded file's name: `x-file-name` (URI-encoded, else taken as written), else `?name=`, else empty. */
function fileNameOf(req: IncomingMessage, url: URL): string {
  const header = req.headers['x-file-name'];
  const raw = (Array.isArray(header) ? header[0] : header) ?? url.searchParams.get('name') ?? '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
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
export function officeHandler(
  makeContext: (authorization: string | undefined) => Promise<Context>,
  options: {
    /** Tests only: the response says how many SQL statements its request sent (`x-statement-count`). */
    countStatements?: boolean;
  } = {},
) {
  return async (
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    found: { route: OfficeRoute; params: Record<string, string> },
  ): Promise<void> => {
    const tally = { statements: 0 };
    const counted = () => {
      if (options.countStatements) res.setHeader('x-statement-count', String(tally.statements));
    };
    try {
      const { route, params } = found;
      const body =
        route.method === 'POST' ? await readBody(req, route.maxBodyBytes ?? MAX_OFFICE_UPLOAD_BYTES, 'file') : null;
      const fileName = route.method === 'POST' ? fileNameOf(req, url) : '';
      const answer = await countingStatements(tally, async () => {
        const context = await makeContext(req.headers.authorization);
        return route.handle(context.scope, { params, query: url.searchParams, body, fileName });
      });
      counted();
      if ('json' in answer) return sendJson(res, answer.status ?? 200, answer.json);
      res.writeHead(200, {
        'content-type': answer.contentType,
        'content-length': answer.body.length,
        'content-disposition': disposition(answer.fileName),
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : Buffer.from(answer.body));
    } catch (error) {
      counted();
      if (error instanceof DomainError) return sendRefusal(res, error);
      if (isConnectionError(error)) return sendRefusal(res, serviceUnavailable());
      throw error;
    }
  };
}
