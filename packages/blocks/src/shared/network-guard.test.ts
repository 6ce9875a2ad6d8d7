import { describe, expect, it } from 'vitest';
import { checkLiteralHost, isPrivateAddress, parseAllowedHosts, privateAllowed } from './network-guard.ts';

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

describe('checkLiteralHost', () => {
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
  ])('refuses %s', (url) => expect(() => checkLiteralHost(new URL(url))).toThrow(/Refused to connect/));

  it('lets public literal hosts through', () => {
    expect(() => checkLiteralHost(new URL('http://8.8.8.8/'))).not.toThrow();
    expect(() => checkLiteralHost(new URL('http://[2606:4700::1111]/'))).not.toThrow();
  });
});

describe('allowed private hosts', () => {
  const policy = { allowPrivateNetwork: false, allowedHosts: parseAllowedHosts(' 127.0.0.1:11434, Ollama.LAN ,[::1]:8080, web.lan:80') };

  it('allows a host:port exactly, a bare host on any port, and nothing else', () => {
    expect(policy.allowedHosts).toEqual(['127.0.0.1:11434', 'ollama.lan', '[::1]:8080', 'web.lan:80']);
    expect(privateAllowed(new URL('http://127.0.0.1:11434/v1'), policy)).toBe(true);
    expect(privateAllowed(new URL('http://127.0.0.1:11435/v1'), policy)).toBe(false);
    expect(privateAllowed(new URL('http://127.1:11434/v1'), policy)).toBe(true); // the URL parser spells it 127.0.0.1
    expect(privateAllowed(new URL('https://ollama.lan:9999/'), policy)).toBe(true);
    expect(privateAllowed(new URL('http://[::1]:8080/'), policy)).toBe(true);
    expect(privateAllowed(new URL('http://localhost:11434/'), policy)).toBe(false);
    expect(privateAllowed(new URL('http://web.lan/'), policy)).toBe(true);
    expect(privateAllowed(new URL('smtp://OLLAMA.lan:587'), policy)).toBe(true);
    expect(privateAllowed(new URL('https://web.lan/'), policy)).toBe(false);
    expect(privateAllowed(new URL('http://10.0.0.1/'), { allowPrivateNetwork: true, allowedHosts: [] })).toBe(true);
  });

  it.each(['http://x', 'x/y', 'user@host', 'host:port', 'a b', '127.1'])('names the bad entry %s', (entry) =>
    expect(() => parseAllowedHosts(`ok.lan,${entry}`)).toThrow(`"${entry}" in BLOCKSMITH_ALLOW_HOSTS is not a host or host:port`),
  );
});
