import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ContactTarget, DeliveryError, type OutgoingMessage } from './message.channel';
import { ChannelKind, MessageKind, WebhookFormat } from './message.enum';
import { verifyGenericSignature, WebhookChannel } from './webhook.channel';

const LINK = 'http://duban.intranet:4000/plans/boshan/urge-notices/12';

const message: OutgoingMessage = {
  deliveryId: 901,
  messageId: 77,
  kind: MessageKind.URGE_NOTICE,
  text: {
    title: '督办通知：P3.3 推进数字政府建设，请于 2025-10-15 前回复',
    text: `市大数据局：\n措施 P3.3「推进数字政府建设」进度滞后，请于 2025-10-15 前书面回复。\n${LINK}`,
    markdown: `### 督办通知\n措施 **P3.3「推进数字政府建设」** 进度滞后，请于 2025-10-15 前书面回复。\n[查看督办单](${LINK})`,
    html: `<p>市大数据局：</p><p><a href="${LINK}">查看督办单</a></p>`,
  },
  link: LINK,
  createdAt: new Date('2025-10-08T02:30:00Z'),
};

/** What the receiver answers a request with; `hang` never answers. */
type Answer = { status: number; body?: string; headers?: Record<string, string> } | 'hang';

interface Received {
  method: string;
  url: string;
  host: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A real HTTP receiver on a free port. Each test says how it answers; it keeps every request as it arrived. */
const requests: Received[] = [];
let answer: (request: Received) => Answer = () => ({ status: 200, body: '' });
const receiver = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const request: Received = {
      method: req.method ?? '',
      url: req.url ?? '',
      host: req.headers.host ?? '',
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    requests.push(request);
    const reply = answer(request);
    if (reply === 'hang') return;
    res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
    res.end(reply.body ?? '');
  });
});
let port = 0;
const base = () => `http://127.0.0.1:${port}`;

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  port = (receiver.address() as AddressInfo).port;
});
afterAll(async () => {
  receiver.closeAllConnections();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});
beforeEach(() => {
  requests.length = 0;
  answer = () => ({ status: 200, body: '' });
});

const webhook = (address: string, format: WebhookFormat | null, secret: string | null = null): ContactTarget => ({
  channel: ChannelKind.WEBHOOK,
  address,
  format,
  secret,
});

/** What a send threw, which must be a DeliveryError. */
async function failure(sending: Promise<void>): Promise<DeliveryError> {
  const error = await sending.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error, 'the send should have failed').toBeInstanceOf(DeliveryError);
  return error as DeliveryError;
}

function only(): Received {
  expect(requests, 'the receiver got one request').toHaveLength(1);
  return requests[0]!;
}

