import { safeToRepeat } from './retry-safety.js';

describe('safeToRepeat', () => {
  it('holds for idempotent methods whatever the route', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'get']) expect(safeToRepeat(method, {}, false)).toBe(true);
  });

  it('holds for a change conditional on If-Match', () => {
    expect(safeToRepeat('PATCH', { 'if-match': '"3"' }, false)).toBe(true);
    expect(safeToRepeat('POST', { 'if-match': '"3"' }, false)).toBe(true);
    expect(safeToRepeat('PATCH', {}, false)).toBe(false);
  });

  it('holds for a POST with an Idempotency-Key only where the route honours the key', () => {
    expect(safeToRepeat('POST', { 'idempotency-key': 'attempt-1' }, true)).toBe(true);
    expect(safeToRepeat('POST', { 'idempotency-key': 'attempt-1' }, false)).toBe(false);
    expect(safeToRepeat('POST', {}, true)).toBe(false);
    expect(safeToRepeat('POST', { 'idempotency-key': '' }, true)).toBe(false);
  });
});
