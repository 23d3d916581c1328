import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../server/src/app/armor';
import { type ApiClient, type GraphQLResponse, startTestApp, type TestApp } from './kit/app';
import { PLAN_GRAPH_QUERY } from './kit/queries';
import { openRawSocket, within } from './kit/raw-socket';

/**
 * A hardened API: documents too deep, too wide or too long are refused over HTTP and WebSocket alike, oversized
 * and batched requests are turned away, production says nothing that maps the schema or the code, every response
 * carries the browser's security headers, and cross-site requests cannot act for a signed-in user. After each
 * attack, normal traffic from the same client goes on.
 */

const PLAN = 'boshan-ip-2022-2025';
const PLANS = '{ plans { code } }';
const NORMAL = { data: { plans: [{ code: PLAN }] } };

let app: TestApp;
let leader: ApiClient;
beforeAll(async () => {
  app = await startTestApp();
  leader = await app.as('leader');
});
afterAll(() => app.close());

/** A query whose selections nest `levels` fields deep: plans › measures › parent › … › code. */
function nestedQuery(levels: number): string {
  let selection = 'code';
  for (let level = 3; level < levels; level++) selection = `parent { ${selection} }`;
  return `{ plans { measures { ${selection} } } }`;
}

/** A query with `count` aliased fields. */
const aliasedQuery = (count: number) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: plans { code }`).join(' ')} }`;

/** The response was refused, every error with `code` and a message, and nothing was executed. */
function expectRefused(response: GraphQLResponse<unknown>, code: string, message?: RegExp) {
  expect(response.data ?? undefined, JSON.stringify(response)).toBeUndefined();
  expect(response.errors?.length ?? 0).toBeGreaterThan(0);
  for (const error of response.errors!) {
    expect(error.extensions?.code).toBe(code);
    expect(error.message).not.toBe('');
  }
  if (message) expect(response.errors!.map((e) => e.message).join('\n')).toMatch(message);
}

/** Normal traffic still flows for this client, over both protocols. */
async function expectNormalTraffic(client: ApiClient) {
  expect(await client.gql(PLANS)).toEqual(NORMAL);
  expect(await client.ws(PLANS)).toEqual(NORMAL);
}

