import { addressProblem, checkedAddresses, RefusedAddressError } from './webhook-address.js';

describe('webhook addresses', () => {
  it('allows public addresses', () => {
    expect(addressProblem('93.184.216.34', [])).toBeNull();
    expect(addressProblem('2606:2800:220:1:248:1893:25c8:1946', [])).toBeNull();
  });

  it('refuses private, loopback, link-local and unique-local addresses, also when mapped into IPv6', () => {
    expect(addressProblem('10.1.2.3', [])).toMatch(/private/);
    expect(addressProblem('192.168.0.10', [])).toMatch(/private/);
    expect(addressProblem('172.16.5.4', [])).toMatch(/private/);
    expect(addressProblem('127.0.0.1', [])).toMatch(/loopback/);
    expect(addressProblem('::1', [])).toMatch(/loopback/);
    expect(addressProblem('169.254.169.254', [])).toMatch(/linkLocal/);
    expect(addressProblem('fe80::1', [])).toMatch(/linkLocal/);
    expect(addressProblem('fd00::1', [])).toMatch(/uniqueLocal/);
    expect(addressProblem('::ffff:10.0.0.1', [])).toMatch(/private/);
    expect(addressProblem('0.0.0.0', [])).toMatch(/unspecified/);
  });

  it('allows a range only when configuration names it', () => {
    expect(addressProblem('127.0.0.1', ['loopback'])).toBeNull();
    expect(addressProblem('10.0.0.1', ['loopback'])).toMatch(/private/);
  });

  it('resolves names before judging them', async () => {
    await expect(checkedAddresses('localhost', [])).rejects.toBeInstanceOf(RefusedAddressError);
    await expect(checkedAddresses('localhost', ['loopback'])).resolves.toEqual(expect.arrayContaining([expect.objectContaining({ address: expect.any(String) })]));
    await expect(checkedAddresses('[::1]', [])).rejects.toThrow(/loopback/);
  });
});
