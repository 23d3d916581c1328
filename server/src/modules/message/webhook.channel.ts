/**
 * Work-chat group robots (企业微信/政务微信, 钉钉, 飞书) and Duban's own signed JSON, POSTed with the global fetch.
 * One attempt is bounded by one timeout, redirects and the answer included; a redirect is followed only to the same
 * host (and never from https down to http), so a webhook address cannot send a delivery, or its secret's signature,
 * somewhere else.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { type Channel, type ContactTarget, DeliveryError, type OutgoingMessage } from './message.channel';
import { ChannelKind, WebhookFormat } from './message.enum';

export interface WebhookChannelOptions {
  /** How long one attempt may take, redirects and reading the answer included. */
  timeoutMs?: number;
  /**
   * The time signatures carry. The machine's wall clock, never the rules' (DUBAN_CLOCK may run those elsewhere):
   * receivers compare it with theirs.
   */
  now?: () => Date;
}

export const WEBHOOK_TIMEOUT_MS = 10_000;
const MAX_REDIRECTS = 3;
const REDIRECTS = new Set([301, 302, 307, 308]);

/** What the robots are called in an error the office reads. */
const ROBOT_NAMES: Record<WebhookFormat, string> = {
  [WebhookFormat.WECOM]: '企业微信',
  [WebhookFormat.DINGTALK]: '钉钉',
  [WebhookFormat.FEISHU]: '飞书',
  [WebhookFormat.GENERIC]: '对方',
};

/** Robot error codes that say "not now" (busy, sending too fast) rather than "never". */
const TRANSIENT_CODES: Record<WebhookFormat, ReadonlySet<number>> = {
  [WebhookFormat.WECOM]: new Set([-1, 45009]),
  [WebhookFormat.DINGTALK]: new Set([-1, 130101]),
  [WebhookFormat.FEISHU]: new Set([11232]),
  [WebhookFormat.GENERIC]: new Set(),
};

// Message size limits: a WeCom robot's markdown content is at most 4096 bytes; DingTalk and Feishu robots take
// request bodies up to about 20 KB. Past these a robot refuses the whole message, so the words are cut instead.
const WECOM_MAX_BYTES = 4096;
const ROBOT_MAX_BYTES = 16_000;

/** The request one delivery makes. */
export interface WebhookRequest {
  url: URL;
  headers: Record<string, string>;
  body: string;
}

export class WebhookChannel implements Channel {
  readonly kind = ChannelKind.WEBHOOK;
  private readonly timeoutMs: number;
  private readonly now: () => Date;

  constructor(options: WebhookChannelOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
    this.now = options.now ?? (() => new Date());
  }

  /** POSTs one delivery to a webhook; throws a DeliveryError (a bad address and 4xx but 408/429 are permanent). */
  async send(message: OutgoingMessage, target: ContactTarget): Promise<void> {
    const format = target.format ?? WebhookFormat.GENERIC;
    const request = webhookRequest(message, target, this.now());
    const signal = AbortSignal.timeout(this.timeoutMs);
    let response: Response;
    let answer: string;
    try {
      response = await postFollowingSameHost(request, signal);
      answer = await response.text();
    } catch (error) {
      throw fetchDeliveryError(error);
    }
    if (response.status < 200 || response.status >= 300) {
      const status = response.status;
      const permanent = !(status >= 500 || status === 408 || status === 429);
      throw new DeliveryError(`对方返回 ${status}`, { permanent });
    }
    const refusal = robotRefusal(format, answer);
    if (refusal) throw refusal;
  }
}

