/**
 * What sends one delivery: a message's words to one contact over one channel (e-mail, a work-chat robot). The
 * outbox and the sender loop decide when and how often; a channel only says whether this attempt worked, and if not,
 * whether another attempt could (DeliveryError.permanent).
 */
import type { ChannelKind, MessageKind, WebhookFormat } from './message.enum';
import type { MessageText } from './message.facts';

/** One delivery of a message, with its words already made (message.text.ts). */
export interface OutgoingMessage {
  /** The delivery's id: stable across attempts, so a receiver can drop a repeat (Message-ID, X-Duban-Delivery). */
  deliveryId: number;
  messageId: number;
  kind: MessageKind;
  text: MessageText;
  /** Where the message leads in the dashboard (an absolute URL). */
  link: string;
  createdAt: Date;
}

/** Where a delivery goes: a contact's address on one channel. */
export interface ContactTarget {
  channel: ChannelKind;
  /** An e-mail address, or a webhook URL (http or https). */
  address: string;
  /** WEBHOOK: the message format the receiver expects (GENERIC when null); EMAIL: null. */
  format: WebhookFormat | null;
  /** WEBHOOK: the signing secret (DingTalk, Feishu, GENERIC); null: unsigned. */
  secret: string | null;
}

/** A way of sending. `send` resolves once the receiver has accepted the message and throws a DeliveryError if not. */
export interface Channel {
  readonly kind: ChannelKind;
  send(message: OutgoingMessage, target: ContactTarget): Promise<void>;
  /** Lets go of what the channel holds open (an SMTP connection pool). */
  close?(): Promise<void>;
}

/**
 * A delivery attempt that failed. Its message is short and in Chinese: the office sees it beside the delivery.
 * `permanent`: retrying cannot help (a bad address, a refusal such as SMTP 5xx or HTTP 4xx other than 408/429).
 */
export class DeliveryError extends Error {
  readonly permanent: boolean;

  constructor(message: string, options: { permanent: boolean; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DeliveryError';
    this.permanent = options.permanent;
  }
}

/** Any error a send threw, as a DeliveryError: one that is not already is taken as transient (it may pass). */
export function asDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new DeliveryError(`发送失败：${message}`.slice(0, 200), { permanent: false, cause: error });
}
