import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import { countingStatements } from '../db/client';
import type { Context } from '../shared/context';
import { DomainError } from '../shared/errors';
import { LIMITS } from './armor';
import { readBody, sendJson, sendRefusal } from './http-answer';
import { currentRequest, noteErrorCode } from './request-id';

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
      let raw: string;
      try {
        raw = Buffer.from(await readBody(req, LIMITS.maxBodyBytes)).toString('utf8');
      } catch (error) {
        if (error instanceof DomainError) return sendRefusal(res, error);
        throw error;
      }
      if (headers.get('content-type')?.startsWith('application/json')) {
        try {
          body = raw.length === 0 ? {} : JSON.parse(raw);
        } catch {
          noteErrorCode('BAD_REQUEST');
          sendJson(res, 400, { errors: [{ message: '请求体不是合法的 JSON', extensions: { code: 'BAD_REQUEST' } }] });
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
