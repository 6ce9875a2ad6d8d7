import { BlockError, type BlockSettings } from '@blocksmith/sdk';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isAbsolute, normalize } from 'node:path';
import { isIP, type LookupFunction, type NetConnectOpts } from 'node:net';
import { isPrivateAddress } from './private-addresses.ts';

/** What an operator allows outbound connections to reach. */
export type OutboundPolicy = Pick<BlockSettings, 'allowPrivateNetwork' | 'allowedHosts' | 'allowedSockets'>;

/** Where a driver asks to connect: a host and port, or a unix socket's path. */
export type ConnectTarget = { host: string; port: number } | { path: string };

const HOW_TO_ALLOW =
  'An operator can allow this host with BLOCKSMITH_ALLOW_HOSTS (e.g. 127.0.0.1:11434), or every private address with BLOCKSMITH_ALLOW_PRIVATE_NETWORK=1.';

function addressRefusal(host: string, address: string): BlockError {
  return new BlockError('forbidden_address', `Refused to connect to ${host} (${address}): it is a loopback, private or reserved address. ${HOW_TO_ALLOW}`, {
    retriable: false,
  });
}

function socketRefusal(path: string): BlockError {
  return new BlockError(
    'forbidden_address',
    `Refused to connect to the unix socket ${path}: sockets on the platform's own host are closed to users. An operator can open this one with BLOCKSMITH_ALLOW_SOCKETS=${path}.`,
    { retriable: false },
  );
}

/** How a host is spelled in BLOCKSMITH_ALLOW_HOSTS: lower case, IPv6 in brackets. */
function spelled(host: string): string {
  return isIP(host) === 6 ? `[${host}]` : host.toLowerCase();
}

/** Whether the operator opened this host (any port, or this port) or the whole private network. */
export function hostAllowed(host: string, port: number, policy: OutboundPolicy): boolean {
  if (policy.allowPrivateNetwork) return true;
  const name = spelled(host);
  return policy.allowedHosts.includes(name) || policy.allowedHosts.includes(`${name}:${port}`);
}

/**
 * The options under which `net.connect` reaches `target` inside the policy, or the refusal.
 * This is the one judgement every outbound connection passes: literal addresses are judged
 * here, names by the lookup the socket itself uses (so the address checked is the address
 * connected to, and a name that changes its answer in between gains nothing), unix sockets
 * only when named by the operator. An empty host is what drivers read as localhost.
 */
export function connectOptions(target: ConnectTarget, policy: OutboundPolicy): NetConnectOpts {
  if ('path' in target) {
    if (!policy.allowedSockets.includes(normalize(target.path))) throw socketRefusal(target.path);
    return { path: target.path };
  }
  const host = target.host.replace(/^\[|\]$/g, '') || 'localhost';
  if (host.startsWith('/')) return connectOptions({ path: host }, policy);
  if (hostAllowed(host, target.port, policy)) return { host, port: target.port };
  if (isIP(host) !== 0) {
    if (isPrivateAddress(host)) throw addressRefusal(host, host);
    return { host, port: target.port };
  }
  return { host, port: target.port, lookup: guardedLookup };
}

/** A DNS lookup that refuses a name with any private address among its answers. */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const blocked = addresses.find((a) => isPrivateAddress(a.address));
    if (blocked) return callback(addressRefusal(hostname, blocked.address), '', 0);
    if (options.all) return callback(null, addresses as never, 0);
    const first = addresses[0]!;
    callback(null, first.address, first.family);
  });
};

/** The policy's refusal somewhere in an error's chain of causes (drivers and fetch wrap what the socket raised). */
export function refusalIn(error: unknown): BlockError | undefined {
  for (let e = error, depth = 0; e instanceof Error && depth < 8; e = e.cause, depth++) {
    if (e instanceof BlockError && e.kind === 'forbidden_address') return e;
  }
  return undefined;
}

/**
 * BLOCKSMITH_ALLOW_HOSTS: hosts separated by commas, each `host` or `host:port`
 * (IPv6 in brackets), lower-cased as URLs spell them. A bad entry is named.
 */
export function parseAllowedHosts(text: string): string[] {
  return entries(text).map((entry) => {
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

/** BLOCKSMITH_ALLOW_SOCKETS: absolute paths of unix sockets, separated by commas. */
export function parseAllowedSockets(text: string): string[] {
  return entries(text).map((entry) => {
    if (!isAbsolute(entry) || normalize(entry) !== entry) {
      throw new Error(`"${entry}" in BLOCKSMITH_ALLOW_SOCKETS is not an absolute socket path (e.g. /var/run/postgresql/.s.PGSQL.5432)`);
    }
    return entry;
  });
}

function entries(text: string): string[] {
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}
