import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import { Webhook } from 'standardwebhooks';
import { NOTIFICATION_SETTINGS, type NotificationSettings } from '../notification-settings.js';
import { checkedAddresses, RefusedAddressError } from './webhook-address.js';

/** A webhook attempt that did not reach a 2xx answer; `permanent` ones are not retried. */
export class WebhookError extends Error {
  constructor(
    message: string,
    readonly permanent = false,
  ) {
    super(message);
    this.name = 'WebhookError';
  }
}

export interface WebhookMessage {
  url: string;
  secret: string;
  /** `webhook-id`: the same on every retry of one delivery, so receivers can drop repeats. */
  id: string;
  body: string;
}

/**
 * Sends Standard Webhooks: a JSON POST with `webhook-id`, `webhook-timestamp` and
 * `webhook-signature`. The address is checked when the connection is made, on the very address
 * connected to, so a name that resolves elsewhere later (DNS rebinding) is still refused.
 */
@Injectable()
export class WebhookSender {
  constructor(@Inject(NOTIFICATION_SETTINGS) private readonly settings: NotificationSettings) {}

  send(message: WebhookMessage): Promise<void> {
    const url = new URL(message.url);
    const signed = new Date();
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'civic-notifications/1',
      'webhook-id': message.id,
      'webhook-timestamp': String(Math.floor(signed.getTime() / 1000)),
      'webhook-signature': new Webhook(message.secret).sign(message.id, signed, message.body),
    };
    const allowed = this.settings.allowedRanges;
    const lookup: LookupFunction = (hostname, options, callback) => {
      checkedAddresses(hostname, allowed).then(
        (addresses) => {
          if ((options as { all?: boolean }).all) callback(null, addresses);
          else callback(null, addresses[0].address, addresses[0].family);
        },
        (err: Error) => callback(err as NodeJS.ErrnoException, '', 0),
      );
    };
    const client = url.protocol === 'https:' ? https : http;
    return new Promise<void>((resolve, reject) => {
      const req = client.request(url, { method: 'POST', headers, lookup, timeout: this.settings.webhookTimeoutMs }, (res) => {
        res.resume();
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve();
          else reject(new WebhookError(`the receiver answered HTTP ${status}`));
        });
        res.on('error', (err) => reject(new WebhookError(`the answer broke off: ${err.message}`)));
      });
      req.on('timeout', () => req.destroy(new WebhookError(`no answer within ${this.settings.webhookTimeoutMs} ms`)));
      req.on('error', (err) => {
        if (err instanceof WebhookError) reject(err);
        else if (err instanceof RefusedAddressError) reject(new WebhookError(err.message, true));
        else reject(new WebhookError(`could not reach the receiver: ${err.message}`));
      });
      // Literal IP addresses skip `lookup`, so they are judged here.
      const host = url.hostname.replace(/^\[|\]$/g, '');
      checkedAddresses(host, allowed).then(
        () => req.end(message.body),
        (err: Error) => req.destroy(err),
      );
    });
  }
}