/** The request a delivery makes to its webhook: the format's body, signed when the target has a secret. */
export function webhookRequest(message: OutgoingMessage, target: ContactTarget, now: Date): WebhookRequest {
  const url = webhookUrl(target.address);
  const format = target.format ?? WebhookFormat.GENERIC;
  const { text, link } = message;
  const seconds = Math.floor(now.getTime() / 1000);
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    'user-agent': 'Duban-Webhook/1',
    'x-duban-delivery': String(message.deliveryId),
  };
  switch (format) {
    case WebhookFormat.WECOM: {
      const content = fitBytes(text.markdown, WECOM_MAX_BYTES, `\n\n[查看详情](${link})`);
      return { url, headers, body: JSON.stringify({ msgtype: 'markdown', markdown: { content } }) };
    }
    case WebhookFormat.DINGTALK: {
      if (target.secret) {
        const timestamp = now.getTime();
        url.searchParams.set('timestamp', String(timestamp));
        url.searchParams.set('sign', dingtalkSign(target.secret, timestamp));
      }
      const markdown = { title: text.title, text: fitBytes(text.markdown, ROBOT_MAX_BYTES, `\n\n[查看详情](${link})`) };
      return { url, headers, body: JSON.stringify({ msgtype: 'markdown', markdown }) };
    }
    case WebhookFormat.FEISHU: {
      const signature = target.secret ? { timestamp: String(seconds), sign: feishuSign(target.secret, seconds) } : {};
      const post = { zh_cn: { title: text.title, content: feishuParagraphs(text.text, link) } };
      return { url, headers, body: JSON.stringify({ ...signature, msg_type: 'post', content: { post } }) };
    }
    case WebhookFormat.GENERIC: {
      const body = JSON.stringify({
        id: message.deliveryId,
        messageId: message.messageId,
        kind: message.kind,
        title: text.title,
        text: text.text,
        markdown: text.markdown,
        link,
        createdAt: message.createdAt.toISOString(),
      });
      headers['x-duban-timestamp'] = String(seconds);
      if (target.secret) headers['x-duban-signature'] = genericSignature(target.secret, seconds, body);
      return { url, headers, body };
    }
  }
}

/** A webhook address as a URL: http or https only, without credentials (fetch refuses them). */
function webhookUrl(address: string): URL {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw new DeliveryError('Webhook 地址无效', { permanent: true });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new DeliveryError('Webhook 地址只能是 http 或 https', { permanent: true });
  }
  if (url.username || url.password) throw new DeliveryError('Webhook 地址不能含用户名和密码', { permanent: true });
  return url;
}

/** POSTs the request; follows a redirect only to the same host name, and never from https to http. */
async function postFollowingSameHost(request: WebhookRequest, signal: AbortSignal): Promise<Response> {
  let url = request.url;
  for (let hops = 0; ; hops += 1) {
    const response = await fetch(url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal,
    });
    if (!REDIRECTS.has(response.status)) return response;
    await response.body?.cancel();
    const location = response.headers.get('location');
    if (!location) return response;
    const next = new URL(location, url);
    if (next.hostname !== url.hostname || (url.protocol === 'https:' && next.protocol !== 'https:')) {
      throw new DeliveryError(`对方转向另一地址（${next.host}），未跟随`, { permanent: true });
    }
    if (hops >= MAX_REDIRECTS) throw new DeliveryError('对方转向次数过多', { permanent: true });
    url = next;
  }
}

/** A failed fetch as a DeliveryError: a timeout or an unreachable host may pass; a forbidden port will not. */
function fetchDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return new DeliveryError('连接超时', { permanent: false, cause: error });
  }
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  // fetch refuses the ports browsers block (25, 6000, …): the address itself must change.
  if (cause?.message === 'bad port') return new DeliveryError('Webhook 地址的端口不允许', { permanent: true, cause });
  const code = typeof cause?.code === 'string' ? cause.code : null;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new DeliveryError('找不到对方主机', { permanent: false, cause: error });
  }
  const detail = code ?? (error instanceof Error ? error.message : String(error));
  return new DeliveryError(`无法连接对方（${detail.slice(0, 80)}）`, { permanent: false, cause: error });
}

