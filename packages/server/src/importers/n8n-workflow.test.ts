import { standardBlocks } from '@blocksmith/blocks';
import { BlockRegistry, Engine } from '@blocksmith/engine';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromForeignFile } from './foreign-import.ts';
import { valueCode } from './n8n-expressions.ts';
import { fromN8nWorkflow } from './n8n-workflow.ts';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
const engine = new Engine({ registry: new BlockRegistry(standardBlocks) });
const link = (l: { from: { node: string; output: string }; to: { node: string; input: string } }) =>
  `${l.from.node}.${l.from.output} -> ${l.to.node}.${l.to.input}`;

describe('n8n workflow files', () => {
  it('turns n8n expressions into JavaScript over the item', () => {
    expect(valueCode('plain')).toBe('"plain"');
    expect(valueCode(5)).toBe('5');
    expect(valueCode('={{ $json.count }}')).toBe('($json.count)');
    expect(valueCode('=Hello {{ $json.name }}, `hi` ${x}')).toBe('`Hello ${$json.name}, \\`hi\\` \\${x}`');
  });

  it('runs a mapped workflow as it ran there: fields set from the webhook, a branch, code, and the answer', async () => {
    const imported = fromForeignFile(fixture('n8n-greeter.json'))!;
    expect(imported).toMatchObject({ from: 'n8n', unmapped: [] });
    const { graph } = imported;
    expect(graph.nodes.map((n) => [n.id, n.block])).toEqual([
      ['webhook', 'input'],
      ['edit_fields', 'code.javascript'],
      ['is_ada', 'logic.condition'],
      ['is_ada.test', 'code.javascript'],
      ['code', 'code.javascript'],
      ['respond_to_webhook', 'output'],
      ['respond_to_webhook.value', 'code.javascript'],
      ['respond_to_webhook1', 'output'],
      ['respond_to_webhook1.value', 'code.javascript'],
    ]);
    expect(graph.links.map(link)).toEqual([
      'is_ada.test.result -> is_ada.value1',
      'respond_to_webhook.value.result -> respond_to_webhook.value',
      'respond_to_webhook1.value.result -> respond_to_webhook1.value',
      'webhook.result -> edit_fields.inputs.item',
      'edit_fields.result -> is_ada.test.inputs.item',
      'edit_fields.result -> is_ada.yes_value',
      'edit_fields.result -> is_ada.no_value',
      'is_ada.yes -> code.inputs.item',
      'is_ada.no -> respond_to_webhook1.value.inputs.item',
      'code.result -> respond_to_webhook.value.inputs.item',
    ]);
    expect(graph.description).toContain('"Webhook" is the Input "request"');
    expect(engine.validate(graph).issues).toEqual([]);
    const ada = await engine.run(graph, { request: { body: { name: 'Ada' }, query: {}, headers: {} } });
    expect(ada).toMatchObject({ status: 'COMPLETED', outputs: { response: [{ message: 'HELLO ADA!' }] } });
    const bo = await engine.run(graph, { request: { body: { name: 'Bo' }, query: {}, headers: {} } });
    expect(bo).toMatchObject({ status: 'COMPLETED', outputs: { response: [{ skipped: 'Bo' }] } });
  });

  it('maps requests, Slack and Sheets with their expressions, notes the schedule, and keeps and names the node without an equivalent', () => {
    const { graph, unmapped } = fromN8nWorkflow(fixture('n8n-digest.json'));
    expect(unmapped).toEqual([{ node: 'merge', reason: '"Merge": the n8n node type n8n-nodes-base.merge has no equivalent here' }]);
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    expect(byId.get('http_request')).toMatchObject({
      block: 'http.request',
      inputs: { url: 'https://api.example.com/news', method: 'GET', query: { limit: '5' } },
    });
    expect(byId.get('http_request.headers')?.inputs?.code).toContain('"X-Api-Key": ($json.key ?? \'demo\')');
    expect(byId.get('merge')).toMatchObject({ block: 'n8n:n8n-nodes-base.merge', inputs: { mode: 'combine' }, label: 'Merge' });
    expect(byId.get('slack')).toMatchObject({ block: 'slack.post_message', inputs: { channel: 'C0123456' } });
    expect(byId.get('google_sheets')).toMatchObject({
      block: 'google_sheets.append_rows',
      inputs: { spreadsheet_id: '1aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789_-AbCdE', range: 'Log' },
    });
    expect(byId.has('old_step')).toBe(false);
    expect(graph.links.map(link)).toEqual(
      expect.arrayContaining([
        'http_request.json -> merge.main',
        'merge.main -> slack.text.inputs.item',
        'merge.main -> google_sheets.rows.inputs.item',
        'slack.text.result -> slack.text',
      ]),
    );
    expect(graph.description).toContain('"Schedule Trigger" was a schedule (0 8 * * 1-5): add a schedule to this agent in the Triggers panel.');
    expect(engine.validate(graph).issues.map((i) => i.message)).toEqual([expect.stringContaining('n8n:n8n-nodes-base.merge')]);
  });
});
