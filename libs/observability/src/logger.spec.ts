import { Writable } from 'node:stream';
import express from 'express';
import { pinoHttp } from 'pino-http';
import request from 'supertest';
import { loggerOptions, redactUrl } from './logger.js';

const KEY = 'civic_0123456789ab_' + 'S'.repeat(43);

describe('request logs', () => {
  /** An Express app logging through pino-http with the platform's options, as every service does. */
  function loggedApp() {
    const lines: Array<Record<string, unknown>> = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    const app = express();
    app.use(pinoHttp({ ...loggerOptions('test', 'info') }, sink));
    app.get('/v1/unsubscribe/:token', (_req, res) => res.send('ok'));
    app.get('/v1/organizations', (_req, res) => res.send('ok'));
    return { app, lines };
  }

  it('keeps a key sent in the query string out of the logged URL and query', async () => {
    const { app, lines } = loggedApp();
    await request(app).get(`/v1/organizations?limit=5&api_key=${KEY}&q=kenton`).set('Authorization', `Bearer ${KEY}`).expect(200);
    const logged = JSON.stringify(lines);
    expect(logged).not.toContain(KEY);
    const req = lines.find((l) => l.req)!.req as { url: string; query: Record<string, string>; headers: Record<string, string> };
    expect(req.url).toBe('/v1/organizations?limit=5&api_key=[redacted]&q=kenton');
    expect(req.query).toEqual({ limit: '5', api_key: '[redacted]', q: 'kenton' });
    expect(req.headers.authorization).toBe('[redacted]');
  });

  it('keeps an unsubscribe token out of the logged URL and route parameters', async () => {
    const { app, lines } = loggedApp();
    await request(app).get('/v1/unsubscribe/secret-token-123').expect(200);
    expect(JSON.stringify(lines)).not.toContain('secret-token-123');
    const req = lines.find((l) => l.req)!.req as { url: string; params: Record<string, string> };
    expect(req.url).toBe('/v1/unsubscribe/[redacted]');
  });
});

describe('redactUrl', () => {
  it('redacts every credential-named query parameter, however it is spelled or encoded', () => {
    expect(redactUrl(`/x?apiKey=${KEY}`)).toBe('/x?apiKey=[redacted]');
    expect(redactUrl(`/x?API-KEY=a&token=b&access_token=c&key=d&signature=e&password=f`)).toBe(
      '/x?API-KEY=[redacted]&token=[redacted]&access_token=[redacted]&key=[redacted]&signature=[redacted]&password=[redacted]',
    );
    expect(redactUrl('/x?api%5Fkey=a&api_key')).toBe('/x?api%5Fkey=[redacted]&api_key=[redacted]');
    expect(redactUrl('/x?%E0%A4%A=1')).toBe('/x?%E0%A4%A=1');
  });

  it('leaves URLs without credentials as they are', () => {
    for (const url of ['/v1/organizations', '/v1/organizations?limit=5&cursor=abc', '/v1/engagements?keyword=parks', '/']) expect(redactUrl(url)).toBe(url);
  });
});
