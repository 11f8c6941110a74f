import { ConfigurationError, localUrl, messagingOptionsFrom, readEnvironment } from './config.js';

describe('readEnvironment', () => {
  it('applies defaults and picks the in-process transport without NATS_URL', () => {
    const env = readEnvironment({});
    expect(env.MESSAGING_MAX_DELIVERIES).toBe(5);
    expect(env.HOST).toBe('127.0.0.1');
    expect(messagingOptionsFrom('registry', env).transport).toBe('in-process');
  });

  it('picks JetStream when NATS_URL is set and reads numbers', () => {
    const env = readEnvironment({ NATS_URL: 'nats://127.0.0.1:4222', MESSAGING_MAX_DELIVERIES: '7', OUTBOX_RETENTION_HOURS: '48' });
    const options = messagingOptionsFrom('registry', env);
    expect(options).toMatchObject({ transport: 'jetstream', natsUrl: 'nats://127.0.0.1:4222', maxDeliveries: 7 });
    expect(options.relay.retentionMs).toBe(48 * 3600_000);
  });

  it.each([
    [{ NATS_URL: 'localhost:4222' }, 'Configuration error: NATS_URL must be nats://host:port (comma-separated for a cluster) (got "localhost:4222")'],
    [{ DATABASE_URL: 'mysql://x' }, 'Configuration error: DATABASE_URL must be a postgres://user@host:port/database URL (got "mysql://x")'],
    [{ MESSAGING_MAX_DELIVERIES: 'five' }, 'Configuration error: MESSAGING_MAX_DELIVERIES must be a whole number (got "five")'],
    [{ MESSAGING_MAX_DELIVERIES: '0' }, 'Configuration error: MESSAGING_MAX_DELIVERIES must not be less than 1 (got "0")'],
    [{ PORT: 'http' }, 'Configuration error: PORT must be a TCP port number (got "http")'],
    [{ HOST: 'every interface' }, 'Configuration error: HOST must be an address to listen on: 127.0.0.1 (this machine only), 0.0.0.0 (every interface) or another IP (got "every interface")'],
    [{ LOG_LEVEL: 'loud' }, 'Configuration error: LOG_LEVEL must be one of the following values: fatal, error, warn, info, debug, trace, silent (got "loud")'],
  ])('stops on %j with one line naming the variable', (env, message) => {
    expect(() => readEnvironment(env)).toThrow(ConfigurationError);
    expect(() => readEnvironment(env)).toThrow(message);
  });
});

describe('HOST', () => {
  it('takes addresses to listen on and prints a URL one can open here', () => {
    for (const host of ['0.0.0.0', '127.0.0.1', '::', '::1', 'localhost', '10.1.2.3']) expect(readEnvironment({ HOST: host }).HOST).toBe(host);
    expect(localUrl('0.0.0.0', 3000)).toBe('http://127.0.0.1:3000');
    expect(localUrl('::1', 3000)).toBe('http://[::1]:3000');
    expect(localUrl('10.1.2.3', 3001)).toBe('http://10.1.2.3:3001');
  });
});
