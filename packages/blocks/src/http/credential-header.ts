import { BlockError, type Credential } from '@blocksmith/sdk';

/** The header a credential adds to a request: [name, value]. */
export function credentialHeader(credential: Credential): [string, string] {
  const f = credential.fields;
  switch (credential.kind) {
    case 'http_bearer':
      return ['authorization', `Bearer ${f.token ?? ''}`];
    case 'http_basic':
      return ['authorization', `Basic ${Buffer.from(`${f.username ?? ''}:${f.password ?? ''}`).toString('base64')}`];
    case 'http_header':
      return [(f.name ?? '').toLowerCase(), f.value ?? ''];
    default:
      throw new BlockError('credential', `A ${credential.kind} credential cannot authenticate an HTTP request; use a bearer, basic or header credential.`);
  }
}
