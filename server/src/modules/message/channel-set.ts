/**
 * The channels a process sends with, one per kind, made once from the settings. E-mail exists only when SMTP_URL is
 * set; webhooks need no settings.
 */
import type { Env } from '../../config/env';
import { EmailChannel, type EmailChannelOptions } from './email.channel';
import { type Channel, type ContactTarget, DeliveryError, type OutgoingMessage } from './message.channel';
import { ChannelKind } from './message.enum';
import { WebhookChannel, type WebhookChannelOptions } from './webhook.channel';

/** What the channels are made from (SMTP_URL, MAIL_FROM). */
export interface ChannelSettings {
  /** smtp://user:pass@host:port or smtps://…; null: no e-mail is sent (such deliveries fail as permanent). */
  smtpUrl: string | null;
  mailFrom: string;
}

/** The channel settings of a parsed environment. */
export function channelSettings(env: Pick<Env, 'SMTP_URL' | 'MAIL_FROM'>): ChannelSettings {
  return { smtpUrl: env.SMTP_URL ?? null, mailFrom: env.MAIL_FROM };
}

/** Tuning that tests (and nothing else) change: shorter timeouts, a fixed clock for signatures. */
export interface ChannelTuning {
  email?: Omit<EmailChannelOptions, 'smtpUrl' | 'from'>;
  webhook?: WebhookChannelOptions;
}

/** Channel kind → channel. */
export class ChannelSet {
  private readonly channels: ReadonlyMap<ChannelKind, Channel>;

  constructor(channels: Iterable<Channel>) {
    this.channels = new Map([...channels].map((channel) => [channel.kind, channel]));
  }

  /** The channels the settings allow: webhooks always, e-mail when an SMTP server is set. */
  static fromSettings(settings: ChannelSettings, tuning: ChannelTuning = {}): ChannelSet {
    const channels: Channel[] = [new WebhookChannel(tuning.webhook)];
    if (settings.smtpUrl) {
      channels.push(new EmailChannel({ ...tuning.email, smtpUrl: settings.smtpUrl, from: settings.mailFrom }));
    }
    return new ChannelSet(channels);
  }

  get(kind: ChannelKind): Channel | undefined {
    return this.channels.get(kind);
  }

  /** Sends one delivery on the target's channel; a channel this process lacks is a permanent DeliveryError. */
  async send(message: OutgoingMessage, target: ContactTarget): Promise<void> {
    const channel = this.channels.get(target.channel);
    if (!channel) {
      const why =
        target.channel === ChannelKind.EMAIL ? '未配置发信服务器（SMTP_URL）' : `不支持的渠道 ${target.channel}`;
      throw new DeliveryError(why, { permanent: true });
    }
    await channel.send(message, target);
  }

  /** Closes every channel that holds something open (the SMTP pool). */
  async close(): Promise<void> {
    await Promise.all([...this.channels.values()].map((channel) => channel.close?.()));
  }
}
