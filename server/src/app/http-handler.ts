import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import { countingStatements } from '../db/client';
import type { Context } from '../shared/context';
import { LIMITS } from './armor';
import { currentRequest, noteErrorCode } from './request-id';

const MAX_BODY_BYTES = LIMITS.maxBodyBytes;

class BodyTooLargeError extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop keeping the body, but do not destroy the socket: the client must still receive the 413. The
        // stream keeps flowing with nobody listening, so the rest is read and dropped, as Node does for a
        // body whose declared length was already too large.
        req.off('data', onData);
        chunks.length = 0;
        reject(new BodyTooLargeError());
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJsonError(res: ServerResponse, status: number, code: string, message: string): void {
  noteErrorCode(code);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/** Serves GraphQL over HTTP with Apollo Server, without a web framework in between. */
export function graphqlHttpHandler(
  apollo: ApolloServer<Context>,
  makeContext: (authorization: string | undefined) => Promise<Context>,
  options: {
    /** Tests only: the response says how many SQL statements its request sent (`x-statement-count`). */
    countStatements?: boolean;
  } = {},
) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown;
    if (req.method === 'POST') {
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > MAX_BODY_BYTES) {
        sendJsonError(res, 413, 'PAYLOAD_TOO_LARGE', `请求体超过 ${MAX_BODY_BYTES} 字节上限`);
        return;
      }
      let raw: string;
      try {
        raw = await readBody(req, MAX_BODY_BYTES);
      } catch (error) {
        if (error instanceof BodyTooLargeError) {
          sendJsonError(res, 413, 'PAYLOAD_TOO_LARGE', `请求体超过 ${MAX_BODY_BYTES} 字节上限`);
          return;
        }
        throw error;
      }
      if (headers.get('content-type')?.startsWith('application/json')) {
        try {
          body = raw.length === 0 ? {} : JSON.parse(raw);
        } catch {
          sendJsonError(res, 400, 'BAD_REQUEST', '请求体不是合法的 JSON');
          return;
        }
      } else {
        body = raw;
      }
    }
    // The request's id (x-request-id, errors, the log line) and its record were set by the router (request-log.ts).
    const tally = { statements: 0 };
    const response = await countingStatements(tally, () =>
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: () => makeContext(headers.get('authorization')),
      }),
    );
    const record = currentRequest();
    if (record) record.statements = tally.statements;
    const outHeaders: Record<string, string> = {};
    for (const [key, value] of response.headers) outHeaders[key] = value;
    // The operation has run to its end (no incremental delivery here), so the count is whole.
    if (options.countStatements) outHeaders['x-statement-count'] = String(tally.statements);
    res.writeHead(response.status ?? 200, outHeaders);
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