describe('the generic webhook', () => {
  const SECRET = 'whsec-督办-0123456789';

  it("posts Duban's JSON with delivery and timestamp headers, signed so that verifyGenericSignature accepts it", async () => {
    const before = Math.floor(Date.now() / 1000);
    await new WebhookChannel().send(message, webhook(`${base()}/hooks/duban?token=a`, WebhookFormat.GENERIC, SECRET));
    const request = only();
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/hooks/duban?token=a');
    expect(request.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(request.body)).toEqual({
      id: 901,
      messageId: 77,
      kind: 'URGE_NOTICE',
      title: message.text.title,
      text: message.text.text,
      markdown: message.text.markdown,
      link: LINK,
      createdAt: '2025-10-08T02:30:00.000Z',
    });
    expect(request.headers['x-duban-delivery']).toBe('901');
    const timestamp = String(request.headers['x-duban-timestamp']);
    expect(Number(timestamp)).toBeGreaterThanOrEqual(before);
    const signature = String(request.headers['x-duban-signature']);
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    // The scheme as README documents it, recomputed here independently.
    const expected = createHmac('sha256', SECRET).update(`${timestamp}.${request.body}`).digest('hex');
    expect(signature).toBe(`sha256=${expected}`);

    expect(verifyGenericSignature(SECRET, timestamp, request.body, signature)).toBe(true);
    expect(verifyGenericSignature(SECRET, timestamp, Buffer.from(request.body), signature)).toBe(true);
    const tampered = request.body.replace('2025-10-15', '2025-10-25');
    expect(tampered).not.toBe(request.body);
    expect(verifyGenericSignature(SECRET, timestamp, tampered, signature), 'a tampered body').toBe(false);
    expect(verifyGenericSignature('another secret', timestamp, request.body, signature), 'another secret').toBe(false);
    expect(verifyGenericSignature(SECRET, String(Number(timestamp) + 1), request.body, signature), 'another time').toBe(
      false,
    );
    expect(verifyGenericSignature(SECRET, timestamp, request.body, undefined), 'no signature').toBe(false);
    expect(verifyGenericSignature(SECRET, timestamp, request.body, 'sha256=00'), 'a short signature').toBe(false);
    const later = (Number(timestamp) + 301) * 1000;
    expect(verifyGenericSignature(SECRET, timestamp, request.body, signature, later), 'a replay 5 min later').toBe(
      false,
    );
    expect(verifyGenericSignature(SECRET, timestamp, request.body, signature, later, 600)).toBe(true);
  });

  it('sends no signature without a secret, and treats a webhook without a format as generic', async () => {
    await new WebhookChannel().send(message, webhook(`${base()}/plain`, null));
    const request = only();
    expect(request.headers['x-duban-signature']).toBeUndefined();
    expect(request.headers['x-duban-timestamp']).toMatch(/^\d+$/);
    expect(JSON.parse(request.body)).toMatchObject({ id: 901, link: LINK });
  });

  it('takes a 5xx, 408 or 429 as transient and any other 4xx as permanent', async () => {
    const channel = new WebhookChannel();
    for (const [status, permanent] of [
      [500, false],
      [503, false],
      [408, false],
      [429, false],
      [400, true],
      [404, true],
      [410, true],
    ] as const) {
      answer = () => ({ status, body: '{"error":"no"}' });
      const error = await failure(channel.send(message, webhook(`${base()}/x`, WebhookFormat.GENERIC)));
      expect(error.message).toBe(`对方返回 ${status}`);
      expect(error.permanent, String(status)).toBe(permanent);
    }
  });
});

