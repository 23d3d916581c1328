import fc from 'fast-check';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSchema } from '../server/src/app/build-schema';
import { type InputKind, kindOfName, MAX_LENGTH } from '../server/src/shared/input-rules';
import { type ApiClient, type GraphQLResponse, startTestApp, type TestApp } from './kit/app';
import { databaseFingerprint } from './kit/sql';

/**
 * Hostile input, generated from the schema: for every query, mutation and subscription that takes arguments, and
 * for every string or id inside those arguments (nested inputs and lists included), a value the input gate must
 * refuse. Each answer must be BAD_USER_INPUT naming that very field, with a Chinese reason; never an internal error
 * or a 5xx; and the database must be exactly as it was. A new operation or argument is fuzzed without anyone
 * adding it here. `pnpm soak` runs many more cases (FUZZ_RUNS).
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const PLAN = 'boshan-ip-2022-2025';

interface Leaf {
  /** The argument path as the server names it in `extensions.field`, e.g. `input.evidence.0.url`. */
  field: string;
  path: (string | number)[];
  kind: InputKind;
}

interface Operation {
  coordinate: string;
  kind: 'query' | 'mutation' | 'subscription';
  document: string;
  variables: Record<string, unknown>;
  leaves: Leaf[];
}

/** The GraphQL type as written in a variable definition. */
const typeText = (type: GraphQLInputType): string =>
  isNonNullType(type) ? `${typeText(type.ofType)}!` : isListType(type) ? `[${typeText(type.ofType)}]` : type.name;

/** A value every rule accepts, so that the one invalid leaf is what the gate refuses. */
function validValue(type: GraphQLInputType, name: string, coordinate: string): unknown {
  if (isNonNullType(type)) return validValue(type.ofType, name, coordinate);
  if (isListType(type)) return [validValue(type.ofType, name, coordinate)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields()).map((f) => [f.name, validValue(f.type, f.name, `${type.name}.${f.name}`)]),
    );
  }
  switch (type.name) {
    case 'ID':
      return '1';
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    case 'LocalDate':
      return '2025-01-06';
    case 'DateTimeISO':
      return '2025-01-06T08:00:00.000Z';
    case 'String':
      return {
        id: '1',
        code: name === 'planCode' ? PLAN : 'x1',
        username: 'someone',
        secret: 'a-password',
        newPassword: 'Good-Passw0rd',
        token: 'valid-token-1',
        line: '名称',
        text: '正常的文字',
      }[kindOfName(name, coordinate)];
    default:
      return isScalarType(type) && type.name.startsWith('JSON') ? {} : null;
  }
}

/** Every string or id inside an argument, with its path. */
function leavesOf(type: GraphQLInputType, name: string, coordinate: string, path: (string | number)[]): Leaf[] {
  if (isNonNullType(type)) return leavesOf(type.ofType, name, coordinate, path);
  if (isListType(type)) return leavesOf(type.ofType, name, coordinate, [...path, 0]);
  if (isInputObjectType(type)) {
    return Object.values(type.getFields()).flatMap((f) =>
      leavesOf(f.type, f.name, `${type.name}.${f.name}`, [...path, f.name]),
    );
  }
  if (!isScalarType(type) || (type.name !== 'ID' && type.name !== 'String')) return [];
  return [{ field: path.join('.'), path, kind: type.name === 'ID' ? 'id' : kindOfName(name, coordinate) }];
}

const selectionOf = (type: GraphQLOutputType) => (isLeafType(getNamedType(type)) ? '' : ' { __typename }');

function operationOf(
  kind: Operation['kind'],
  typeName: string,
  field: GraphQLField<unknown, unknown>,
): Operation | null {
  const args: readonly GraphQLArgument[] = field.args;
  const coordinate = `${typeName}.${field.name}`;
  const leaves = args.flatMap((a) => leavesOf(a.type, a.name, `${coordinate}.${a.name}`, [a.name]));
  if (leaves.length === 0) return null;
  const definitions = args.map((a) => `$${a.name}: ${typeText(a.type)}`).join(', ');
  const uses = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return {
    coordinate,
    kind,
    document: `${kind} Fuzz(${definitions}) { ${field.name}(${uses})${selectionOf(field.type)} }`,
    variables: Object.fromEntries(args.map((a) => [a.name, validValue(a.type, a.name, `${coordinate}.${a.name}`)])),
    leaves,
  };
}

const CONTROL = fc.constantFrom('\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u001b', '\u007f', '\u0085');
const SURROGATE = fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff');
const around = (middle: fc.Arbitrary<string>) =>
  fc.tuple(fc.string({ maxLength: 12 }), middle, fc.string({ maxLength: 12 })).map(([a, m, b]) => a + m + b);

/** Values the gate must refuse for a leaf of `kind`. */
function invalidFor(kind: InputKind): fc.Arbitrary<string> {
  const common = [
    around(CONTROL),
    around(SURROGATE),
    fc.integer({ min: 1, max: 30 }).map((extra) => '好'.repeat(MAX_LENGTH[kind] + extra)),
  ];
  const specific: Record<InputKind, fc.Arbitrary<string>[]> = {
    id: [
      fc.constantFrom('', ' 1', '1 ', '-1', '+1', '0', '01', '1.0', '1e3', '0x1f', '１', 'abc', '2147483648'),
      fc.bigInt({ min: 2_147_483_648n, max: 10n ** 30n }).map(String),
    ],
    code: [fc.constantFrom('', 'a b', '../etc', '中文', '-x', 'x/y', "x'--", 'x\ny')],
    token: [fc.constantFrom('a b', 'tab\there', 'line\nbreak')],
    username: [fc.constantFrom('fin\nance', 'a\tb')],
    secret: [fc.constantFrom('pass\nword')],
    newPassword: [
      fc.constantFrom('short', 'aaaaaaaaaaaa', '\u0000'.repeat(12), '        ', 'abc\tdefghi', ' padded-pass'),
      fc.constantFrom('x', '9', '密').map((c) => c.repeat(20)),
    ],
    line: [fc.constantFrom('two\nlines', 'tab\tin name')],
    text: [],
  };
  return fc.oneof(...common, ...specific[kind]);
}

