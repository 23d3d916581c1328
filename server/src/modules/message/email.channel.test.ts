import net from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, readEnv } from '../../config/env';
import { ChannelSet, channelSettings } from './channel-set';
import { EmailChannel } from './email.channel';
import { type ContactTarget, DeliveryError, type OutgoingMessage } from './message.channel';
import { ChannelKind, MessageKind } from './message.enum';

const LINK = 'http://duban.intranet:4000/plans/boshan/measures/P3.3';

const message: OutgoingMessage = {
  deliveryId: 42,
  messageId: 7,
  kind: MessageKind.REPORT_DUE,
  text: {
    title: '报送提醒：P3.3 推进数字政府建设，2025年第三季度进展 3 个工作日后截止',
    text: `市大数据局：\n措施 P3.3「推进数字政府建设」2025年第三季度进展应于 2025-10-10 前报送。\n${LINK}`,
    markdown: `**报送提醒**\n措施 P3.3「推进数字政府建设」\n[查看措施](${LINK})`,
    html: `<p>市大数据局：</p><p>措施 P3.3「推进数字政府建设」2025年第三季度进展应于 2025-10-10 前报送。</p><p><a href="${LINK}">查看措施</a></p>`,
  },
  link: LINK,
  createdAt: new Date('2025-10-07T01:00:00Z'),
};

const to = (address: string): ContactTarget => ({ channel: ChannelKind.EMAIL, address, format: null, secret: null });

/** A real SMTP server on a free port: it keeps what it accepts, refuses two mailboxes, and asks for a login. */
const received: { mail: ParsedMail; envelopeTo: string[]; user: string | undefined }[] = [];
const smtp = new SMTPServer({
  disabledCommands: ['STARTTLS'],
  allowInsecureAuth: true,
  authOptional: false,
  logger: false,
  onAuth(auth, _session, callback) {
    if (auth.username === 'duban' && auth.password === 's3cret') callback(null, { user: auth.username });
    else callback(new Error('Invalid username or password'));
  },
  onRcptTo(address, _session, callback) {
    if (address.address.startsWith('nobody@')) {
      callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
    } else if (address.address.startsWith('busy@')) {
      callback(Object.assign(new Error('Mailbox busy, try later'), { responseCode: 451 }));
    } else {
      callback();
    }
  },
  onData(stream, session, callback) {
    // The reply (250) goes out only after the message is parsed and kept: once send() resolves, it is here.
    simpleParser(stream).then(
      (mail) => {
        received.push({
          mail,
          envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          user: typeof session.user === 'string' ? session.user : undefined,
        });
        callback();
      },
      (error: Error) => callback(error),
    );
  },
});
let smtpUrl = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpUrl = `smtp://duban:s3cret@127.0.0.1:${(smtp.server.address() as net.AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
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

describe('the e-mail channel', () => {
  it('sends a delivery as a UTF-8 mail with its title, both bodies, the link and a Message-ID from the delivery', async () => {
    const channel = new EmailChannel({ smtpUrl, from: '督办平台 <duban@example.gov.cn>' });
    try {
      await channel.send(message, to('office@bureau.example.gov.cn'));
      const last = received.at(-1);
      expect(last?.user).toBe('duban');
      expect(last?.envelopeTo).toEqual(['office@bureau.example.gov.cn']);
      const mail = last!.mail;
      expect(mail.subject).toBe(message.text.title);
      expect(mail.from?.value[0]).toEqual({ name: '督办平台', address: 'duban@example.gov.cn' });
      expect(mail.text?.trim()).toBe(message.text.text);
      expect(mail.text).toContain('推进数字政府建设');
      expect(mail.html).toContain('<p>市大数据局：</p>');
      expect(mail.html).toContain(`href="${LINK}"`);
      expect(mail.messageId).toBe('<duban.7.42@example.gov.cn>');
      expect(mail.headers.get('x-duban-delivery')).toBe('42');
      expect(mail.headers.get('auto-submitted')).toBe('auto-generated');

      // A second attempt of the same delivery is the same message to the receiver.
      await channel.send(message, to('office@bureau.example.gov.cn'));
      expect(received.at(-1)?.mail.messageId).toBe('<duban.7.42@example.gov.cn>');
    } finally {
      await channel.close();
    }
  });

  it('takes a 550 refusal as permanent and a 451 as transient', async () => {
    const channel = new EmailChannel({ smtpUrl, from: '督办平台 <duban@example.gov.cn>' });
    try {
      const refused = await failure(channel.send(message, to('nobody@bureau.example.gov.cn')));
      expect(refused.permanent).toBe(true);
      expect(refused.message).toMatch(/^邮件服务器拒收 550：.*Mailbox unavailable/);

      const deferred = await failure(channel.send(message, to('busy@bureau.example.gov.cn')));
      expect(deferred.permanent).toBe(false);
      expect(deferred.message).toMatch(/^邮件服务器暂时拒收 451/);
    } finally {
      await channel.close();
    }
  });

  it('fails a wrong login as permanent', async () => {
    const channel = new EmailChannel({ smtpUrl: smtpUrl.replace('s3cret', 'wrong'), from: 'duban@example.gov.cn' });
    try {
      const error = await failure(channel.send(message, to('office@bureau.example.gov.cn')));
      expect(error.permanent).toBe(true);
      expect(error.message).toMatch(/^邮件服务器登录失败 535/);
    } finally {
      await channel.close();
    }
  });

  it('refuses an address that is not one mailbox without connecting', async () => {
    const channel = new EmailChannel({ smtpUrl: 'smtp://127.0.0.1:9', from: 'duban@example.gov.cn' });
    try {
      for (const address of ['not an address', 'a@b.cn, c@d.cn', 'x@y.cn\r\nBcc: z@w.cn']) {
        const error = await failure(channel.send(message, to(address)));
        expect(error.permanent, address).toBe(true);
        expect(error.message).toMatch(/^邮箱地址无效/);
      }
    } finally {
      await channel.close();
    }
  });

  it('fails as transient when the SMTP server is down', async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as net.AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const channel = new EmailChannel({ smtpUrl: `smtp://127.0.0.1:${port}`, from: 'duban@example.gov.cn' });
    try {
      const error = await failure(channel.send(message, to('office@bureau.example.gov.cn')));
      expect(error.permanent).toBe(false);
      expect(error.message).toBe('无法连接邮件服务器（ECONNREFUSED）');
    } finally {
      await channel.close();
    }
  });

  it('gives up on a server that accepts the connection and never greets, within the greeting timeout', async () => {
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as net.AddressInfo).port;
    const channel = new EmailChannel({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      from: 'duban@example.gov.cn',
      greetingTimeoutMs: 300,
    });
    try {
      const error = await failure(channel.send(message, to('office@bureau.example.gov.cn')));
      expect(error.permanent).toBe(false);
      expect(error.message).toBe('连接邮件服务器超时');
      expect(sockets.size, 'the channel reached the server').toBe(1);
    } finally {
      await channel.close();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});