/** POSTs a body as is and returns the status, headers and parsed JSON body. */
async function post(body: string, headers: Record<string, string>, token = leader.token) {
  const res = await fetch(app.url, {
    method: 'POST',
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body,
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as GraphQLResponse };
}

/** Still signed in: the token was not logged out by a request that should not have run. */
async function expectStillSignedIn(client: ApiClient) {
  expect(await client.gql('{ me { username } }')).toEqual({ data: { me: { username: 'leader' } } });
}

describe('limits on what a document may ask', () => {
  it('lets the dashboard’s biggest query, the whole plan graph, through over HTTP and WebSocket', async () => {
    for (const result of [
      await leader.gql(PLAN_GRAPH_QUERY, { code: PLAN }),
      await leader.ws(PLAN_GRAPH_QUERY, { code: PLAN }),
    ]) {
      expect(result.errors).toBeUndefined();
      expect(result.data?.plan?.code).toBe(PLAN);
    }
  });

  it(`refuses a query nested deeper than ${LIMITS.maxDepth} levels over HTTP and WebSocket, and allows exactly ${LIMITS.maxDepth}`, async () => {
    const tooDeep = nestedQuery(LIMITS.maxDepth + 1);
    const depthMessage = new RegExp(`depth limit of ${LIMITS.maxDepth}`);
    expectRefused(await leader.gql(tooDeep), 'GRAPHQL_VALIDATION_FAILED', depthMessage);
    expectRefused(await leader.ws(tooDeep), 'GRAPHQL_VALIDATION_FAILED', depthMessage);

    const deepest = nestedQuery(LIMITS.maxDepth);
    for (const result of [await leader.gql(deepest), await leader.ws(deepest)]) {
      expect(result.errors).toBeUndefined();
      expect((result.data as { plans: unknown[] }).plans).toHaveLength(1);
    }
    await expectNormalTraffic(leader);
  });

  it(`refuses more than ${LIMITS.maxAliases} aliases over HTTP and WebSocket, and allows exactly ${LIMITS.maxAliases}`, async () => {
    const tooMany = aliasedQuery(LIMITS.maxAliases + 1);
    const aliasMessage = new RegExp(`Aliases limit of ${LIMITS.maxAliases}`);
    expectRefused(await leader.gql(tooMany), 'GRAPHQL_VALIDATION_FAILED', aliasMessage);
    expectRefused(await leader.ws(tooMany), 'GRAPHQL_VALIDATION_FAILED', aliasMessage);

    const most = aliasedQuery(LIMITS.maxAliases);
    for (const result of [await leader.gql(most), await leader.ws(most)]) {
      expect(result.errors).toBeUndefined();
      expect(Object.keys(result.data ?? {})).toHaveLength(LIMITS.maxAliases);
    }
    await expectNormalTraffic(leader);
  });

  it(`refuses a document of more than ${LIMITS.maxTokens} tokens while parsing, over HTTP and WebSocket`, async () => {
    const long = `{ ${'__typename '.repeat(LIMITS.maxTokens)} }`;
    const tokenMessage = new RegExp(`more th.. ${LIMITS.maxTokens} tokens`);
    expectRefused(await leader.gql(long), 'GRAPHQL_PARSE_FAILED', tokenMessage);
    expectRefused(await leader.ws(long), 'GRAPHQL_PARSE_FAILED', tokenMessage);
    await expectNormalTraffic(leader);
  });

  it(`refuses a query costing more than ${LIMITS.maxCost}, though within the depth, alias and token limits`, async () => {
    // graphql-armor's cost: each scalar at depth d costs 1.5^(d-1); repeating a field merges it when executed,
    // but every repetition is counted.
    const repetitions = Math.ceil(LIMITS.maxCost / 1.5 ** (LIMITS.maxDepth - 1)) + 10;
    const costly = nestedQuery(LIMITS.maxDepth).replace('{ code }', `{ ${'code '.repeat(repetitions)}}`);
    expect(costly.match(/\w+/g)!.length).toBeLessThan(LIMITS.maxTokens);
    const costMessage = new RegExp(`Cost limit of ${LIMITS.maxCost}`);
    expectRefused(await leader.gql(costly), 'GRAPHQL_VALIDATION_FAILED', costMessage);
    expectRefused(await leader.ws(costly), 'GRAPHQL_VALIDATION_FAILED', costMessage);
    await expectNormalTraffic(leader);
  });

  it('refuses the limits to anonymous callers as well, before anything asks who they are', async () => {
    expectRefused(await app.anonymous.gql(nestedQuery(LIMITS.maxDepth + 1)), 'GRAPHQL_VALIDATION_FAILED');
  });
});

describe('limits on what a request may be', () => {
  it('refuses a batch of operations with HTTP 400 and runs none of them', async () => {
    const batch = JSON.stringify([{ query: PLANS }, { query: 'mutation { logout }' }]);
    const res = await post(batch, { 'content-type': 'application/json' });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(res.body.data).toBeUndefined();
    // The logout in the batch did not run.
    await expectStillSignedIn(leader);
    await expectNormalTraffic(leader);
  });

  it(`refuses a body over ${LIMITS.maxBodyBytes} bytes with HTTP 413 PAYLOAD_TOO_LARGE`, async () => {
    const padded = JSON.stringify({ query: `mutation { logout } #${'x'.repeat(LIMITS.maxBodyBytes)}` });
    const res = await post(padded, { 'content-type': 'application/json' });
    expect(res.status).toBe(413);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    await expectStillSignedIn(leader);
    await expectNormalTraffic(leader);
  });

  it('refuses an oversized body with 413 even when it is streamed without a declared length', async () => {
    const target = new URL(app.url);
    const answer = await within(
      new Promise<{ status: number | undefined; body: string }>((resolve, reject) => {
        const req = http.request(
          {
            host: target.hostname,
            port: target.port,
            path: target.pathname,
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'transfer-encoding': 'chunked',
              authorization: `Bearer ${leader.token}`,
            },
          },
          (res) => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => {
              body += chunk;
            });
            res.on('end', () => resolve({ status: res.statusCode, body }));
          },
        );
        req.on('error', reject);
        const chunk = 'x'.repeat(64 * 1024);
        let sent = 0;
        const pump = () => {
          while (sent <= LIMITS.maxBodyBytes + chunk.length) {
            sent += chunk.length;
            if (!req.write(chunk)) {
              req.once('drain', pump);
              return;
            }
          }
          req.end();
        };
        pump();
      }),
      'the answer to a streamed oversized body',
    );
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    await expectNormalTraffic(leader);
  });

  it(`closes a socket that sends a message over ${LIMITS.maxBodyBytes} bytes with 1009 Message Too Big`, async () => {
    const socket = await openRawSocket(app.wsUrl);
    await socket.init({ authorization: `Bearer ${leader.token}` });
    expect((await socket.run(PLANS)).results).toEqual([NORMAL]);

    socket.send({
      id: 'big',
      type: 'subscribe',
      payload: { query: `${PLANS} #${'x'.repeat(LIMITS.maxBodyBytes)}` },
    });
    expect(await within(socket.closed, 'closing the socket')).toMatchObject({ code: 1009 });
    expect(socket.received.filter((m) => m.id === 'big')).toEqual([]);
    await expectNormalTraffic(leader);
  });
});

