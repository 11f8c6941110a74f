import type { Server } from 'node:http';

/**
 * How long the gateway waits on a client. Node's defaults let a slow client hold a connection for
 * minutes: headers may trickle in for 60 s, a request for 300 s, and a socket nobody reads or
 * writes stays open for ever.
 */
export const GATEWAY_HTTP_TIMEOUTS = {
  /** Longer than a load balancer's idle timeout (60 s on most), so the gateway never closes a kept-alive connection
   * at the moment a balancer or client reuses it, which fails that request. */
  keepAliveMs: 65_000,
  /** From a request's first byte to the end of its headers; a few hundred bytes take no client this long. */
  headersMs: 10_000,
  /** The whole request, body included: 120 MB (the largest body) at 1 MB/s. */
  requestMs: 120_000,
  /** A socket with no byte in either direction (a client that stops reading); longer than the keep-alive and
   * far longer than the alert stream's 15 s heartbeat. */
  idleMs: 120_000,
  /** How often Node checks the header and request timeouts (30 s by default, which would stretch them by as much). */
  checkEveryMs: 1000,
};

/** Sets the timeouts before the server listens (Node reads the checking interval when it starts listening). */
export function applyHttpTimeouts(server: Server, timeouts = GATEWAY_HTTP_TIMEOUTS): void {
  server.keepAliveTimeout = timeouts.keepAliveMs;
  server.headersTimeout = timeouts.headersMs;
  server.requestTimeout = timeouts.requestMs;
  server.timeout = timeouts.idleMs;
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = timeouts.checkEveryMs;
}
