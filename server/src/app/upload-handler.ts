import type { IncomingMessage, ServerResponse } from 'node:http';
import { isConnectionError } from '../db/db-errors';
import { MAX_DOCUMENT_BYTES, uploadPlanDocument } from '../modules/plan-import';
import type { Context } from '../shared/context';
import { DomainError, serviceUnavailable } from '../shared/errors';
import { sendJson as send, sendRefusal as sendError } from './http-answer';

export const PLAN_DOCUMENTS_PATH = '/api/plan-documents';

class TooLarge extends Error {}

/** The body as bytes, refusing past `limit` (the socket is kept so that the client still reads the refusal). */
function readBytes(req: IncomingMessage, limit: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        chunks.length = 0;
        reject(new TooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

const tooLarge = () =>
  new DomainError('BAD_USER_INPUT', {
    field: 'file',
    reason: `文件超过 ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB，无法导入，请压缩图片或拆分后再试`,
    detail: 'DOCUMENT_TOO_LARGE',
  });

/**
 * POST /api/plan-documents: the body is the file's bytes, `x-file-name` its name (URI-encoded), the bearer token the
 * uploader. Answers 201 with the stored document's id, or the refusal as GraphQL errors are written (extensions with
 * code, field, reason, detail) with a matching HTTP status. The document is then read with Query.planDocument.
 */
export function planDocumentUploadHandler(makeContext: (authorization: string | undefined) => Promise<Context>) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' });
      res.end();
      return;
    }
    try {
      if (Number(req.headers['content-length'] ?? 0) > MAX_DOCUMENT_BYTES) throw tooLarge();
      const context = await makeContext(req.headers.authorization);
      const bytes = await readBytes(req, MAX_DOCUMENT_BYTES).catch((error: unknown) => {
        throw error instanceof TooLarge ? tooLarge() : error;
      });
      const header = req.headers['x-file-name'];
      const rawName = (Array.isArray(header) ? header[0] : header) ?? url.searchParams.get('name') ?? '';
      let fileName = rawName;
      try {
        fileName = decodeURIComponent(rawName);
      } catch {
        // A name that is not URI-encoded is taken as written.
      }
      const row = await uploadPlanDocument(context.scope, bytes, fileName);
      send(res, 201, {
        data: { planDocument: { id: row.id, fileName: row.fileName, format: row.format, byteSize: row.byteSize } },
      });
    } catch (error) {
      if (error instanceof DomainError) return sendError(res, error);
      if (isConnectionError(error)) return sendError(res, serviceUnavailable());
      throw error;
    }
  };
}
