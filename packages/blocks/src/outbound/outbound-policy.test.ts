import { describe, expect, it } from 'vitest';
import { connectOptions, hostAllowed, parseAllowedHosts, parseAllowedSockets, type OutboundPolicy } from './outbound-policy.ts';
import { isPrivateAddress } from './private-addresses.ts';

const closed: OutboundPolicy = { allowPrivateNetwork: false, allowedHosts: [], allowedSockets: [] };
/** The host and port a URL connects to, as fetch and http.request hand them to openConnection. */
const targetOf = (url: URL) => ({ host: url.hostname, port: Number(url.port) || (url.protocol === 'https:' ? 443 : 80) });

describe('isPrivateAddress', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '0:0:0:0:0:ffff:10.0.0.1',
    '::127.0.0.1',
    '::7f00:1',
    '64:ff9b::127.0.0.1',
    '64:ff9b::a9fe:a9fe',
    'fe80::1%eth0',
  ])('%s is private', (address) => expect(isPrivateAddress(address)).toBe(true));

  it.each(['8.8.8.8', '172.32.0.1', '1.1.1.1', '2606:4700::1111', '::ffff:8.8.8.8', '64:ff9b::8.8.8.8', '::808:808', '2001:db8::1:2'])(
    '%s is public',
    (address) => expect(isPrivateAddress(address)).toBe(false),
  );
});

describe('literal addresses', () => {
  it.each([
    'http://127.1/',
    'http://2130706433/',
    'http://0x7f.0.0.1/',
    'http://0177.0.0.1/',
    'http://127.0.0.1./',
    'http://user:pass@127.0.0.1/',
    'http://example.com@127.0.0.1/',
    'http://0.0.0.0/',
    'http://[::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::127.0.0.1]/',
    'http://[64:ff9b::127.0.0.1]/',
    'http://[64:ff9b::169.254.169.254]/',
  ])('refuses %s', (url) => expect(() => connectOptions(targetOf(new URL(url)), closed)).toThrow(/Refused to connect/));

  it('lets public literal hosts through, and judges names by the lookup the socket uses', () => {
    expect(connectOptions(targetOf(new URL('http://8.8.8.8/')), closed)).toEqual({ host: '8.8.8.8', port: 80 });
    expect(connectOptions(targetOf(new URL('http://[2606:4700::1111]/')), closed)).toEqual({ host: '2606:4700::1111', port: 80 });
    expect(connectOptions({ host: 'example.com', port: 5432 }, closed)).toMatchObject({ host: 'example.com', port: 5432, lookup: expect.any(Function) });
  });

  it('reads an empty host as the localhost drivers would use', () => {
    expect(connectOptions({ host: '', port: 5432 }, closed)).toMatchObject({ host: 'localhost', lookup: expect.any(Function) });
  });
});

describe('unix sockets', () => {
  const socket = '/var/run/postgresql/.s.PGSQL.5432';

  it('refuses every socket path the operator did not name, even with the private network open', () => {
    for (const target of [{ path: socket }, { path: '/run/mysqld/mysqld.sock' }, { host: '/var/run/postgresql', port: 5432 }]) {
      expect(() => connectOptions(target, { ...closed, allowPrivateNetwork: true })).toThrow(/unix socket .* BLOCKSMITH_ALLOW_SOCKETS=/);
    }
  });

  it('opens a named socket, spelled in any equivalent way', () => {
    const policy = { ...closed, allowedSockets: parseAllowedSockets(` ${socket} `) };
    expect(connectOptions({ path: socket }, policy)).toEqual({ path: socket });
    expect(connectOptions({ path: '/var/run/postgresql//.s.PGSQL.5432' }, policy)).toEqual({ path: '/var/run/postgresql//.s.PGSQL.5432' });
    expect(() => connectOptions({ path: '/var/run/postgresql/.s.PGSQL.5433' }, policy)).toThrow(/unix socket/);
  });

  it.each(['relative/path.sock', '/a/../b.sock'])('names the bad entry %s', (entry) =>
    expect(() => parseAllowedSockets(entry)).toThrow(`"${entry}" in BLOCKSMITH_ALLOW_SOCKETS is not an absolute socket path`),
  );
});

describe('allowed private hosts', () => {
  const policy = { ...closed, allowedHosts: parseAllowedHosts(' 127.0.0.1:11434, Ollama.LAN ,[::1]:8080, web.lan:80') };
  const allowed = (url: string, p: OutboundPolicy = policy) => {
    const { host, port } = targetOf(new URL(url));
    return hostAllowed(host.replace(/^\[|\]$/g, ''), port, p);
  };

  it('allows a host:port exactly, a bare host on any port, and nothing else', () => {
    expect(policy.allowedHosts).toEqual(['127.0.0.1:11434', 'ollama.lan', '[::1]:8080', 'web.lan:80']);
    expect(allowed('http://127.0.0.1:11434/v1')).toBe(true);
    expect(allowed('http://127.0.0.1:11435/v1')).toBe(false);
    expect(allowed('http://127.1:11434/v1')).toBe(true); // the URL parser spells it 127.0.0.1
    expect(allowed('https://ollama.lan:9999/')).toBe(true);
    expect(allowed('http://[::1]:8080/')).toBe(true);
    expect(allowed('http://localhost:11434/')).toBe(false);
    expect(allowed('http://web.lan/')).toBe(true);
    expect(hostAllowed('OLLAMA.lan', 587, policy)).toBe(true);
    expect(allowed('https://web.lan/')).toBe(false);
    expect(allowed('http://10.0.0.1/', { ...closed, allowPrivateNetwork: true })).toBe(true);
  });

  it.each(['http://x', 'x/y', 'user@host', 'host:port', 'a b', '127.1'])('names the bad entry %s', (entry) =>
    expect(() => parseAllowedHosts(`ok.lan,${entry}`)).toThrow(`"${entry}" in BLOCKSMITH_ALLOW_HOSTS is not a host or host:port`),
  );
});
