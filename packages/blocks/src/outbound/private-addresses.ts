import { BlockList, isIP } from 'node:net';

/**
 * Loopback, private, link-local, CGNAT, multicast and reserved ranges (IPv4 and IPv6).
 * IPv6 addresses that carry an IPv4 address (mapped, compatible, NAT64) are checked as
 * that IPv4 address in isPrivateAddress: a ::ffff:0:0/96 rule would make BlockList match
 * every IPv4 address.
 */
const privateRanges = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  privateRanges.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  privateRanges.addSubnet(net, prefix, 'ipv6');
}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 4) return privateRanges.check(address, 'ipv4');
  const embedded = embeddedIPv4(address);
  return embedded !== undefined ? privateRanges.check(embedded, 'ipv4') : privateRanges.check(address, 'ipv6');
}

/**
 * The IPv4 address an IPv6 address carries in its last 32 bits when it is IPv4-mapped (::ffff:0:0/96),
 * IPv4-compatible (::/96, deprecated but still routed by some stacks) or NAT64 (64:ff9b::/96): each
 * reaches that IPv4 host, so it is judged as that host. `::` and `::1` stay IPv6.
 */
function embeddedIPv4(address: string): string | undefined {
  const groups = ipv6Groups(address);
  const prefix = groups
    .slice(0, 6)
    .map((g) => g.toString(16))
    .join(':');
  const carries = prefix === '0:0:0:0:0:ffff' || prefix === '64:ff9b:0:0:0:0' || (prefix === '0:0:0:0:0:0' && groups[6]! !== 0);
  return carries ? [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join('.') : undefined;
}

/** The eight 16-bit groups of a valid IPv6 address, `::` expanded and a dotted IPv4 tail converted. */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase().replace(/%.*$/, '');
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const parse = (part: string) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}