describe('the channel set', () => {
  it('sends e-mail when SMTP_URL is set, and fails an e-mail delivery as permanent when it is not', async () => {
    const withMail = ChannelSet.fromSettings(channelSettings(readEnv({ SMTP_URL: smtpUrl })));
    try {
      await withMail.send({ ...message, deliveryId: 43 }, to('leader@example.gov.cn'));
      expect(received.at(-1)?.mail.messageId).toBe('<duban.7.43@localhost>');
      expect(received.at(-1)?.mail.from?.value[0]).toEqual({ name: '督办平台', address: 'duban@localhost' });
      expect(withMail.get(ChannelKind.WEBHOOK)?.kind).toBe(ChannelKind.WEBHOOK);
    } finally {
      await withMail.close();
    }

    const withoutMail = ChannelSet.fromSettings(channelSettings(readEnv({})));
    expect(withoutMail.get(ChannelKind.EMAIL)).toBeUndefined();
    const error = await failure(withoutMail.send(message, to('leader@example.gov.cn')));
    expect(error.permanent).toBe(true);
    expect(error.message).toBe('未配置发信服务器（SMTP_URL）');
  });

  it('refuses an SMTP_URL that is not smtp:// or smtps:// at start-up', () => {
    expect(() => readEnv({ SMTP_URL: 'http://mail.example.gov.cn' })).toThrow(ConfigError);
    expect(() => readEnv({ SMTP_URL: 'mail.example.gov.cn:25' })).toThrow(/SMTP_URL/);
    expect(readEnv({ SMTP_URL: 'smtps://u:p@mail.example.gov.cn:465' }).SMTP_URL).toBe(
      'smtps://u:p@mail.example.gov.cn:465',
    );
  });
});
