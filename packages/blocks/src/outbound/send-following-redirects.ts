import { BlockError } from '@blocksmith/sdk';
import { sendRequest, type RawRequest, type RawResponse } from './outbound-request.ts';

const MAX_REDIRECTS = 5;

/**
 * An HTTP exchange that follows up to five redirects as browsers do: a 303
 * (or a 301/302 after a POST) becomes a GET without a body; a credential
 * header (`credentialHeader`) never follows to another origin; only http and
 * https are followed. Every hop goes through the address guard.
 */
export async function sendFollowingRedirects(first: RawRequest, credentialHeader?: string): Promise<RawResponse & { url: URL }> {
  const origin = first.url.origin;
  let req: RawRequest = { ...first, headers: { ...first.headers } };
  for (let hop = 0; ; hop++) {
    const response = await sendRequest(req);
    const location = response.headers.location;
    if (response.status < 300 || response.status >= 400 || !location) return { ...response, url: req.url };
    if (hop >= MAX_REDIRECTS) throw new BlockError('http', `Too many redirects (more than ${MAX_REDIRECTS}) starting at ${first.url.href}.`);
    const url = new URL(location, req.url);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new BlockError('http', `Refused to follow a redirect to ${url.protocol} (${url.href}): only http and https are followed.`);
    }
    const headers = { ...req.headers };
    if (credentialHeader && url.origin !== origin) delete headers[credentialHeader];
    const toGet = response.status === 303 || ((response.status === 301 || response.status === 302) && req.method === 'POST');
    req = { ...req, url, headers, ...(toGet ? { method: 'GET', body: undefined } : {}) };
  }
}