describe('what production reveals', () => {
  let production: TestApp;
  let productionLeader: ApiClient;
  beforeAll(async () => {
    production = await startTestApp({ production: true });
    productionLeader = await production.as('leader');
  });
  afterAll(() => production.close());

  const INTROSPECTION = '{ __schema { types { name } } }';
  const TYPO = '{ plans { cod } }';

  it('refuses introspection in production over HTTP and WebSocket, and allows it in development', async () => {
    expectRefused(await productionLeader.gql(INTROSPECTION), 'GRAPHQL_VALIDATION_FAILED', /introspection/i);
    expectRefused(await productionLeader.ws(INTROSPECTION), 'GRAPHQL_VALIDATION_FAILED', /introspection/i);
    expectRefused(await production.anonymous.gql(INTROSPECTION), 'GRAPHQL_VALIDATION_FAILED', /introspection/i);

    for (const result of [await leader.gql(INTROSPECTION), await leader.ws(INTROSPECTION)]) {
      expect(result.errors).toBeUndefined();
      const names = (result.data as { __schema: { types: { name: string }[] } }).__schema.types.map((t) => t.name);
      expect(names).toEqual(expect.arrayContaining(['Plan', 'Measure', 'User']));
    }
    expect(await productionLeader.gql(PLANS)).toEqual(NORMAL);
  });

  it('does not suggest field names in production ("Did you mean"), as development does', async () => {
    for (const result of [await productionLeader.gql(TYPO), await productionLeader.ws(TYPO)]) {
      expectRefused(result, 'GRAPHQL_VALIDATION_FAILED', /Cannot query field "cod"/);
      expect(result.errors!.map((e) => e.message).join('\n')).not.toMatch(/Did you mean/);
    }
    expect((await leader.gql(TYPO)).errors?.[0]?.message).toMatch(/Did you mean "code"/);
  });

  it('sends no stack traces in production errors', async () => {
    const answers: GraphQLResponse<unknown>[] = [
      await productionLeader.gql(TYPO),
      await production.anonymous.gql(PLANS),
      await productionLeader.gql('{ plan(code: "no-such-plan") { code } }'),
      await production.anonymous.gql('mutation { login(username: "leader", password: "wrong-password") { token } }'),
      await productionLeader.gql(nestedQuery(LIMITS.maxDepth + 1)),
    ];
    const batch = await fetch(production.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: PLANS }, { query: PLANS }]),
    });
    answers.push((await batch.json()) as GraphQLResponse);
    for (const answer of answers) {
      expect(answer.errors?.length ?? 0, JSON.stringify(answer)).toBeGreaterThan(0);
      for (const error of answer.errors!) expect(error.extensions ?? {}).not.toHaveProperty('stacktrace');
      expect(JSON.stringify(answer)).not.toMatch(/\.ts:\d+|node_modules/);
    }
    // Domain errors keep their code and detail for the client to act on.
    expect(answers[1]!.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED', detail: 'LOGIN_REQUIRED' });
    expect(answers[2]!.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('what every HTTP response tells the browser', () => {
  const SECURITY_HEADERS = {
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
  };

  function expectSecurityHeaders(headers: Headers) {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers.get(name), name).toBe(value);
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
  }

  it('sends the security headers on /graphql, on the dashboard at /, and on refusals', async () => {
    expectSecurityHeaders(
      (await post(JSON.stringify({ query: PLANS }), { 'content-type': 'application/json' })).headers,
    );
    const dashboard = await fetch(new URL('/', app.url));
    expect(dashboard.status).toBe(200);
    expectSecurityHeaders(dashboard.headers);
    expectSecurityHeaders((await fetch(new URL('/healthz', app.url))).headers);
    expectSecurityHeaders((await post('[]', { 'content-type': 'application/json' })).headers);
    const tooLarge = await post('x'.repeat(LIMITS.maxBodyBytes + 1), { 'content-type': 'application/json' });
    expect(tooLarge.status).toBe(413);
    expectSecurityHeaders(tooLarge.headers);
  });
});

describe('requests another site could make in a signed-in user’s name', () => {
  it('refuses a GET query without a preflight-forcing header, and answers it with one', async () => {
    const url = `${app.url}?query=${encodeURIComponent(PLANS)}`;
    const simple = await fetch(url, { headers: { authorization: `Bearer ${leader.token}` } });
    expect(simple.status).toBe(400);
    const refused = (await simple.json()) as GraphQLResponse;
    expectRefused(refused, 'BAD_REQUEST', /Cross-Site Request Forgery/);

    const preflighted = await fetch(url, {
      headers: { authorization: `Bearer ${leader.token}`, 'apollo-require-preflight': 'true' },
    });
    expect(preflighted.status).toBe(200);
    expect(await preflighted.json()).toEqual(NORMAL);
  });

  it('never runs a mutation sent by GET, even with the preflight header', async () => {
    const res = await fetch(`${app.url}?query=${encodeURIComponent('mutation { logout }')}`, {
      headers: { authorization: `Bearer ${leader.token}`, 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(405);
    await expectStillSignedIn(leader);
  });

  it('refuses a POST as text/plain or as a form, the content types a page may send without a preflight', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await post(JSON.stringify({ query: 'mutation { logout }' }), { 'content-type': contentType });
      expect(res.status, contentType).toBe(400);
      expectRefused(res.body, 'BAD_REQUEST', /Cross-Site Request Forgery/);
    }
    await expectStillSignedIn(leader);
    await expectNormalTraffic(leader);
  });
});
