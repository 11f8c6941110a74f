import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { NOTIFICATION_SETTINGS, type NotificationSettings } from '../notification-settings.js';
import type { AlertMessage } from './alert-message.js';
import { unsubscribeToken } from './unsubscribe-token.js';

export class EmailError extends Error {
  constructor(
    message: string,
    readonly permanent = false,
  ) {
    super(message);
    this.name = 'EmailError';
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Sends alerts and digests over SMTP (`SMTP_URL`), each with a signed one-click unsubscribe link. */
@Injectable()
export class EmailSender implements OnApplicationShutdown {
  private transporter: Transporter | undefined;

  constructor(@Inject(NOTIFICATION_SETTINGS) private readonly settings: NotificationSettings) {}

  unsubscribeUrl(subscriptionId: string): string {
    return `${this.settings.publicUrl}/v1/unsubscribe/${unsubscribeToken(subscriptionId, this.settings.secret)}`;
  }

  /**
   * `messages` holds one alert, or every alert of a digest; `subscriptions` are those the message
   * comes from (several for a digest), each with its own unsubscribe link. The first is the
   * one-click `List-Unsubscribe`.
   */
  async send(to: string, subscriptions: Array<{ id: string; eventTypes: string[] }>, subject: string, messages: AlertMessage[], deliveryId: string): Promise<void> {
    if (!this.settings.smtpUrl) throw new EmailError('SMTP_URL is not configured', true);
    this.transporter ??= nodemailer.createTransport(this.settings.smtpUrl);
    const links = subscriptions.map((s) => ({ url: this.unsubscribeUrl(s.id), what: s.eventTypes.join(', ') }));
    const unsubscribe = links[0].url;
    const digest = messages.length > 1 || subject !== messages[0]?.subject;
    const text = [
      ...messages.flatMap((m) => [...(digest ? [m.subject.toUpperCase()] : []), ...m.paragraphs, '']),
      ...links.map((l) => (links.length > 1 ? `To stop the ${l.what} emails: ${l.url}` : `To stop these emails: ${l.url}`)),
    ].join('\n\n');
    const html = [
      '<!doctype html><html><body style="font-family: sans-serif; line-height: 1.4">',
      ...messages.map((m) => `${digest ? `<h2>${escapeHtml(m.subject)}</h2>` : ''}${m.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}`),
      '<hr>',
      ...links.map(
        (l) => `<p style="font-size: small"><a href="${escapeHtml(l.url)}">Unsubscribe</a> from ${links.length > 1 ? `the ${escapeHtml(l.what)} alerts` : 'these alerts'}.</p>`,
      ),
      '</body></html>',
    ].join('\n');
    try {
      await this.transporter.sendMail({
        from: this.settings.mailFrom,
        to,
        subject,
        text,
        html,
        messageId: `<${deliveryId}@civic-notifications>`,
        list: { unsubscribe: { url: unsubscribe, comment: 'Unsubscribe' } },
        headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      });
    } catch (err) {
      const e = err as { responseCode?: number; message?: string };
      // 5xx is the server refusing for good (no such mailbox); anything else may pass later.
      const permanent = typeof e.responseCode === 'number' && e.responseCode >= 500;
      // The server's answer can quote the address; keep only its code.
      throw new EmailError(e.responseCode ? `the SMTP server answered ${e.responseCode}` : `could not reach the SMTP server: ${e.message ?? String(err)}`, permanent);
    }
  }

  onApplicationShutdown(): void {
    this.transporter?.close();
  }
}
