import net from 'node:net';

/** An address range: its family, its address as a number, and the prefix length. */
export interface Cidr {
  family: 4 | 6;
  base: bigint;
  bits: number;
}

/** `10.0.0.0/8`, `192.168.1.5`, `::1`, `fd00::/8`; null when it is neither. */
export function parseCidr(text: string): Cidr | null {
  const [address = '', prefix] = text.split('/');
  const parsed = addressValue(address);
  if (!parsed) return null;
  const max = parsed.family === 4 ? 32 : 128;
  const bits = prefix === undefined ? max : Number(prefix);
  if (!Number.isInteger(bits) || bits < 0 || bits > max || (prefix !== undefined && !/^\d+$/.test(prefix))) return null;
  return { family: parsed.family, base: parsed.value, bits };
}

/** Whether a peer address (as node:net gives it: IPv4-mapped IPv6 included) falls in one of the ranges. */
export function addressAllowed(address: string | undefined, ranges: Cidr[]): boolean {
  if (!address) return false;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  const parsed = addressValue(mapped ? mapped[1]! : address);
  if (!parsed) return false;
  return ranges.some((range) => {
    if (range.family !== parsed.family) return false;
    const shift = BigInt((range.family === 4 ? 32 : 128) - range.bits);
    return parsed.value >> shift === range.base >> shift;
  });
}

function addressValue(address: string): { family: 4 | 6; value: bigint } | null {
  if (net.isIPv4(address)) {
    return { family: 4, value: address.split('.').reduce((sum, octet) => (sum << 8n) + BigInt(octet), 0n) };
  }
  if (!net.isIPv6(address)) return null;
  // Expand `::` and a trailing dotted quad into eight groups.
  let text = address.split('%')[0]!;
  const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (quad) {
    const v4 = addressValue(quad[1]!)!.value;
    text = text.replace(quad[1]!, `${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`);
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return { family: 6, value: groups.reduce((sum, group) => (sum << 16n) + BigInt(Number.parseInt(group, 16)), 0n) };
}
