import { startFakeOpenAiServer, type FakeModelServer } from '@blocksmith/blocks/testing';
import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import { strToU8, zipSync } from 'fflate';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../testing/api-client.ts';
import { startServerProcess, type ServerProcess } from '../testing/server-process.ts';

const HOURS = 'Opening hours. The office opens at nine in the morning and closes at five.';
const PARKING = 'Parking. Visitors park in the north lot behind the building.';

/** A Word document of these paragraphs, as Word writes one. */
const docx = (paragraphs: string[]) =>
  Buffer.from(
    zipSync({
      'word/document.xml': strToU8(`<w:document><w:body>${paragraphs.map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`),
    }),
  );

describe('knowledge bases (real server process)', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let model: FakeModelServer;
  let site: Server;
  let siteUrl: string;
  let owner: ApiClient;
  let credentialId: string;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    model = await startFakeOpenAiServer([]);
    site = createServer((req, res) => {
      if (req.url === '/faq')
        return void res.writeHead(200, { 'content-type': 'text/html' }).end(`<html><body><nav>Menu</nav><main><p>${PARKING}</p></main></body></html>`);
      if (req.url === '/huge') {
        // No length announced: the reader must stop by itself.
        res.writeHead(200, { 'content-type': 'text/plain' });
        const chunk = 'x'.repeat(1024 * 1024);
        for (let i = 0; i < 11; i++) res.write(chunk);
        return void res.end();
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    // Only the model and the site are open: every other private address stays closed, as in production.
    const modelHost = new URL(model.baseUrl).host;
    server = await startServerProcess({ BLOCKSMITH_DATA_DIR: database.options.dataDir, BLOCKSMITH_ALLOW_HOSTS: `${modelHost},${new URL(siteUrl).host}` });
    owner = new ApiClient(server.url);
    await owner.post('/api/auth/setup', { email: 'owner@x.test', password: 'password-a' });
    credentialId = (await owner.post('/api/credentials', { name: 'Model', kind: 'openai_compatible', fields: { baseUrl: model.baseUrl, apiKey: 'k' } })).body
      .credential.id;
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    await model?.close();
    await new Promise((resolve) => site?.close(resolve));
    await database?.drop();
  });

  it('ingests text, files and pages into passages, finds the closest with its source, re-ingests on change and forgets a deleted document', async () => {
    const slack = (await owner.post('/api/credentials', { name: 'Chat', kind: 'slack_bot', fields: { token: 'xoxb-1' } })).body.credential.id;
    expect((await owner.post('/api/knowledge', { name: 'Handbook', credentialId: slack })).body.error.message).toContain(
      'a knowledge base embeds with an openai',
    );
    const base = (await owner.post('/api/knowledge', { name: 'Handbook', credentialId, chunkChars: 200, chunkOverlap: 20 })).body.base;
    expect(base).toMatchObject({ name: 'Handbook', model: 'text-embedding-3-small', documents: 0, chunks: 0 });

    const upload = (name: string, type: string, bytes: Buffer) =>
      owner.request('POST', `/api/files?name=${encodeURIComponent(name)}`, bytes, { 'content-type': type });
    const word = (await upload('hours.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx([HOURS]))).body.file;
    const added = await owner.post(`/api/knowledge/${base.id}/documents`, { fileId: word.fileId });
    expect(added.body.error).toBeUndefined();
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ unchanged: false, document: { name: 'hours.docx', source: 'hours.docx', chunks: 1 } });
    expect((await owner.post(`/api/knowledge/${base.id}/documents`, { url: `${siteUrl}/faq` })).body.document).toMatchObject({
      name: `${siteUrl}/faq`,
      chunks: 1,
    });
    expect(
      (await owner.post(`/api/knowledge/${base.id}/documents`, { name: 'lunch.md', text: '# Lunch\n\nLunch is served at noon in the canteen.' })).status,
    ).toBe(201);

    const search = async (query: string) => (await owner.post(`/api/knowledge/${base.id}/search`, { query, limit: 1 })).body.passages;
    expect(await search('When does the office open in the morning?')).toEqual([
      expect.objectContaining({ document: 'hours.docx', source: 'hours.docx', text: HOURS }),
    ]);
    const parking = await search('Where do visitors park?');
    expect(parking).toEqual([expect.objectContaining({ document: `${siteUrl}/faq`, text: expect.stringContaining(PARKING) })]);
    // The page's readable article is indexed, not its navigation.
    expect(parking[0].text).not.toContain('Menu');

    // The same text again changes nothing; other text under the same name replaces the document's passages.
    expect((await owner.post(`/api/knowledge/${base.id}/documents`, { fileId: word.fileId })).body).toMatchObject({ unchanged: true });
    const changed = (await upload('hours.docx', 'application/octet-stream', docx(['Opening hours. The office now opens at ten.']))).body.file;
    const replaced = await owner.post(`/api/knowledge/${base.id}/documents`, { fileId: changed.fileId });
    expect(replaced.body).toMatchObject({ unchanged: false, document: { id: added.body.document.id, chunks: 1 } });
    const detail = await owner.get(`/api/knowledge/${base.id}/documents/${added.body.document.id}`);
    expect(detail.body.passages).toEqual([{ position: 0, text: 'Opening hours. The office now opens at ten.' }]);
    expect((await owner.get(`/api/knowledge/${base.id}`)).body.base).toMatchObject({ documents: 3, chunks: 3 });

    expect((await owner.delete(`/api/knowledge/${base.id}/documents/${added.body.document.id}`)).status).toBe(204);
    expect((await search('When does the office open?'))[0].document).not.toBe('hours.docx');
    expect((await owner.get(`/api/knowledge/${base.id}`)).body.base).toMatchObject({ documents: 2, chunks: 2 });

    // What cannot be read is refused, saying what to give.
    const image = (await upload('photo.png', 'image/png', Buffer.from([137, 80, 78, 71]))).body.file;
    expect((await owner.post(`/api/knowledge/${base.id}/documents`, { fileId: image.fileId })).body.error).toMatchObject({
      code: 'unreadable_document',
      message: expect.stringContaining('photo.png (image/png) is not a document that can be read'),
    });
    expect((await owner.post(`/api/knowledge/${base.id}/documents`, { url: `${siteUrl}/gone` })).body.error.message).toContain('answered 404');
    expect((await owner.post(`/api/knowledge/${base.id}/documents`, { name: 'empty.md', text: '   ' })).body.error.code).toBe('empty_document');
    const huge = await owner.post(`/api/knowledge/${base.id}/documents`, { url: `${siteUrl}/huge` });
    expect(huge.body.error).toMatchObject({ code: 'unreachable', message: expect.stringContaining(`${siteUrl}/huge could not be read`) });
  });

  it("answers an address the outbound policy closes as the asker's to change, naming the setting", async () => {
    const base = (await owner.post('/api/knowledge', { name: 'Closed', credentialId })).body.base;
    const page = await owner.post(`/api/knowledge/${base.id}/documents`, { url: 'http://10.255.255.1/private' });
    expect(page.status).toBe(400);
    expect(page.body.error.message).toContain('BLOCKSMITH_ALLOW_HOSTS');

    const elsewhere = (
      await owner.post('/api/credentials', { name: 'Closed model', kind: 'openai_compatible', fields: { baseUrl: 'http://10.255.255.1/v1', apiKey: 'k' } })
    ).body.credential.id;
    const closed = (await owner.post('/api/knowledge', { name: 'Closed model', credentialId: elsewhere })).body.base;
    for (const [path, body] of [
      ['search', { query: 'anything' }],
      ['documents', { name: 'a.md', text: 'Some text.' }],
    ] as const) {
      const answer = await owner.post(`/api/knowledge/${closed.id}/${path}`, body);
      expect(answer.status, `${path}: ${answer.text}`).toBe(400);
      expect(answer.body.error).toMatchObject({ code: 'embedding_failed', message: expect.stringContaining('Refused to connect to 10.255.255.1') });
    }
  });

  it('lets an agent retrieve passages with numbered citations of their sources', async () => {
    const base = (await owner.post('/api/knowledge', { name: 'Visitors', credentialId })).body.base;
    await owner.post(`/api/knowledge/${base.id}/documents`, { name: 'parking.md', text: PARKING });
    await owner.post(`/api/knowledge/${base.id}/documents`, { name: 'hours.md', text: HOURS });
    const graph = await owner.post('/api/graphs', {
      name: 'Answer visitors',
      nodes: [
        { id: 'find', block: 'knowledge.search', inputs: { knowledge_base: 'Visitors', query: 'where can visitors park', limit: 2, credential: credentialId } },
        { id: 'context', block: 'output', inputs: { name: 'context' } },
        { id: 'sources', block: 'output', inputs: { name: 'sources' } },
      ],
      links: [
        { from: { node: 'find', output: 'context' }, to: { node: 'context', input: 'value' } },
        { from: { node: 'find', output: 'sources' }, to: { node: 'sources', input: 'value' } },
      ],
    });
    const run = await owner.waitForRun((await owner.post(`/api/graphs/${graph.body.id}/runs`, {})).body.runId);
    expect(run.run.status).toBe('COMPLETED');
    expect(run.run.outputs.context[0]).toMatch(/^\[1\] \(parking\.md\) Parking\. Visitors park/);
    expect(run.run.outputs.sources[0]).toEqual([
      { citation: 1, document: 'parking.md', source: 'text' },
      { citation: 2, document: 'hours.md', source: 'text' },
    ]);
  });
});
