import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has working defaults', () => {
    expect(loadConfig({})).toMatchObject({ host: '127.0.0.1', port: 3000, signup: 'closed', allowPrivateNetwork: false, maxConcurrency: 16 });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://u@h/db',
      BLOCKSMITH_SIGNUP: 'open',
      BLOCKSMITH_ALLOW_PRIVATE_NETWORK: '1',
      BLOCKSMITH_SESSION_DAYS: '2',
      BLOCKSMITH_PUBLIC_URL: 'https://agents.example.test/blocksmith/',
      BLOCKSMITH_ALLOW_HOSTS: '127.0.0.1:11434, ollama.lan',
      BLOCKSMITH_ALLOW_SOCKETS: '/var/run/postgresql/.s.PGSQL.5432',
      BLOCKSMITH_MAX_NODE_RUNS: '5000',
      BLOCKSMITH_INLINE_OUTPUT_BYTES: '65536',
      BLOCKSMITH_MAX_OUTPUT_BYTES: '1048576',
      BLOCKSMITH_SOCKET_MESSAGE_RATE: '5',
      BLOCKSMITH_SOCKET_SUBSCRIPTIONS: '10',
      BLOCKSMITH_METRICS_TOKEN: 'a-scraper-token-of-length',
      BLOCKSMITH_SHUTDOWN_MS: '1000',
    });
    expect(config).toMatchObject({
      publicUrl: 'https://agents.example.test/blocksmith',
      port: 8080,
      databaseUrl: 'postgres://u@h/db',
      signup: 'open',
      allowPrivateNetwork: true,
      allowedHosts: ['127.0.0.1:11434', 'ollama.lan'],
      allowedSockets: ['/var/run/postgresql/.s.PGSQL.5432'],
      maxNodeRuns: 5000,
      inlineOutputBytes: 65536,
      maxOutputBytes: 1048576,
      socketMessageRate: 5,
      socketSubscriptions: 10,
      metricsToken: 'a-scraper-token-of-length',
      shutdownMs: 1000,
      sessionTtlMs: 2 * 86_400_000,
    });
  });

  it('reads OAuth2 clients per provider, with endpoints moved for GitHub Enterprise or a proxy', () => {
    const { oauthClients } = loadConfig({
      BLOCKSMITH_OAUTH_GITHUB_CLIENT_ID: 'gh-id',
      BLOCKSMITH_OAUTH_GITHUB_CLIENT_SECRET: 'gh-secret',
      BLOCKSMITH_OAUTH_GITHUB_AUTHORIZE_URL: 'https://github.example.test/login/oauth/authorize',
    });
    expect(oauthClients).toEqual([
      expect.objectContaining({
        id: 'github',
        clientId: 'gh-id',
        clientSecret: 'gh-secret',
        authorizeUrl: 'https://github.example.test/login/oauth/authorize',
        tokenUrl: 'https://github.com/login/oauth/access_token',
      }),
    ]);
    expect(() =>
      loadConfig({
        BLOCKSMITH_OAUTH_SLACK_CLIENT_ID: 'x',
        BLOCKSMITH_OAUTH_GOOGLE_CLIENT_ID: 'y',
        BLOCKSMITH_OAUTH_GOOGLE_CLIENT_SECRET: 'z',
        BLOCKSMITH_OAUTH_GOOGLE_TOKEN_URL: 'nope',
      }),
    ).toThrow(
      /BLOCKSMITH_OAUTH_GOOGLE_TOKEN_URL: must be an http\(s\) URL[\s\S]*BLOCKSMITH_OAUTH_SLACK_CLIENT_SECRET: is needed with BLOCKSMITH_OAUTH_SLACK_CLIENT_ID/,
    );
  });

  it('names every bad value and how to fix it', () => {
    expect(() => loadConfig({ BLOCKSMITH_PUBLIC_URL: 'ftp://x' })).toThrow(/BLOCKSMITH_PUBLIC_URL: must be the http\(s\) address/);
    expect(() => loadConfig({ BLOCKSMITH_ALLOW_HOSTS: 'ok.lan,http://x' })).toThrow(
      'BLOCKSMITH_ALLOW_HOSTS: "http://x" in BLOCKSMITH_ALLOW_HOSTS is not a host or host:port',
    );
    expect(() => loadConfig({ BLOCKSMITH_ALLOW_SOCKETS: 'run/x.sock' })).toThrow(
      'BLOCKSMITH_ALLOW_SOCKETS: "run/x.sock" in BLOCKSMITH_ALLOW_SOCKETS is not an absolute socket path',
    );
    expect(() => loadConfig({ BLOCKSMITH_METRICS_TOKEN: 'short' })).toThrow('BLOCKSMITH_METRICS_TOKEN: must be at least 16 characters');
    expect(() => loadConfig({ PORT: '70000', DATABASE_URL: 'mysql://x', BLOCKSMITH_SIGNUP: 'maybe' })).toThrow(
      /PORT: Too big: expected number to be <=65535[\s\S]*DATABASE_URL: must be a postgres:\/\/ URL[\s\S]*BLOCKSMITH_SIGNUP[\s\S]*docs\/operations.md/,
    );
  });
});
