import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oauthClientsFrom } from './oauth-config.ts';
import { refreshTokens, revokeToken } from './oauth-tokens.ts';

/** Token and revocation endpoints follow the same address policy as every block's call, on every redirect hop. */
describe('OAuth token calls and the outbound policy', () => {
  const closedSaw: string[] = [];
  const closed = createServer((req, res) => {
    closedSaw.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"access_token":"stolen"}');
  });
  const redirecting = createServer((req, res) => {
    res.writeHead(307, { location: `http://127.0.0.1:${(closed.address() as AddressInfo).port}${req.url}` }).end();
  });
  const listen = (server: typeof closed) =>
    new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
  let client: ReturnType<typeof oauthClientsFrom>['clients'][number];
  let policy: { allowPrivateNetwork: boolean; allowedHosts: string[]; allowedSockets: string[] };

  beforeAll(async () => {
    await listen(closed);
    const port = await listen(redirecting);
    client = oauthClientsFrom({
      BLOCKSMITH_OAUTH_GOOGLE_CLIENT_ID: 'id',
      BLOCKSMITH_OAUTH_GOOGLE_CLIENT_SECRET: 'secret',
      BLOCKSMITH_OAUTH_GOOGLE_TOKEN_URL: `http://127.0.0.1:${port}/token`,
      BLOCKSMITH_OAUTH_GOOGLE_REVOKE_URL: `http://127.0.0.1:${port}/revoke`,
    }).clients[0]!;
    policy = { allowPrivateNetwork: false, allowedHosts: [`127.0.0.1:${port}`], allowedSockets: [] };
  });

  afterAll(() => {
    closed.close();
    redirecting.close();
  });

  it('refuses a token endpoint that redirects to a closed address', async () => {
    await expect(refreshTokens(client, policy, 'refresh')).rejects.toThrow(/could not be reached at .*: Refused to connect to 127\.0\.0\.1/);
    await expect(revokeToken(client, policy, { token: 't' })).rejects.toThrow(/Refused to connect to 127\.0\.0\.1/);
    expect(closedSaw).toEqual([]);
  });

  it('refuses a token endpoint on a private address the operator did not allow', async () => {
    await expect(refreshTokens(client, { ...policy, allowedHosts: [] }, 'refresh')).rejects.toThrow(/Refused to connect to 127\.0\.0\.1/);
  });
});
