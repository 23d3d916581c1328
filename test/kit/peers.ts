import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { verifyGenericSignature } from '../../server/src/modules/message/webhook.channel';

/** A real SMTP server on a free port that keeps every mail it accepts, parsed. */
export interface SmtpPeer {
  url: string;
  mails: ParsedMail[];
  close(): Promise<void>;
}

export async function startSmtpPeer(): Promise<SmtpPeer> {
  const mails: ParsedMail[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          mails.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** What a webhook receiver got: the body, and whether Duban's signature on it held. */
export interface ReceivedHook {
  body: Record<string, unknown>;
  signed: boolean;
  delivery: string | undefined;
}

/** A local HTTP receiver of Duban's signed JSON: it checks each signature, and can refuse the first attempts. */
export interface WebhookPeer {
  url: string;
  /** Requests answered 2xx, in order. */
  received: ReceivedHook[];
  /** Every request, refused ones included. */
  attempts: number;
  /** Answers the next `n` requests with 500. */
  failNext(n: number): void;
  /** Answers every request with `status` (a permanent refusal such as 400) until called with null. */
  refuse(status: number | null): void;
  close(): Promise<void>;
}

export async function startWebhookPeer(secret: string): Promise<WebhookPeer> {
  let failing = 0;
  let refusing: number | null = null;
  const peer: Omit<WebhookPeer, 'url' | 'close'> = {
    received: [],
    attempts: 0,
    failNext: (n) => {
      failing = n;
    },
    refuse: (status) => {
      refusing = status;
    },
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      peer.attempts += 1;
      if (refusing !== null) {
        res.writeHead(refusing).end('refused');
        return;
      }
      if (failing > 0) {
        failing -= 1;
        res.writeHead(500).end('busy');
        return;
      }
      const body = Buffer.concat(chunks).toString('utf8');
      const signed = verifyGenericSignature(
        secret,
        req.headers['x-duban-timestamp'] as string | undefined,
        body,
        req.headers['x-duban-signature'] as string | undefined,
        Date.now(),
      );
      peer.received.push({
        body: JSON.parse(body) as Record<string, unknown>,
        signed,
        delivery: req.headers['x-duban-delivery'] as string | undefined,
      });
      res.writeHead(signed ? 200 : 401, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(peer, {
    url: `http://127.0.0.1:${port}/hook`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }) as WebhookPeer;
}
