import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

/** Perplexity's chat completions as documented: OpenAI's shape plus `citations` and `search_results`, Bearer key. */
function fakePerplexity(seen: unknown[]): Server {
  return fakeApiServer((req, _res, raw, json) => {
    const body = JSON.parse(raw);
    seen.push(body);
    if (req.headers.authorization !== 'Bearer pplx-good')
      return json(401, { error: { message: 'Invalid API key provided.', type: 'invalid_api_key', code: 401 } });
    if (body.model === 'nope')
      return json(400, { error: { message: "Invalid model 'nope'. Permitted models can be found in the documentation.", type: 'invalid_model', code: 400 } });
    json(200, {
      id: 'p1',
      model: body.model,
      choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: 'Node 24 ships V8 13.6 [1].' } }],
      citations: ['https://nodejs.org/en/blog/release/v24.0.0'],
      usage: { prompt_tokens: 12, completion_tokens: 9, total_tokens: 21 },
    });
  });
}

describe('Perplexity against a local server speaking its API', () => {
  const seen: any[] = [];
  const run = providerSuite(fakePerplexity(seen), (baseUrl) => ({ id: 'px', kind: 'perplexity_key', fields: { apiKey: 'pplx-good', baseUrl } }));

  it('answers with citations, filters by recency and domain, and counts the tokens', async () => {
    const answered = await run('perplexity.ask', { question: 'What is new in Node 24?', recency: 'month', domains: ['nodejs.org'] });
    expect(answered.outputs).toEqual({ answer: ['Node 24 ships V8 13.6 [1].'], citations: [['https://nodejs.org/en/blog/release/v24.0.0']] });
    expect(answered.usage).toMatchObject({ inputTokens: 12, outputTokens: 9 });
    expect(seen.at(-1)).toMatchObject({ model: 'sonar', search_recency_filter: 'month', search_domain_filter: ['nodejs.org'] });
  });

  it('says what Perplexity refused', async () => {
    expect((await run('perplexity.ask', { question: 'x', model: 'nope' })).error?.message).toBe(
      "Perplexity answered 400: Invalid model 'nope'. Permitted models can be found in the documentation.",
    );
    expect((await run('perplexity.ask', { question: 'x' }, { apiKey: 'bad' })).error?.kind).toBe('credential');
  });
});
