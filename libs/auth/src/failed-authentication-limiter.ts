import { HttpException, HttpStatus } from '@nestjs/common';
import { RateLimiterMemory } from 'rate-limiter-flexible';

/** How many failures within a window are tolerated, and how long a client or key is refused after that. */
export interface FailureLimit {
  failures: number;
  windowSeconds: number;
  blockSeconds: number;
}

export interface FailureLimits {
  /** Per client address: someone trying many keys. */
  client: FailureLimit;
  /** Per key id: someone guessing the secret of one key, from however many addresses. */
  key: FailureLimit;
}

/**
 * A person mistyping a key fails a few times; 2,000 bad keys in 12 s is a scan. A blocked key id
 * locks out its holder for the block too, which is why its limit is per minute and not per day.
 */
export const DEFAULT_FAILURE_LIMITS: FailureLimits = {
  client: { failures: 20, windowSeconds: 60, blockSeconds: 60 },
  key: { failures: 10, windowSeconds: 60, blockSeconds: 60 },
};

/** 429: too many failed authentications from this address or for this key id; `Retry-After` says when to try again. */
export class TooManyFailedAuthentications extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many requests with an invalid API key; try again in ${retryAfterSeconds} s.`, HttpStatus.TOO_MANY_REQUESTS);
  }
}

/**
 * Counts failed authentications per client address and per key id (rate-limiter-flexible's
 * in-memory counters, as in its brute-force protection recipe) and refuses either once it is over
 * its limit, before its key is looked up. Only failures count: a client with a valid key is never
 * slowed down by its own traffic. Each gateway replica counts for itself.
 */
export class FailedAuthenticationLimiter {
  private readonly byClient: RateLimiterMemory;
  private readonly byKey: RateLimiterMemory;

  constructor(limits: FailureLimits = DEFAULT_FAILURE_LIMITS) {
    this.byClient = limiter('client', limits.client);
    this.byKey = limiter('key', limits.key);
  }

  /** Seconds until this client, or this key id, may try again; 0 when neither is blocked. */
  async blockedFor(client: string, keyId: string | null): Promise<number> {
    const [byClient, byKey] = await Promise.all([blockedSeconds(this.byClient, client), keyId ? blockedSeconds(this.byKey, keyId) : 0]);
    return Math.max(byClient, byKey);
  }

  /** Records a failure; answers the seconds the client or key id is now blocked for, or 0. */
  async failed(client: string, keyId: string | null): Promise<number> {
    await Promise.all([spend(this.byClient, client), keyId ? spend(this.byKey, keyId) : undefined]);
    return this.blockedFor(client, keyId);
  }
}

function limiter(keyPrefix: string, limit: FailureLimit): RateLimiterMemory {
  return new RateLimiterMemory({ keyPrefix, points: limit.failures, duration: limit.windowSeconds, blockDuration: limit.blockSeconds });
}

/** Spends one point; the rejection of the one that goes over the limit only says the key is now blocked. */
async function spend(counter: RateLimiterMemory, key: string): Promise<void> {
  await counter.consume(key).catch((res: unknown) => {
    if (res instanceof Error) throw res;
  });
}

async function blockedSeconds(counter: RateLimiterMemory, key: string): Promise<number> {
  const res = await counter.get(key);
  return res && res.consumedPoints > counter.points ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 0;
}
