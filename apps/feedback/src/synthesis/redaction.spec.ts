import { redact } from './redaction.js';

describe('redact', () => {
  it.each([
    ['write to maria.lopez@example.org please', 'write to [email] please', 'emails'],
    ['call me at (503) 555-0142 tonight', 'call me at [phone] tonight', 'phones'],
    ['my number is 503.555.0142', 'my number is [phone]', 'phones'],
    ['or +1 503 555 0142 ext 12', 'or [phone]', 'phones'],
    ['I live at 1221 SW 4th Ave near the park', 'I live at [address] near the park', 'addresses'],
    ['the lot at 42 Oak Street floods', 'the lot at [address] floods', 'addresses'],
    ['from 5300 N Interstate Avenue Apt 4', 'from [address]', 'addresses'],
  ])('%s', (input, expected, kind) => {
    const result = redact(input);
    expect(result.text).toBe(expected);
    expect(result.redacted[kind as 'emails' | 'phones' | 'addresses']).toBe(1);
  });

  it('leaves years, counts and times alone', () => {
    const text = 'In 2024 about 300 people came at 6:30 pm and 12 buses ran on 82nd.';
    expect(redact(text)).toEqual({ text, redacted: { emails: 0, phones: 0, addresses: 0 } });
  });
});
