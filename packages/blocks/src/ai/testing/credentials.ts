import type { Credential } from '@blocksmith/sdk';
import type { FakeModelServer } from './scripted-server.ts';

/** A credential pointing at a fake server, with the id `cred` that test nodes choose. */
export function credentialFor(server: FakeModelServer, kind: 'openai_compatible' | 'anthropic' = 'openai_compatible'): Credential {
  return { id: 'cred', kind, fields: { baseUrl: server.baseUrl, apiKey: 'sk-test' } };
}
