import { createHmac, timingSafeEqual } from 'node:crypto';

/** `<subscription id>.<HMAC>`: a link that unsubscribes exactly one subscription and cannot be forged. */
export function unsubscribeToken(subscriptionId: string, secret: string): string {
  return `${subscriptionId}.${mac(subscriptionId, secret)}`;
}

/** The subscription id a token was signed for, or null when it was not signed with this secret. */
export function verifyUnsubscribeToken(token: string, secret: string): string | null {
  const dot = token.indexOf('.');
  if (dot < 0) return null;
  const id = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(mac(id, secret));
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}

function mac(subscriptionId: string, secret: string): string {
  return createHmac('sha256', secret).update(`unsubscribe:${subscriptionId}`).digest('base64url');
}
