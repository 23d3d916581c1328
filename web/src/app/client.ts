import { type Cache, cacheExchange, type Data } from '@urql/exchange-graphcache';
import { createClient as createSocketClient } from 'graphql-ws';
import { Client, fetchExchange, mapExchange, subscriptionExchange } from 'urql';
import { messageCacheKeys, messageCacheUpdates } from '../modules/message';
import { setLiveState } from './live-state';

/** How long the server may take to answer a ping before the socket is taken as dead and reopened. */
const PONG_TIMEOUT_MS = 5_000;

export interface DubanClient {
  client: Client;
  dispose: () => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The urql client: a normalised cache (graphcache) that live events update in place, HTTP for queries and
 * mutations (POST only: Apollo's CSRF check refuses GETs without a preflight header), graphql-ws for
 * subscriptions on the same origin and path, retrying forever with backoff.
 */
export function createDubanClient(token: string | null, onUnauthenticated: () => void): DubanClient {
  const socket = token
    ? createSocketClient({
        url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
        connectionParams: { authorization: `Bearer ${token}` },
        lazy: false,
        keepAlive: 10_000,
        retryAttempts: Number.POSITIVE_INFINITY,
        shouldRetry: () => true,
        // 0.5 s, 1 s, 2 s … up to 15 s, with jitter so that a wall of screens does not reconnect in step.
        retryWait: async (retries) => {
          await sleep(Math.min(15_000, 500 * 2 ** retries) * (0.75 + Math.random() / 2));
        },
        on: (() => {
          let pongTimer: ReturnType<typeof setTimeout> | undefined;
          let current: WebSocket | null = null;
          return {
            connecting: () => setLiveState('connecting'),
            connected: (ws: unknown) => {
              current = ws as WebSocket;
              setLiveState('live');
            },
            ping: (received: boolean) => {
              if (received) return;
              // A frozen network never closes the socket by itself: no pong in time means reconnect.
              pongTimer = setTimeout(() => current?.close(4499, 'Terminated'), PONG_TIMEOUT_MS);
            },
            pong: (received: boolean) => {
              if (received) clearTimeout(pongTimer);
            },
            closed: (event: unknown) => {
              clearTimeout(pongTimer);
              current = null;
              setLiveState('closed');
              // 4403: the session ended (signed out elsewhere, expired or disabled).
              if ((event as CloseEvent | undefined)?.code === 4403) onUnauthenticated();
            },
          };
        })(),
      })
    : null;

  const client = new Client({
    url: '/graphql',
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: (): RequestInit => (token ? { headers: { authorization: `Bearer ${token}` } } : {}),
    exchanges: [
      mapExchange({
        onResult(result) {
          if (result.error?.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) onUnauthenticated();
        },
      }),
      cacheExchange({
        keys: {
          ...messageCacheKeys,
          Department: (d) => d.code as string,
          User: (u) => u.username as string,
          PlanEvent: (e) => e.cursor as string,
          Progress: () => null,
          EndedDuty: () => null,
          Withdrawal: () => null,
          TargetRevision: () => null,
          // One duty, however reached (measure, department, live event): a live event carries only the duties it
          // moved (PlanEvent.assignments), and every list showing one follows. Unkeyed where `key` is not asked.
          Assignment: (a) => (typeof a.key === 'string' ? a.key : null),
          Evidence: () => null,
          PlanEventPage: () => null,
          LoginResult: () => null,
          AuditPage: () => null,
          Assessment: () => null,
          AssessmentWeights: () => null,
          DepartmentAssessment: () => null,
          AssessmentPart: () => null,
          MeetingInstructions: () => null,
          PlanEvaluation: () => null,
          EvaluationSummary: () => null,
          IndicatorEvaluation: () => null,
          MeasureEvaluation: () => null,
          DepartmentRecord: () => null,
          OpenItem: () => null,
          SuccessorCandidates: () => null,
          SuccessorMeasureCandidate: () => null,
          SuccessorIndicatorCandidate: () => null,
          // Snapshots an event carries, and marks that belong to their parent: stored where they are, never shared,
          // so an old feed event cannot overwrite a newer state (a request's PENDING over its APPROVED).
          ReportSnapshot: () => null,
          ExtensionRequest: () => null,
          InstructionRead: () => null,
          // What the viewer may do: part of its parent, as the viewer sees it.
          PlanViewerCan: () => null,
          AssessmentViewerCan: () => null,
          UrgeNoticeViewerCan: () => null,
          ProgressReportViewerCan: () => null,
          InstructionViewerCan: () => null,
          DepartmentViewerCan: () => null,
          DepartmentRegister: () => null,
          DepartmentRegisterViewerCan: () => null,
          ViewerCan: () => null,
          DepartmentFormerName: () => null,
          // The delivery log's page and counts, and a plan's reminder rules: part of what holds them.
          DeliveryLog: () => null,
          DeliveryCount: () => null,
          ReminderSettings: () => null,
        },
        updates: {
          Subscription: {
            planEvents: (result, args, cache) =>
              prependToRecentEvents(cache, args.planCode as string, result.planEvents as Data),
            ...messageCacheUpdates.Subscription,
          },
          Mutation: { ...messageCacheUpdates.Mutation },
        },
      }),
      subscriptionExchange({
        forwardSubscription(request) {
          // graphql-ws sends this same payload object again on every reconnect; moving `after` to the last
          // cursor received makes the server replay exactly what was missed while the socket was down.
          const payload = { query: request.query ?? '', variables: { ...(request.variables ?? {}) } };
          return {
            subscribe(sink) {
              if (!socket) {
                sink.complete();
                return { unsubscribe: () => {} };
              }
              const stop = socket.subscribe(payload, {
                next(result) {
                  const cursor = lastCursor(result.data);
                  if (cursor) (payload.variables as Record<string, unknown>).after = cursor;
                  sink.next(result as Parameters<typeof sink.next>[0]);
                },
                error: (error) => sink.error(error),
                complete: () => sink.complete(),
              });
              return { unsubscribe: stop };
            },
          };
        },
      }),
      fetchExchange,
    ],
  });
  return { client, dispose: () => void socket?.dispose() };
}

/** The cursor of a subscription result's event, if it carries one. */
function lastCursor(data: unknown): string | null {
  const event = data && typeof data === 'object' ? Object.values(data)[0] : null;
  const cursor = event && typeof event === 'object' ? (event as { cursor?: unknown }).cursor : null;
  return typeof cursor === 'string' ? cursor : null;
}

/** A live event goes on top of every recent-activity list of its plan already in the cache. */
function prependToRecentEvents(cache: Cache, planCode: string, event: Data): void {
  const key = cache.keyOfEntity(event);
  if (!key) return;
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName !== 'recentEvents' || field.arguments?.planCode !== planCode || field.arguments?.before)
      continue;
    const page = cache.resolve('Query', field.fieldKey) as string | null;
    if (!page) continue;
    const events = (cache.resolve(page, 'events') as string[] | null) ?? [];
    if (!events.includes(key)) cache.link(page, 'events', [key, ...events]);
  }
}