/** A robot's "no" inside an HTTP 200: errcode (WeCom, DingTalk) or code/StatusCode (Feishu) other than 0. */
function robotRefusal(format: WebhookFormat, answer: string): DeliveryError | null {
  if (format === WebhookFormat.GENERIC) return null;
  let reply: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(answer);
    if (typeof parsed !== 'object' || parsed === null) return null;
    reply = parsed as Record<string, unknown>;
  } catch {
    return null; // not JSON: a 2xx is all a robot (or a proxy in front of it) said
  }
  const rawCode = format === WebhookFormat.FEISHU ? (reply.code ?? reply.StatusCode) : reply.errcode;
  if (rawCode === undefined || rawCode === null) return null;
  const code = Number(rawCode);
  if (code === 0) return null;
  const rawMessage = format === WebhookFormat.FEISHU ? (reply.msg ?? reply.StatusMessage) : reply.errmsg;
  const words = typeof rawMessage === 'string' && rawMessage.trim() ? `：${rawMessage.trim().slice(0, 120)}` : '';
  return new DeliveryError(`${ROBOT_NAMES[format]}返回错误 ${String(rawCode)}${words}`, {
    permanent: !TRANSIENT_CODES[format].has(code),
  });
}

/** Feishu post paragraphs: a line of text each, the link as a link (added at the end when no line holds it). */
function feishuParagraphs(text: string, link: string): Record<string, string>[][] {
  const open = { tag: 'a', text: '点击查看', href: link };
  let linked = false;
  const paragraphs = fitBytes(text, ROBOT_MAX_BYTES, '')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const at = line.indexOf(link);
      if (at < 0) return [{ tag: 'text', text: line }];
      linked = true;
      const before = line.slice(0, at);
      const after = line.slice(at + link.length);
      return [
        ...(before.trim() ? [{ tag: 'text', text: before }] : []),
        open,
        ...(after.trim() ? [{ tag: 'text', text: after }] : []),
      ];
    });
  return linked ? paragraphs : [...paragraphs, [open]];
}

/** `text` if it fits in `maxBytes` of UTF-8, else its beginning, an ellipsis and `tail` (e.g. the link). */
function fitBytes(text: string, maxBytes: number, tail: string): string {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  let room = maxBytes - Buffer.byteLength(`…${tail}`);
  let cut = '';
  for (const char of text) {
    room -= Buffer.byteLength(char);
    if (room < 0) break;
    cut += char;
  }
  return `${cut}…${tail}`;
}

/** DingTalk's sign query parameter (before URL encoding): base64 HMAC-SHA256 of `${timestamp}\n${secret}`, keyed by the secret; timestamp in milliseconds. */
export function dingtalkSign(secret: string, timestampMs: number): string {
  return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`).digest('base64');
}

/** Feishu's sign body field: base64 HMAC-SHA256 of nothing, keyed by `${timestamp}\n${secret}`; timestamp in seconds. */
export function feishuSign(secret: string, timestampSeconds: number): string {
  return createHmac('sha256', `${timestampSeconds}\n${secret}`).update('').digest('base64');
}

/** The X-Duban-Signature of a GENERIC delivery: `sha256=` and the hex HMAC-SHA256 of `${timestamp}.${body}`. */
export function genericSignature(secret: string, timestamp: number | string, body: string | Uint8Array): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex')}`;
}

/**
 * Whether a GENERIC delivery is genuine: its X-Duban-Signature matches the secret, the X-Duban-Timestamp and the
 * raw body (the bytes as received, before any JSON parsing), and that timestamp (seconds) is within
 * `toleranceSeconds` of `now`, so a captured request cannot be replayed later. Compares in constant time.
 */
export function verifyGenericSignature(
  secret: string,
  timestamp: string | number | null | undefined,
  body: string | Uint8Array,
  header: string | null | undefined,
  now: Date | number = Date.now(),
  toleranceSeconds = 300,
): boolean {
  if (typeof header !== 'string' || timestamp === null || timestamp === undefined) return false;
  const stamp = String(timestamp).trim();
  if (!/^\d{1,12}$/.test(stamp)) return false;
  const nowSeconds = Math.floor((typeof now === 'number' ? now : now.getTime()) / 1000);
  if (Math.abs(nowSeconds - Number(stamp)) > toleranceSeconds) return false;
  const expected = Buffer.from(genericSignature(secret, stamp, body));
  const given = Buffer.from(header.trim());
  return given.length === expected.length && timingSafeEqual(given, expected);
}
