import { redact } from './redaction.js';

type Kind = 'emails' | 'phones' | 'addresses' | 'ssns';

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
    expect(result.redacted[kind as Kind]).toBe(1);
  });

  it.each([
    ['email jane at example dot com about it', 'email [email] about it'],
    ['Reach me: Jane AT Example DOT Com.', 'Reach me: [email].'],
    ['jane.doe at mail dot example dot org', '[email]'],
    ['jane at mail.example dot co dot uk', '[email]'],
    ['jane (at) example (dot) com', '[email]'],
    ['jane [at] example [dot] net', '[email]'],
    ['write jane [at] example.com', 'write [email]'],
    ['j.lopez at example.org has the details', '[email] has the details'],
    ['jane_r at pdx.edu', '[email]'],
    ['maria88 at yahoo.com', '[email]'],
    ['jane at gmail.com or jane at gmail dot com', '[email] or [email]'],
    ['María at correo dot com', '[email]'],
  ])('emails spelled out: %s', (input, expected) => {
    const result = redact(input);
    expect(result.text).toBe(expected);
    expect(result.redacted.emails).toBe(expected.split('[email]').length - 1);
  });

  it.each([
    ['my SSN is 123-45-6789 for the form', 'my SSN is [ssn] for the form'],
    ['social security 123 45 6789', 'social security [ssn]'],
    ['SSN: 123456789', 'SSN: [ssn]'],
    ['social security number is 078051120.', 'social security number is [ssn].'],
  ])('U.S. Social Security numbers: %s', (input, expected) => {
    const result = redact(input);
    expect(result.text).toBe(expected);
    expect(result.redacted.ssns).toBe(1);
  });

  it('leaves years, counts and times alone', () => {
    const text = 'In 2024 about 300 people came at 6:30 pm and 12 buses ran on 82nd.';
    expect(redact(text)).toEqual({ text, redacted: { emails: 0, phones: 0, addresses: 0, ssns: 0 } });
  });

  it.each([
    'I looked at portland.gov and found nothing',
    'Meet at the park at noon, dot the i’s',
    'We sat at home dot dot dot waiting',
    'The bus stops at Lombard dot and dash markings',
    'order 123456789 arrived', // nine digits with no mention of a Social Security number
    'codes 000-12-3456, 666-12-3456, 900-12-3456, 123-00-4567, 123-45-0000 were never issued',
    'dates like 2024-10-2025 and 123-45-67890',
    'look at www.portland.gov or at city hall',
  ])('leaves ordinary text alone: %s', (text) => {
    expect(redact(text).text).toBe(text);
  });

  it.each([
    ['one long word', `a at ${'b'.repeat(19_000)} dot x`],
    ['a long dotted name', `a.b at ${'c.'.repeat(9_000)}zz`],
    ['spelled-out near misses', 'jane at example dot '.repeat(1_000)],
  ])('redacts the longest comment without quadratic backtracking: %s', (_, text) => {
    // Each of these took 1.2-1.8 s (20,000 characters) when matching was tried from every position of a word.
    const started = process.hrtime.bigint();
    redact(text.slice(0, 20_000));
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(400);
  });
});
