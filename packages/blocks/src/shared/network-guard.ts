import { BlockError } from '@blocksmith/sdk';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * Loopback, private, link-local, CGNAT, multicast and reserved ranges (IPv4 and IPv6).
 * IPv4-mapped IPv6 (::ffff:a.b.c.d) is checked as IPv4 in isPrivateAddress: a
 * ::ffff:0:0/96 rule would make BlockList match every IPv4 address.
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
  if (family === 6 && address.toLowerCase().startsWith('::ffff:') && isIP(address.slice(7)) === 4) {
    return privateRanges.check(address.slice(7), 'ipv4');
  }
  return privateRanges.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

function refusal(host: string, address: string): BlockError {
  return new BlockError(
    'forbidden_address',
    `Refused to connect to ${host} (${address}): it is a loopback, private or reserved address. An operator can allow this with BLOCKSMITH_ALLOW_PRIVATE_NETWORK=1.`,
    { retriable: false },
  );
}

/** Refuses a URL whose host is a literal private IP (DNS names are checked at connect time). */
export function checkLiteralHost(url: URL): void {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) !== 0 && isPrivateAddress(host)) throw refusal(url.hostname, host);
}

/**
 * A DNS lookup for http(s).request that refuses private addresses after
 * resolution, so a public name that resolves to 127.0.0.1 is caught too.
 */
export const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const blocked = addresses.find((a) => isPrivateAddress(a.address));
    if (blocked) return callback(refusal(hostname, blocked.address), '', 0);
    if (options.all) return callback(null, addresses as never, 0);
    const first = addresses[0]!;
    callback(null, first.address, first.family);
  });
};
