import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { Webhook } from 'standardwebhooks';
import { v4 as uuidv4, v7 as uuidv7 } from 'uuid';
import { Events, type AlertScope, type CloudEvent, type ConflictDetectedV1, type EngagementSummary, type EventContract } from '#libs/contracts';
import { Clock } from '../../apps/notifications/src/notification-settings.js';

export const KENTON = { id: '11111111-1111-4111-8111-111111111111', slug: 'kenton', name: 'Kenton Neighborhood Association', kind: 'neighborhood_association' };
export const ARBOR_LODGE = { id: '22222222-2222-4222-8222-222222222222', slug: 'arbor-lodge', name: 'Arbor Lodge Neighborhood Association', kind: 'neighborhood_association' };

/** A clock tests move by hand. */
export class ControlledClock extends Clock {
  constructor(private current = new Date('2026-12-01T18:00:00Z')) {
    super();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(iso: string): void {
    this.current = new Date(iso);
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

function engagement(changes: Partial<EngagementSummary>): EngagementSummary {
  return {
    id: uuidv4(),
    bureau: 'PBOT',
    title: 'Lombard Street safety listening session',
    kind: 'listening_session',
    status: 'scheduled',
    // 6 to 8 PM in Portland on Tuesday 8 December 2026.
    startsAt: '2026-12-09T02:00:00.000Z',
    endsAt: '2026-12-09T04:00:00.000Z',
    address: 'Kenton Firehouse, 8105 N Brandon Ave',
    onlineUrl: null,
    audience: { organizations: [KENTON], councilDistricts: ['2'], communityTags: ['renters'] },
    version: 1,
    ...changes,
  };
}

export function conflict(scope: Partial<AlertScope> = {}): ConflictDetectedV1 {
  return {
    conflictId: uuidv4(),
    severity: 'high',
    engagements: [
      engagement({}),
      engagement({
        bureau: 'BES',
        title: 'Green streets open house',
        kind: 'open_house',
        startsAt: '2026-12-09T02:30:00.000Z',
        endsAt: '2026-12-09T04:30:00.000Z',
        address: 'Kenton Library, 8226 N Denver Ave',
        audience: { organizations: [KENTON, ARBOR_LODGE], councilDistricts: ['2'], communityTags: [] },
      }),
    ],
    reasons: ['both reach Kenton Neighborhood Association', 'they overlap by 90 minutes'],
    sharedAudience: { organizations: [KENTON], councilDistricts: ['2'], communityTags: [] },
    scope: { bureaus: ['PBOT', 'BES'], councilDistricts: ['2'], organizationIds: [KENTON.id], severity: 'high', ...scope },
  };
}

export function envelope<T extends object>(contract: EventContract<T>, data: T, id = uuidv7()): CloudEvent<T> {
  return {
    specversion: '1.0',
    id,
    source: '/civic/scheduling',
    type: contract.type,
    subject: id,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    correlationid: uuidv7(),
    data,
  };
}

export const conflictEvent = (scope: Partial<AlertScope> = {}) => envelope(Events.ConflictDetected, conflict(scope));

export interface ReceivedWebhook {
  id: string;
  headers: IncomingHttpHeaders;
  body: { type: string; timestamp: string; data: Record<string, unknown> & { alert: Record<string, unknown>; summary: string } };
  verified: boolean;
  /** When it arrived, in ms since the epoch. */
  at: number;
}

/**
 * A real HTTP receiver that checks every request's Standard Webhooks signature with the
 * standardwebhooks package, as a subscriber's server would. `answer` decides each status.
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  answer: (request: ReceivedWebhook) => number | Promise<number> = () => 204;
  private server?: Server;
  private secret = '';

  /** The secret the subscription was given; set before alerts arrive. */
  useSecret(secret: string): void {
    this.secret = secret;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        let verified: boolean;
        try {
          new Webhook(this.secret).verify(raw, req.headers as Record<string, string>);
          verified = true;
        } catch {
          verified = false;
        }
        const request: ReceivedWebhook = { id: String(req.headers['webhook-id']), headers: req.headers, body: JSON.parse(raw), verified, at: Date.now() };
        this.received.push(request);
        void Promise.resolve(verified ? this.answer(request) : 401).then((status) => res.writeHead(status).end());
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/civic`;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

/** A real SMTP server on a free local port; every message it accepts is parsed with mailparser. */
export class MailCatcher {
  readonly mails: ParsedMail[] = [];
  /** Mailboxes the server says do not exist (550). */
  readonly unknownMailboxes = new Set<string>();
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo: (address, _session, callback) => {
      if (!this.unknownMailboxes.has(address.address)) return callback();
      const err = new Error('No such mailbox') as Error & { responseCode: number };
      err.responseCode = 550;
      callback(err);
    },
    onData: (stream, _session, callback) => {
      simpleParser(stream).then(
        (mail) => {
          this.mails.push(mail);
          callback();
        },
        (err: Error) => callback(err),
      );
    },
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${port}`;
  }

  to(address: string): ParsedMail[] {
    return this.mails.filter((m) => JSON.stringify(m.to).includes(address));
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** A header as the message carried it, e.g. List-Unsubscribe. */
export function rawHeader(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line?.slice(line.indexOf(':') + 1).trim();
}
