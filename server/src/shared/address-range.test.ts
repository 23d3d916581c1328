import { describe, expect, it } from 'vitest';
import { addressAllowed, parseCidr } from './address-range';

const ranges = (...texts: string[]) => texts.map((text) => parseCidr(text)!);

describe('address ranges (METRICS_ALLOW)', () => {
  it('reads addresses and CIDR ranges of both families, and nothing else', () => {
    expect(parseCidr('10.0.0.0/8')).toEqual({ family: 4, base: 10n << 24n, bits: 8 });
    expect(parseCidr('192.168.1.5')).toMatchObject({ family: 4, bits: 32 });
    expect(parseCidr('::1')).toMatchObject({ family: 6, base: 1n, bits: 128 });
    expect(parseCidr('fd00::/8')).toMatchObject({ family: 6, bits: 8 });
    for (const bad of ['', 'localhost', '10.0.0.0/33', '10.0.0.0/x', '10.0.0/8', '::1/129', '10.0.0.0/'])
      expect(parseCidr(bad), bad).toBeNull();
  });

  it('allows a peer inside a range, as Node gives it (IPv4-mapped IPv6 included), and refuses the rest', () => {
    const allow = ranges('127.0.0.0/8', '::1', '10.20.0.0/16', 'fd00::/8');
    for (const peer of ['127.0.0.1', '::ffff:127.0.0.1', '::1', '10.20.3.4', '::ffff:10.20.255.255', 'fd12::5'])
      expect(addressAllowed(peer, allow), peer).toBe(true);
    for (const peer of ['10.21.0.1', '192.168.0.1', '::2', 'fe80::1', '::ffff:10.21.0.1', undefined, 'nonsense'])
      expect(addressAllowed(peer, allow), String(peer)).toBe(false);
    expect(addressAllowed('127.0.0.1', [])).toBe(false);
  });
});
