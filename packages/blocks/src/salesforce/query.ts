import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';
import { apiPath, checkedPath } from '../shared/api-path.ts';
import { salesforce, salesforceCredential } from './salesforce-api.ts';

interface QueryPage {
  totalSize: number;
  done: boolean;
  nextRecordsUrl?: string;
  records: Record<string, unknown>[];
}

/** A record as its fields: Salesforce's `attributes` (type and URL) dropped, related records alike. */
const fieldsOf = (record: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(record)
      .filter(([name]) => name !== 'attributes')
      .map(([name, value]) => [
        name,
        typeof value === 'object' && value !== null && !Array.isArray(value) ? fieldsOf(value as Record<string, unknown>) : value,
      ]),
  );

export const salesforceQuery = defineBlock({
  id: 'salesforce.query',
  name: 'Salesforce: Query',
  description: 'Runs a SOQL query and returns its records (related fields nested), following Salesforce’s pages up to a limit.',
  categories: ['salesforce', 'crm'],
  credentials: [salesforceCredential],
  input: z.object({
    soql: z.string().min(1).max(100_000).describe("e.g. SELECT Id, Name, Account.Name FROM Contact WHERE Email = 'ada@example.com'"),
    max_records: z.number().int().min(1).max(50_000).default(2000),
    credential: z.string().optional(),
  }),
  output: z.object({ records: z.array(z.record(z.string(), z.unknown())), total: z.number().describe('How many records match, all pages.') }),
  timeoutMs: 120_000,
  examples: [{ name: 'needs a credential', input: { soql: 'SELECT Id FROM Account' }, error: 'needs a credential of kind salesforce' }],
  async *run({ soql, max_records }, ctx) {
    let page = (await salesforce(ctx, apiPath`/query`, { query: { q: soql } })) as QueryPage;
    const records = page.records.map(fieldsOf);
    while (!page.done && page.nextRecordsUrl && records.length < max_records) {
      // The next page's address comes from the org itself, as a path on the same instance.
      page = (await salesforce(ctx, checkedPath(page.nextRecordsUrl), { fromRoot: true })) as QueryPage;
      records.push(...page.records.map(fieldsOf));
    }
    yield ['records', records.slice(0, max_records)];
    yield ['total', page.totalSize];
  },
});
