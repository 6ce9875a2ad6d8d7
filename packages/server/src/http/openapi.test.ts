import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_CONTRACT_PATHS, apiContractFiles } from './api-contract-files.ts';

const repository = fileURLToPath(new URL('../../../../', import.meta.url));

describe('the OpenAPI document', () => {
  let files: { path: string; text: string }[];
  let document: { paths: Record<string, Record<string, { operationId?: string; tags?: string[]; responses: Record<string, { content?: object }> }>> };

  beforeAll(async () => {
    files = await apiContractFiles();
    document = JSON.parse(files[0]!.text) as typeof document;
  });

  it('is committed as generated, and so are the web app types made from it (npm run api writes both)', async () => {
    for (const { path, text } of files) {
      expect(await readFile(path, 'utf8'), `${path} is stale: run npm run api`).toBe(text);
    }
  });

  it('lints with no errors and no warnings (redocly, recommended rules)', async () => {
    const { stdout } = await promisify(execFile)(
      fileURLToPath(new URL('node_modules/.bin/redocly', `file://${repository}`)),
      ['lint', API_CONTRACT_PATHS.document, '--format=json'],
      { cwd: repository, env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
    );
    const report = JSON.parse(stdout) as { totals: { errors: number; warnings: number }; problems: { message: string; location: unknown[] }[] };
    expect(report.problems.map((p) => `${p.message} ${JSON.stringify(p.location)}`)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('names every operation, tags it and declares its answers with their bodies', () => {
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ route: `${method} ${path}`, operation })),
    );
    expect(operations.length).toBeGreaterThan(60);
    const ids = operations.map((o) => o.operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { route, operation } of operations) {
      expect(operation.operationId, route).toMatch(/^[a-z][A-Za-z]+$/);
      expect(operation.tags, route).toHaveLength(1);
      expect(operation.responses['4XX']?.content, route).toEqual({ 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } });
      // No answer goes undescribed: each declared success has a body schema, or declares there is none.
      for (const [status, answer] of Object.entries(operation.responses)) {
        if (status !== '204' && status !== '302' && !(route === 'post /api/mcp' && status === '202'))
          expect(answer.content, `${route} ${status}`).toBeDefined();
      }
    }
  });
});