function withLeaf(variables: Record<string, unknown>, path: (string | number)[], value: string) {
  const copy = structuredClone(variables);
  let target = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) target = target[step] as Record<string | number, unknown>;
  target[path.at(-1)!] = value;
  return copy;
}

let app: TestApp;
let leader: ApiClient;
let operations: Operation[];

beforeAll(async () => {
  app = await startTestApp();
  leader = await app.as('leader');
  const schema = await getSchema();
  operations = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ].flatMap(([kind, type]) =>
    type && typeof type === 'object'
      ? Object.values(type.getFields()).flatMap((f) => operationOf(kind as Operation['kind'], type.name, f) ?? [])
      : [],
  );
});
afterAll(() => app.close());

async function send(operation: Operation, variables: Record<string, unknown>) {
  if (operation.kind === 'subscription') return { status: 200, body: await leader.ws(operation.document, variables) };
  const res = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${leader.token}` },
    body: JSON.stringify({ query: operation.document, variables }),
  });
  return { status: res.status, body: (await res.json()) as GraphQLResponse };
}

describe('hostile input, generated from the schema', { timeout: Math.max(600_000, RUNS * 200) }, () => {
  it('finds every operation that takes a string or an id, without a list of them here', () => {
    const coordinates = operations.map((o) => o.coordinate);
    expect(coordinates).toEqual(
      expect.arrayContaining([
        'Mutation.submitProgressReport',
        'Mutation.login',
        'Query.plan',
        'Subscription.planEvents',
      ]),
    );
    for (const operation of operations) expect(operation.leaves.length).toBeGreaterThan(0);
  });

  it('answers every invalid value with BAD_USER_INPUT on its field, never an internal error, and writes nothing', async () => {
    const before = await databaseFingerprint(app.database.db);
    const cases = fc
      .constantFrom(...operations)
      .chain((operation) =>
        fc
          .constantFrom(...operation.leaves)
          .chain((leaf) => invalidFor(leaf.kind).map((value) => ({ operation, leaf, value }))),
      );
    const tally = { cases: 0, internalErrors: 0, serverErrors: 0, byOperation: new Map<string, number>() };
    await fc.assert(
      fc.asyncProperty(cases, async ({ operation, leaf, value }) => {
        tally.cases += 1;
        tally.byOperation.set(operation.coordinate, (tally.byOperation.get(operation.coordinate) ?? 0) + 1);
        const { status, body } = await send(operation, withLeaf(operation.variables, leaf.path, value));
        const errors = body.errors ?? [];
        if (status >= 500) tally.serverErrors += 1;
        if (errors.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) tally.internalErrors += 1;
        const context = `${operation.coordinate} ${leaf.field}=${JSON.stringify(value).slice(0, 80)}`;
        expect(status, context).toBeLessThan(500);
        expect(
          errors.map((e) => e.extensions?.code),
          context,
        ).toEqual(['BAD_USER_INPUT']);
        expect(errors[0]?.extensions?.field, context).toBe(leaf.field);
        expect(String(errors[0]?.extensions?.reason), context).toMatch(/[\u4e00-\u9fff]/);
      }),
      { numRuns: RUNS },
    );
    const after = await databaseFingerprint(app.database.db);
    const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
    console.log(
      `fuzzed ${tally.cases} cases over ${tally.byOperation.size} of ${operations.length} operations: ` +
        `${tally.internalErrors} internal errors, ${tally.serverErrors} 5xx, tables written: ${changed.length}`,
    );
    expect(changed, 'tables written by refused input').toEqual([]);
  });

  it('refuses a NUL in a sign-in name without touching the failed-login counters', async () => {
    const before = await databaseFingerprint(app.database.db);
    const answer = await app.anonymous.gql(
      'mutation { login(username: "fin\\u0000ance", password: "demo") { token } }',
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'username',
      detail: 'CONTROL_CHARACTER',
    });
    expect(await databaseFingerprint(app.database.db)).toEqual(before);
  });

  it('parses ids strictly: " 1" is not report 1, and an id beyond the database’s range is refused by name', async () => {
    for (const id of [' 1', '99999999999']) {
      const answer = await leader.gql('mutation($id: ID!) { acceptProgressReport(id: $id, version: 1) { id } }', {
        id,
      });
      expect(answer.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'id',
        detail: 'ID_FORMAT',
      });
    }
  });

  it('refuses a password of twelve NUL characters, or one character repeated, when an account is made', async () => {
    const admin = await app.as('admin');
    for (const password of ['\u0000'.repeat(12), 'zzzzzzzzzzzz']) {
      const answer = await admin.gql('mutation($i: CreateUserInput!) { createUser(input: $i) { username } }', {
        i: { username: 'weak-one', displayName: '弱密码', role: 'VIEWER', password },
      });
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
    }
  });
});
