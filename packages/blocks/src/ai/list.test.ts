import { describe, expect, it } from 'vitest';
import { runGraph } from '../test-support.ts';
import { credentialFor, startFakeOpenAiServer, type FakeModelServer } from './testing/index.ts';
import { closeFakeProvidersAfterEach } from './testing/use-fake-provider.ts';

closeFakeProvidersAfterEach();
let fake: FakeModelServer | undefined;

describe('ai.list', () => {
  it('yields the list, then each item, so the next block runs once per item', async () => {
    fake = await startFakeOpenAiServer([{ chunks: ['["red", "green", "blue"]'] }]);
    const { record, nodeRuns } = await runGraph(
      {
        schemaVersion: 1,
        name: 'colours',
        nodes: [
          { id: 'list', block: 'ai.list', inputs: { prompt: 'Three colours', max_items: 3, credential: 'cred', model: 'tiny' } },
          { id: 'upper', block: 'text.case', inputs: { mode: 'upper' } },
          { id: 'out', block: 'output', inputs: { name: 'colours' } },
        ],
        links: [
          { from: { node: 'list', output: 'item' }, to: { node: 'upper', input: 'text' } },
          { from: { node: 'upper', output: 'result' }, to: { node: 'out', input: 'value' } },
        ],
      },
      { allowPrivateNetwork: true },
      { credentials: [credentialFor(fake)] },
    );
    expect(nodeRuns.find((r) => r.nodeId === 'list')!.outputs.list).toEqual([['red', 'green', 'blue']]);
    expect(record.outputs).toEqual({ colours: ['RED', 'GREEN', 'BLUE'] });
    expect(JSON.stringify(fake.requests[0])).toContain('\\"maxItems\\":3');
  });
});
