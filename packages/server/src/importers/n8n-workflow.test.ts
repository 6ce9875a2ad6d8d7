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
    expect(unmapped).toEqual([
      {
        node: 'merge',
        reason: '"Merge": the Merge mode "combine by combineByFields" has no equivalent here (append, combine by position and choose branch do)',
      },
    ]);
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    expect(byId.get('http_request')).toMatchObject({
      block: 'http.request',
      inputs: { url: 'https://api.example.com/news', method: 'GET', query: { limit: '5' } },
    });
    expect(byId.get('http_request.headers')?.inputs?.code).toContain('"X-Api-Key": ($json.key ?? \'demo\')');
    expect(byId.get('merge')).toMatchObject({ block: 'n8n:n8n-nodes-base.merge', inputs: { mode: 'combine', combineBy: 'combineByFields' }, label: 'Merge' });
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

  it('routes by Switch rules (with a fallback output) and joins the branches again with Merge, as n8n did', async () => {
    const { graph, unmapped } = fromN8nWorkflow(fixture('n8n-router.json'));
    expect(unmapped).toEqual([]);
    expect(graph.nodes.filter((n) => n.id.startsWith('route')).map((n) => [n.id, n.block])).toEqual([
      ['route.choice', 'code.javascript'],
      ['route.output0', 'logic.condition'],
      ['route.output1', 'logic.condition'],
      ['route.output2', 'logic.condition'],
    ]);
    expect(engine.validate(graph).issues).toEqual([]);
    const ask = async (body: object) => (await engine.run(graph, { request: { body, query: {}, headers: {} } })).outputs.response;
    expect(await ask({ priority: 'high', subject: 'Server down' })).toEqual([{ queue: 'on-call' }]);
    expect(await ask({ priority: 'low', subject: 'Your invoice 42' })).toEqual([{ queue: 'billing' }]);
    expect(await ask({ priority: 'low', subject: 'Hello' })).toEqual([{ queue: 'general: Hello' }]);
    // With "all matching outputs", an urgent invoice takes both branches.
    const all = structuredClone(fixture('n8n-router.json')) as { nodes: { name: string; parameters: { options?: object } }[] };
    all.nodes.find((n) => n.name === 'Route')!.parameters.options = { fallbackOutput: 'extra', allMatchingOutputs: true };
    const both = fromN8nWorkflow(all).graph;
    const run = await engine.run(both, { request: { body: { priority: 'high', subject: 'invoice overdue' }, query: {}, headers: {} } });
    expect((run.outputs.response as { queue: string }[]).map((r) => r.queue).sort()).toEqual(['billing', 'on-call']);
  });

  it('merges two branches by position, each input waiting for the other', async () => {
    const set = (name: string, field: string, value: string) => ({
      name,
      type: 'n8n-nodes-base.set',
      parameters: { assignments: { assignments: [{ name: field, value }] } },
    });
    const file = {
      nodes: [
        { name: 'Webhook', type: 'n8n-nodes-base.webhook', parameters: {} },
        set('Name', 'name', '={{ $json.body.name }}'),
        set('Greeting', 'greeting', 'Hello'),
        { name: 'Merge', type: 'n8n-nodes-base.merge', parameters: { mode: 'combine', combineBy: 'combineByPosition' } },
        { name: 'Respond', type: 'n8n-nodes-base.respondToWebhook', parameters: {} },
      ],
      connections: {
        Webhook: {
          main: [
            [
              { node: 'Name', type: 'main', index: 0 },
              { node: 'Greeting', type: 'main', index: 0 },
            ],
          ],
        },
        Name: { main: [[{ node: 'Merge', type: 'main', index: 0 }]] },
        Greeting: { main: [[{ node: 'Merge', type: 'main', index: 1 }]] },
        Merge: { main: [[{ node: 'Respond', type: 'main', index: 0 }]] },
      },
    };
    const { graph, unmapped } = fromN8nWorkflow(file);
    expect(unmapped).toEqual([]);
    expect(graph.links.map(link)).toEqual(expect.arrayContaining(['name.result -> merge.inputs.first', 'greeting.result -> merge.inputs.second']));
    const run = await engine.run(graph, { request: { body: { name: 'Ada' }, query: {}, headers: {} } });
    expect(run).toMatchObject({ status: 'COMPLETED', outputs: { response: [{ name: 'Ada', greeting: 'Hello' }] } });
  });
});