describe('the work-chat robots', () => {
  it('posts a WeCom robot its markdown, and reads errcode', async () => {
    const channel = new WebhookChannel();
    answer = () => ({ status: 200, body: '{"errcode":0,"errmsg":"ok"}' });
    await channel.send(message, webhook(`${base()}/cgi-bin/webhook/send?key=k1`, WebhookFormat.WECOM, 'ignored'));
    const request = only();
    expect(request.url).toBe('/cgi-bin/webhook/send?key=k1');
    expect(JSON.parse(request.body)).toEqual({ msgtype: 'markdown', markdown: { content: message.text.markdown } });

    answer = () => ({ status: 200, body: '{"errcode":93000,"errmsg":"invalid webhook url"}' });
    const refused = await failure(channel.send(message, webhook(`${base()}/x`, WebhookFormat.WECOM)));
    expect(refused.message).toBe('企业微信返回错误 93000：invalid webhook url');
    expect(refused.permanent).toBe(true);

    answer = () => ({ status: 200, body: '{"errcode":45009,"errmsg":"api freq out of limit"}' });
    const limited = await failure(channel.send(message, webhook(`${base()}/x`, WebhookFormat.WECOM)));
    expect(limited.message).toBe('企业微信返回错误 45009：api freq out of limit');
    expect(limited.permanent).toBe(false);
  });

  it('cuts a WeCom markdown longer than 4096 bytes and keeps the link', async () => {
    const long = { ...message, text: { ...message.text, markdown: `${'进度滞后。'.repeat(600)}\n[查看](${LINK})` } };
    await new WebhookChannel().send(long, webhook(`${base()}/x`, WebhookFormat.WECOM));
    const content: string = JSON.parse(only().body).markdown.content;
    expect(Buffer.byteLength(content)).toBeLessThanOrEqual(4096);
    expect(content.startsWith('进度滞后。进度滞后。')).toBe(true);
    expect(content.endsWith(`…\n\n[查看详情](${LINK})`)).toBe(true);
  });

  it('posts a DingTalk robot its markdown, signed in the query as DingTalk documents, and reads errcode', async () => {
    const SECRET = 'SEC0123456789abcdef';
    const channel = new WebhookChannel();
    answer = () => ({ status: 200, body: '{"errcode":0,"errmsg":"ok"}' });
    const before = Date.now();
    await channel.send(message, webhook(`${base()}/robot/send?access_token=t1`, WebhookFormat.DINGTALK, SECRET));
    const request = only();
    expect(JSON.parse(request.body)).toEqual({
      msgtype: 'markdown',
      markdown: { title: message.text.title, text: message.text.markdown },
    });
    const query = new URL(request.url, base()).searchParams;
    expect(query.get('access_token')).toBe('t1');
    const timestamp = query.get('timestamp')!;
    expect(Number(timestamp)).toBeGreaterThanOrEqual(before); // milliseconds
    expect(Number(timestamp)).toBeLessThanOrEqual(Date.now());
    const sign = createHmac('sha256', SECRET).update(`${timestamp}\n${SECRET}`).digest('base64');
    expect(query.get('sign')).toBe(sign);
    // URL-encoded on the wire: a base64 '=' (and any '+' or '/') is escaped.
    expect(request.url).toContain(`sign=${encodeURIComponent(sign)}`);
    expect(request.url).toContain('%3D');

    answer = () => ({ status: 200, body: '{"errcode":310000,"errmsg":"sign not match"}' });
    const refused = await failure(channel.send(message, webhook(`${base()}/x`, WebhookFormat.DINGTALK, SECRET)));
    expect(refused.message).toBe('钉钉返回错误 310000：sign not match');
    expect(refused.permanent).toBe(true);

    answer = () => ({ status: 200, body: '{"errcode":130101,"errmsg":"send too fast"}' });
    const limited = await failure(channel.send(message, webhook(`${base()}/x`, WebhookFormat.DINGTALK)));
    expect(limited.permanent).toBe(false);
    expect(new URL(requests.at(-1)!.url, base()).searchParams.has('sign'), 'no secret, no sign').toBe(false);
  });

  it('posts a Feishu robot a post with the link, signed in the body as Feishu documents, and reads code', async () => {
    const SECRET = 'feishu-secret';
    const channel = new WebhookChannel();
    answer = () => ({ status: 200, body: '{"code":0,"msg":"success","data":{}}' });
    const before = Math.floor(Date.now() / 1000);
    await channel.send(message, webhook(`${base()}/open-apis/bot/v2/hook/h1`, WebhookFormat.FEISHU, SECRET));
    const body = JSON.parse(only().body);
    expect(body.msg_type).toBe('post');
    expect(body.content.post.zh_cn).toEqual({
      title: message.text.title,
      content: [
        [{ tag: 'text', text: '市大数据局：' }],
        [{ tag: 'text', text: '措施 P3.3「推进数字政府建设」进度滞后，请于 2025-10-15 前书面回复。' }],
        [{ tag: 'a', text: '点击查看', href: LINK }],
      ],
    });
    expect(body.timestamp).toMatch(/^\d+$/); // seconds, as a string
    expect(Number(body.timestamp)).toBeGreaterThanOrEqual(before);
    expect(Number(body.timestamp)).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000));
    const sign = createHmac('sha256', `${body.timestamp}\n${SECRET}`).update('').digest('base64');
    expect(body.sign).toBe(sign);

    // The legacy answer shape (StatusCode) counts too.
    answer = () => ({ status: 200, body: '{"StatusCode":0,"StatusMessage":"success"}' });
    await channel.send(message, webhook(`${base()}/x`, WebhookFormat.FEISHU));
    expect(JSON.parse(requests.at(-1)!.body)).not.toHaveProperty('sign');

    answer = () => ({
      status: 200,
      body: '{"code":19021,"msg":"sign match fail or timestamp is not within one hour"}',
    });
    const refused = await failure(channel.send(message, webhook(`${base()}/x`, WebhookFormat.FEISHU, SECRET)));
    expect(refused.message).toBe('飞书返回错误 19021：sign match fail or timestamp is not within one hour');
    expect(refused.permanent).toBe(true);
  });

  it('takes a robot’s 2xx answer that is not JSON as accepted', async () => {
    answer = () => ({ status: 204 });
    await new WebhookChannel().send(message, webhook(`${base()}/x`, WebhookFormat.DINGTALK));
    expect(requests).toHaveLength(1);
  });
});

