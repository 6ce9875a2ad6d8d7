import { BlockError, type BlockSettings } from '@blocksmith/sdk';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

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

/** What an operator allows outbound calls to reach. */
export type NetworkPolicy = Pick<BlockSettings, 'allowPrivateNetwork' | 'allowedHosts'>;

/** Whether `url` may reach a private address under `policy`: the whole private network is open, or its host is allowed (bare, or with this port). */
export function privateAllowed(url: URL, policy: NetworkPolicy): boolean {
  if (policy.allowPrivateNetwork) return true;
  // Only http(s) URLs have their host lower-cased by the parser; smtp:// and postgres:// keep what was typed.
  const host = url.hostname.toLowerCase();
  const port = url.port || DEFAULT_PORTS[url.protocol];
  return policy.allowedHosts.includes(host) || (port !== undefined && policy.allowedHosts.includes(`${host}:${port}`));
}

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' };

const HOW_TO_ALLOW =
  'An operator can allow this host with BLOCKSMITH_ALLOW_HOSTS (e.g. 127.0.0.1:11434), or every private address with BLOCKSMITH_ALLOW_PRIVATE_NETWORK=1.';

function refusal(host: string, address: string): BlockError {
  return new BlockError('forbidden_address', `Refused to connect to ${host} (${address}): it is a loopback, private or reserved address. ${HOW_TO_ALLOW}`, {
    retriable: false,
  });
}

/** Refuses a URL whose host is a literal private IP (DNS names are checked at connect time). */
export function checkLiteralHost(url: URL): void {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) !== 0 && isPrivateAddress(host)) throw refusal(url.hostname, host);
}

/**
 * BLOCKSMITH_ALLOW_HOSTS: hosts separated by commas, each `host` or `host:port`
 * (IPv6 in brackets), lower-cased as URLs spell them. A bad entry is named.
 */
export function parseAllowedHosts(text: string): string[] {
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      let url: URL | undefined;
      try {
        url = new URL(`http://${entry}`);
      } catch {
        url = undefined;
      }
      const port = /\]?:(\d+)$/.exec(entry)?.[1];
      // Compared with the URL parser's own spelling, so a path, a user or a spelling it would rewrite (127.1) is named, not silently changed.
      if (!url || url.pathname !== '/' || url.username || url.search || `${url.hostname}${port ? `:${port}` : ''}` !== entry.toLowerCase()) {
        throw new Error(`"${entry}" in BLOCKSMITH_ALLOW_HOSTS is not a host or host:port (e.g. 127.0.0.1:11434, ollama.lan, [::1]:8080)`);
      }
      return entry.toLowerCase();
    });
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

/**
 * Refuses a URL whose host is, or resolves to, a private address: endpoints a
 * node calls (a model, an MCP server) follow the same policy as http.request.
 * `doing` says what was refused, e.g. "call the model".
 */
export async function assertPublicUrl(url: URL, doing: string, policy: NetworkPolicy): Promise<void> {
  if (privateAllowed(url, policy)) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await lookupAll(host)).map((a) => a.address);
  const blocked = addresses.find(isPrivateAddress);
  if (blocked) {
    throw new BlockError('forbidden_address', `Refused to ${doing} at ${url.host} (${blocked}): it is a private address. ${HOW_TO_ALLOW}`, {
      retriable: false,
    });
  }
}

function lookupAll(host: string): Promise<LookupAddress[]> {
  return new Promise((resolve) => dnsLookup(host, { all: true }, (error, addresses) => resolve(error ? [] : addresses)));
}
