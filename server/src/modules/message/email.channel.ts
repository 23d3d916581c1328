/**
 * E-mail over SMTP (nodemailer, one pooled transport per process). A delivery is one message to one address, with a
 * Message-ID made from the delivery id, so a second attempt after a lost reply is the same message to the receiver.
 */
import nodemailer, { type NodemailerError, type SendMailOptions, type Transporter } from 'nodemailer';
import { type Channel, type ContactTarget, DeliveryError, type OutgoingMessage } from './message.channel';
import { ChannelKind } from './message.enum';

export interface EmailChannelOptions {
  /** smtp://user:pass@host:port or smtps://…; query parameters are nodemailer's options (`?tls.rejectUnauthorized=false`). */
  smtpUrl: string;
  /** The From header, e.g. `督办平台 <duban@example.gov.cn>`. */
  from: string;
  /** How long to wait for the TCP (and TLS) connection, for the server's greeting, and on a silent socket. */
  connectionTimeoutMs?: number;
  greetingTimeoutMs?: number;
  socketTimeoutMs?: number;
  /** Connections the pool keeps open at most. */
  maxConnections?: number;
}

/** The defaults: a dead or stalled SMTP server fails the attempt in seconds instead of holding the sender for minutes. */
export const EMAIL_TIMEOUTS = { connectionTimeoutMs: 10_000, greetingTimeoutMs: 10_000, socketTimeoutMs: 30_000 };

// One address, no display name, no list: the address comes from a contact row, never from a message's words.
const ADDRESS = /^[^\s@<>,;:"()[\]\\]+@[^\s@<>,;:"()[\]\\]+$/;

export class EmailChannel implements Channel {
  readonly kind = ChannelKind.EMAIL;
  private readonly transport: Transporter;
  private readonly domain: string;

  constructor(private readonly options: EmailChannelOptions) {
    this.transport = nodemailer.createTransport({
      url: options.smtpUrl,
      pool: true,
      maxConnections: options.maxConnections ?? 2,
      connectionTimeout: options.connectionTimeoutMs ?? EMAIL_TIMEOUTS.connectionTimeoutMs,
      greetingTimeout: options.greetingTimeoutMs ?? EMAIL_TIMEOUTS.greetingTimeoutMs,
      socketTimeout: options.socketTimeoutMs ?? EMAIL_TIMEOUTS.socketTimeoutMs,
    });
    this.domain = senderDomain(options.from);
  }

  /** Sends one delivery by e-mail; throws a DeliveryError (SMTP 5xx and a bad address are permanent). */
  async send(message: OutgoingMessage, target: ContactTarget): Promise<void> {
    const address = target.address.trim();
    if (!ADDRESS.test(address)) throw new DeliveryError(`邮箱地址无效：${address.slice(0, 80)}`, { permanent: true });
    try {
      await this.transport.sendMail(emailOf(message, address, this.options.from, this.domain));
    } catch (error) {
      throw smtpDeliveryError(error);
    }
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}

/** The Message-ID of a delivery's e-mail: the same on every attempt. */
export function emailMessageId(message: Pick<OutgoingMessage, 'messageId' | 'deliveryId'>, domain: string): string {
  return `<duban.${message.messageId}.${message.deliveryId}@${domain}>`;
}

function emailOf(message: OutgoingMessage, to: string, from: string, domain: string): SendMailOptions {
  return {
    from,
    to,
    subject: message.text.title,
    text: message.text.text,
    html: message.text.html,
    messageId: emailMessageId(message, domain),
    headers: {
      'X-Duban-Delivery': String(message.deliveryId),
      'X-Duban-Message': String(message.messageId),
      'X-Duban-Kind': message.kind,
      // RFC 3834: an out-of-office reply to a reminder would only land in the sender's mailbox.
      'Auto-Submitted': 'auto-generated',
    },
  };
}

/** The domain of the From address, for Message-IDs (`localhost` when it has none). */
function senderDomain(from: string): string {
  const match = /@([^\s@<>]+)>?\s*$/.exec(from);
  return match?.[1] ?? 'localhost';
}

/** A nodemailer error as a DeliveryError: a 5xx reply is permanent; a 4xx reply, a timeout or a lost connection not. */
function smtpDeliveryError(error: unknown): DeliveryError {
  const failure = error as NodemailerError;
  const code = failure.responseCode;
  if (typeof code === 'number') {
    // nodemailer marks 5xx but 503 (a command out of sequence, which a new connection mends) as permanent.
    const permanent = failure.permanent ?? (code >= 500 && code < 600 && code !== 503);
    const reply = shortReply(failure.response, code);
    if (failure.code === 'EAUTH')
      return new DeliveryError(`邮件服务器登录失败 ${code}${reply}`, { permanent, cause: error });
    const verb = permanent ? '邮件服务器拒收' : '邮件服务器暂时拒收';
    return new DeliveryError(`${verb} ${code}${reply}`, { permanent, cause: error });
  }
  switch (failure.code) {
    case 'ETIMEDOUT':
      return new DeliveryError('连接邮件服务器超时', { permanent: false, cause: error });
    case 'ECONNECTION':
    case 'ESOCKET':
    case 'EDNS':
    case 'ETLS':
    case 'EPROXY': {
      // nodemailer puts its own code (ESOCKET) in `code` and the socket's (ECONNREFUSED) in `originalCode`.
      const original = (failure as { originalCode?: unknown }).originalCode;
      const detail = typeof original === 'string' ? original : failure.code;
      return new DeliveryError(`无法连接邮件服务器（${detail}）`, { permanent: false, cause: error });
    }
    case 'EAUTH':
    case 'ENOAUTH':
      return new DeliveryError('邮件服务器登录失败', { permanent: true, cause: error });
    case 'EENVELOPE':
      return new DeliveryError('邮件地址被拒绝', { permanent: true, cause: error });
    default:
      return new DeliveryError(`发送邮件失败：${failure.message ?? String(error)}`.slice(0, 200), {
        permanent: false,
        cause: error,
      });
  }
}

/** The server's words after its reply code, on one line and short (`：5.1.1 Mailbox unavailable`). */
function shortReply(response: string | undefined, code: number): string {
  if (!response) return '';
  const text = response
    .replace(/\s+/g, ' ')
    .replace(new RegExp(`^${code}[ -]?`), '')
    .trim();
  return text ? `：${text.slice(0, 120)}` : '';
}