describe('where a webhook may send', () => {
  it('follows a redirect on the same host, and refuses one to another host', async () => {
    const channel = new WebhookChannel();
    answer = (request) =>
      request.url === '/old' ? { status: 307, headers: { location: '/new' } } : { status: 200, body: '' };
    await channel.send(message, webhook(`${base()}/old`, WebhookFormat.GENERIC, 's'));
    expect(requests.map((request) => request.url)).toEqual(['/old', '/new']);
    expect(requests[1]!.method).toBe('POST');
    expect(requests[1]!.body).toBe(requests[0]!.body);

    // localhost is this same receiver under another host name: were it followed, the receiver would see it.
    requests.length = 0;
    answer = (request) =>
      request.url === '/away'
        ? { status: 302, headers: { location: `http://localhost:${port}/elsewhere` } }
        : { status: 200, body: '' };
    const error = await failure(channel.send(message, webhook(`${base()}/away`, WebhookFormat.GENERIC, 's')));
    expect(error.permanent).toBe(true);
    expect(error.message).toBe(`对方转向另一地址（localhost:${port}），未跟随`);
    expect(requests.map((request) => request.url)).toEqual(['/away']);
  });

  it('refuses an address that is not an http(s) URL as permanent, sending nothing', async () => {
    const channel = new WebhookChannel();
    for (const [address, words] of [
      ['ftp://127.0.0.1/hook', 'Webhook 地址只能是 http 或 https'],
      ['file:///etc/passwd', 'Webhook 地址只能是 http 或 https'],
      ['不是地址', 'Webhook 地址无效'],
      [`http://user:pass@127.0.0.1:${port}/x`, 'Webhook 地址不能含用户名和密码'],
    ]) {
      const error = await failure(channel.send(message, webhook(address!, WebhookFormat.GENERIC)));
      expect(error.message, address).toBe(words);
      expect(error.permanent).toBe(true);
    }
    expect(requests).toHaveLength(0);
  });

  it('fails as transient when nothing listens, and when the receiver does not answer in time', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const refused = await failure(
      new WebhookChannel().send(message, webhook(`http://127.0.0.1:${closedPort}/x`, WebhookFormat.WECOM)),
    );
    expect(refused.message).toBe('无法连接对方（ECONNREFUSED）');
    expect(refused.permanent).toBe(false);

    answer = () => 'hang';
    const channel = new WebhookChannel({ timeoutMs: 300 });
    const timedOut = await failure(channel.send(message, webhook(`${base()}/slow`, WebhookFormat.GENERIC)));
    expect(timedOut.message).toBe('连接超时');
    expect(timedOut.permanent).toBe(false);
    await expect
      .poll(() => requests.map((request) => request.url), { message: 'the receiver had the request' })
      .toEqual(['/slow']);
  });
});
