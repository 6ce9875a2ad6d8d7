import { BlockError, type BlockContext, type Credential } from '@blocksmith/sdk';
import { callProvider } from '../shared/provider-api.ts';
import { apiPath, apiUrl } from '../shared/api-path.ts';

/** One search result, whichever service found it. */
export interface SearchResult {
  title: string;
  url: string;
  snippet: string;
}

interface Provider {
  name: string;
  defaultBase: string;
  search(ctx: BlockContext, credential: Credential, base: string, query: string, limit: number): Promise<SearchResult[]>;
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Each search service through its own API, as its reference documents it. */
const PROVIDERS: Record<string, Provider> = {
  tavily_key: {
    name: 'Tavily',
    defaultBase: 'https://api.tavily.com',
    async search(ctx, credential, base, query, limit) {
      const { body } = await callProvider(ctx, {
        provider: 'Tavily',
        method: 'POST',
        url: apiUrl(base, apiPath`/search`),
        headers: { authorization: `Bearer ${credential.fields.apiKey ?? ''}` },
        json: { query, max_results: limit },
        credentialHint: 'the Tavily API key',
      });
      return ((body as { results?: { title?: string; url?: string; content?: string }[] }).results ?? []).map((r) => ({
        title: str(r.title),
        url: str(r.url),
        snippet: str(r.content),
      }));
    },
  },
  exa_key: {
    name: 'Exa',
    defaultBase: 'https://api.exa.ai',
    async search(ctx, credential, base, query, limit) {
      const { body } = await callProvider(ctx, {
        provider: 'Exa',
        method: 'POST',
        url: apiUrl(base, apiPath`/search`),
        headers: { 'x-api-key': credential.fields.apiKey ?? '' },
        json: { query, numResults: limit, contents: { text: { maxCharacters: 500 } } },
        credentialHint: 'the Exa API key',
      });
      return ((body as { results?: { title?: string; url?: string; text?: string }[] }).results ?? []).map((r) => ({
        title: str(r.title),
        url: str(r.url),
        snippet: str(r.text),
      }));
    },
  },
  brave_key: {
    name: 'Brave Search',
    defaultBase: 'https://api.search.brave.com',
    async search(ctx, credential, base, query, limit) {
      const url = apiUrl(base, apiPath`/res/v1/web/search`);
      url.searchParams.set('q', query);
      url.searchParams.set('count', String(Math.min(limit, 20)));
      const { body } = await callProvider(ctx, {
        provider: 'Brave Search',
        url,
        headers: { 'x-subscription-token': credential.fields.apiKey ?? '' },
        credentialHint: 'the Brave Search API key',
      });
      return ((body as { web?: { results?: { title?: string; url?: string; description?: string }[] } }).web?.results ?? []).map((r) => ({
        title: str(r.title),
        url: str(r.url),
        snippet: str(r.description),
      }));
    },
  },
  serpapi_key: {
    name: 'SerpApi',
    defaultBase: 'https://serpapi.com',
    async search(ctx, credential, base, query, limit) {
      const url = apiUrl(base, apiPath`/search.json`);
      url.searchParams.set('engine', 'google');
      url.searchParams.set('q', query);
      url.searchParams.set('num', String(limit));
      url.searchParams.set('api_key', credential.fields.apiKey ?? '');
      const { body } = await callProvider(ctx, { provider: 'SerpApi', url, credentialHint: 'the SerpApi key' });
      return ((body as { organic_results?: { title?: string; link?: string; snippet?: string }[] }).organic_results ?? []).map((r) => ({
        title: str(r.title),
        url: str(r.link),
        snippet: str(r.snippet),
      }));
    },
  },
  jina_key: {
    name: 'Jina',
    defaultBase: 'https://s.jina.ai',
    async search(ctx, credential, base, query) {
      const url = apiUrl(base, apiPath`/`);
      url.searchParams.set('q', query);
      const { body } = await callProvider(ctx, {
        provider: 'Jina',
        url,
        headers: { authorization: `Bearer ${credential.fields.apiKey ?? ''}`, 'x-respond-with': 'no-content' },
        credentialHint: 'the Jina API key',
      });
      return ((body as { data?: { title?: string; url?: string; description?: string }[] }).data ?? []).map((r) => ({
        title: str(r.title),
        url: str(r.url),
        snippet: str(r.description),
      }));
    },
  },
};

export const SEARCH_CREDENTIAL_KINDS = Object.keys(PROVIDERS).join('|');

/** Searches the web through the service of the node's credential. */
export async function searchWeb(ctx: BlockContext, query: string, limit: number): Promise<{ provider: string; results: SearchResult[] }> {
  const credential = await ctx.credential('credential');
  const provider = PROVIDERS[credential.kind];
  if (!provider) throw new BlockError('credential', `A ${credential.kind} credential is not a search service.`, { retriable: false });
  const base = (credential.fields.baseUrl || provider.defaultBase).replace(/\/$/, '');
  return { provider: provider.name, results: (await provider.search(ctx, credential, base, query, limit)).slice(0, limit) };
}
