import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import type { AddressRange } from '../notification-settings.js';

/** Thrown when a webhook URL leads to an address the service may not call. */
export class RefusedAddressError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefusedAddressError';
  }
}

/** Why the service may not call this IP address (private, loopback, link-local, …), or null when it may. */
export function addressProblem(address: string, allowed: readonly AddressRange[]): string | null {
  if (!ipaddr.isValid(address)) return `${address} is not an IP address`;
  // IPv4-mapped IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address it carries.
  const parsed = ipaddr.process(address);
  const range = parsed.range();
  if (range === 'unicast') return null;
  if ((allowed as readonly string[]).includes(range)) return null;
  return `${address} is a ${range} address, which webhooks may not reach`;
}

/** Resolves a host name and refuses it when any of its addresses is not allowed. Answers the addresses. */
export async function checkedAddresses(hostname: string, allowed: readonly AddressRange[]): Promise<Array<{ address: string; family: number }>> {
  const host = hostname.replace(/^\[|\]$/g, '');
  const addresses = ipaddr.isValid(host) ? [{ address: host, family: ipaddr.parse(host).kind() === 'ipv6' ? 6 : 4 }] : await lookup(host, { all: true });
  if (addresses.length === 0) throw new RefusedAddressError(`${hostname} does not resolve`);
  for (const a of addresses) {
    const problem = addressProblem(a.address, allowed);
    if (problem) throw new RefusedAddressError(a.address === host ? problem : `${hostname}: ${problem}`);
  }
  return addresses;
}
