import { expect } from 'vitest';
import { type ApiClient, type TestApp, tallyStatements } from './app';

/** What POST /api/plan-documents answered: its status, and the stored document or the refusal (GraphQL's shape). */
export interface PlanDocumentUpload {
  status: number;
  body: {
    data?: { planDocument: { id: number; fileName: string; format: string; byteSize: number } };
    errors?: { message: string; extensions: Record<string, unknown> }[];
  };
}

/** Uploads a plan document's bytes as `client` (null: without a token), as the web does; whatever it answered. */
export async function uploadPlanDocument(
  app: TestApp,
  client: ApiClient | null,
  bytes: Uint8Array,
  fileName: string,
): Promise<PlanDocumentUpload> {
  const res = await fetch(app.url.replace('/graphql', '/api/plan-documents'), {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent(fileName),
      ...(client?.token ? { authorization: `Bearer ${client.token}` } : {}),
    },
    body: Buffer.from(bytes),
  });
  tallyStatements(res);
  return { status: res.status, body: (await res.json()) as PlanDocumentUpload['body'] };
}

/** Uploads a plan document's text as `client` (POST /api/plan-documents); its id. */
export async function uploadPlanText(app: TestApp, client: ApiClient, text: string, fileName: string): Promise<number> {
  const { status, body } = await uploadPlanDocument(app, client, new TextEncoder().encode(text), fileName);
  expect(status, JSON.stringify(body)).toBe(201);
  return body.data!.planDocument.id;
}

const CREATE = 'mutation($i: CreatePlanFromDocumentInput!) { createPlanFromDocument(input: $i) { code } }';
const CONFIRM =
  'mutation($p: String!, $k: DraftItemKind!, $c: String!) { confirmImportedItem(planCode: $p, kind: $k, code: $c) }';
const PUBLISH = 'mutation($p: String!) { publishPlan(planCode: $p) { code lifecycle } }';

/**
 * A plan boarded from its text as the office would: the admin uploads it and makes the draft (kept by the Boshan
 * leading group, so its office is 区市场监督管理局), the office confirms every flagged item, then (with `publish`)
 * publishes it. Its lifecycle after.
 */
export async function boardPlanFromText(
  app: TestApp,
  clients: { admin: ApiClient; office: ApiClient },
  code: string,
  text: string,
  publish: boolean,
): Promise<string> {
  const { admin, office } = clients;
  const documentId = await uploadPlanText(app, admin, text, `${code}.txt`);
  const made = await admin.gql(CREATE, {
    i: { documentId, code, leadingGroupCode: 'leadership-group', issuer: '某区人民政府' },
  });
  expect(made.errors, JSON.stringify(made.errors)).toBeUndefined();
  const refused = await office.gql(PUBLISH, { p: code });
  const problems = (refused.errors?.[0]?.extensions?.problems ?? []) as {
    path: string;
    item: { kind: string; code: string };
  }[];
  for (const { item } of problems.filter((p) => p.path === 'importFlags')) {
    const confirmed = await office.gql(CONFIRM, { p: code, k: item.kind, c: item.code });
    expect(confirmed.errors, JSON.stringify(confirmed.errors)).toBeUndefined();
  }
  if (!publish) return 'DRAFT';
  const published = await office.gql<{ publishPlan: { lifecycle: string } }>(PUBLISH, { p: code });
  expect(published.errors, JSON.stringify(published.errors)).toBeUndefined();
  return published.data!.publishPlan.lifecycle;
}
