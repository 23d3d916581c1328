import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../shared/context';
import { componentLog } from '../shared/logger';
import type { ServerMetrics } from './metrics';
import { currentRequest, newRequestRecord, type RequestRecord, withRequest } from './request-id';

const log = componentLog('http');

/** Notes each GraphQL operation's name and type in its request's record, once Apollo has resolved the document. */
export function requestRecordPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart(start) {
      const record = currentRequest();
      if (record) record.operationName = start.request.operationName ?? null;
      return {
        async didResolveOperation(resolved) {
          if (!record) return;
          record.operationName = resolved.operationName ?? null;
          record.operationType = resolved.operation?.operation ?? null;
        },
      };
    },
  };
}

/**
 * Serves one request (GraphQL, an upload, an office document) as a recorded request: a new id in `x-request-id`
 * and in every error and log line it causes; once answered, one log line (who, what, how long, the outcome) and
 * its metrics.
 */
export function servedAsRequest(
  route: string,
  req: IncomingMessage,
  res: ServerResponse,
  metrics: ServerMetrics,
  handle: () => Promise<void>,
): Promise<void> {
  const record = newRequestRecord();
  const started = performance.now();
  res.setHeader('x-request-id', record.id);
  // 'close' follows a finished response and an aborted one alike; an aborted one (the client went) is 499, as nginx says.
  res.once('close', () => {
    const seconds = (performance.now() - started) / 1000;
    const status = res.writableFinished ? res.statusCode : 499;
    metrics.observeHttp(route, status, seconds);
    if (route === 'graphql') {
      metrics.observeGraphql(record.operationName, record.operationType, record.errorCodes[0] ?? 'ok', seconds);
    }
    writeLine(route, req, status, seconds, record);
  });
  return withRequest(record, handle);
}

function writeLine(route: string, req: IncomingMessage, status: number, seconds: number, record: RequestRecord): void {
  const failed = status >= 500 || record.errorCodes.includes('INTERNAL_SERVER_ERROR');
  if (!log.enabled(failed ? 'warn' : 'info')) return;
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const fields = {
    requestId: record.id,
    method: req.method,
    route,
    ...(route === 'graphql' ? {} : { path }),
    operation: record.operationName,
    operationType: record.operationType,
    ...(record.viewer ?? { role: null }),
    status,
    durationMs: Math.round(seconds * 10_000) / 10,
    ...(record.errorCodes.length > 0 ? { errors: record.errorCodes } : {}),
    ...(record.statements === null ? {} : { statements: record.statements }),
  };
  const what = route === 'graphql' ? ['/graphql', record.operationName ?? record.operationType] : [path];
  const message = [req.method, ...what, status].filter(Boolean).join(' ');
  if (failed) log.warn(fields, message);
  else log.info(fields, message);
}
