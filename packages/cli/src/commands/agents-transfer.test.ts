import { Store } from '@blocksmith/store';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main.ts';

async function cli(...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(argv, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

const says = (name: string, value: string) => ({
  schemaVersion: 1 as const,
  name,
  nodes: [{ id: 'out', block: 'output', inputs: { name: 'said', value } }],
  links: [],
});

/** A data folder with an owner account and the given agents in the owner's personal workspace. */
async function dataFolder(parent: string, name: string, graphs: ReturnType<typeof says>[]): Promise<{ dataDir: string; ownerId: string; ids: string[] }> {
  const dataDir = join(parent, name);
  const store = await Store.open({ dataDir });
  const owner = await store.users.create({ email: `${name}@x.test`, passwordHash: 'h', isOwner: true });
  const ids: string[] = [];
  for (const graph of graphs) ids.push((await store.graphs.create({ workspaceId: owner.id, userId: owner.id }, graph)).id);
  await store.close();
  return { dataDir, ownerId: owner.id, ids };
}

async function agentNames(dataDir: string, workspaceId: string): Promise<string[]> {
  const store = await Store.open({ dataDir });
  const { graphs } = await store.graphs.list(workspaceId, { limit: 100, offset: 0 });
  await store.close();
  return graphs.map((graph) => `${graph.name} v${graph.latestVersion}`).sort();
}

describe('blocksmith export and import', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'blocksmith-agents-'));
  });

  afterAll(async () => {
    delete process.env.BLOCKSMITH_DATA_DIR;
    await rm(folder, { recursive: true, force: true });
  });

  it('moves every agent to another installation, and an import of the same file again changes only what changed', async () => {
    const from = await dataFolder(folder, 'from', [says('Hello', 'hi'), says('Bye', 'bye')]);
    process.env.BLOCKSMITH_DATA_DIR = from.dataDir;
    const file = join(folder, 'agents.json');
    expect(await cli('export', '--out', file)).toMatchObject({ code: 0, stdout: `Exported 2 agents to ${file}.` });
    const exported = JSON.parse(await readFile(file, 'utf8'));
    expect(exported).toMatchObject({ blocksmith: 'agents', formatVersion: 1 });
    const byName = (rows: string[][]) => rows.sort((x, y) => x[1]!.localeCompare(y[1]!));
    expect(byName(exported.agents.map((agent: { id: string; graph: { name: string } }) => [agent.id, agent.graph.name]))).toEqual([
      [from.ids[1], 'Bye'],
      [from.ids[0], 'Hello'],
    ]);
    // One agent by id, to stdout.
    expect(JSON.parse((await cli('export', from.ids[1]!)).stdout).agents.map((agent: { id: string }) => agent.id)).toEqual([from.ids[1]]);
    expect(await cli('export', 'no-such-id', '--json')).toMatchObject({
      code: 2,
      stdout: JSON.stringify({ error: { code: 'refused', message: 'No agent has the id no-such-id.' } }),
    });

    const to = await dataFolder(folder, 'to', []);
    process.env.BLOCKSMITH_DATA_DIR = to.dataDir;
    const first = JSON.parse((await cli('import', file, '--json')).stdout).agents;
    expect(
      byName(
        first.map((agent: { outcome: string; fileId: string; name: string; workspaceId: string }) => [
          agent.fileId,
          agent.name,
          agent.outcome,
          agent.workspaceId,
        ]),
      ),
    ).toEqual([
      [from.ids[1], 'Bye', 'created', to.ownerId],
      [from.ids[0], 'Hello', 'created', to.ownerId],
    ]);
    const idOf = (name: string) => first.find((agent: { name: string }) => agent.name === name).id as string;
    expect(await agentNames(to.dataDir, to.ownerId)).toEqual(['Bye v1', 'Hello v1']);

    // Exported here and imported again, with one agent edited: that one gets a version, the other is left alone.
    const here = join(folder, 'here.json');
    await cli('export', '--out', here);
    const edited = JSON.parse(await readFile(here, 'utf8'));
    edited.agents.find((agent: { graph: { name: string } }) => agent.graph.name === 'Hello').graph.nodes[0].inputs.value = 'hello again';
    await writeFile(here, JSON.stringify(edited));
    const again = await cli('import', here);
    expect(again.code).toBe(0);
    expect(again.stdout.split('\n').sort()).toEqual([`Bye: ${idOf('Bye')} unchanged (version 1)`, `Hello: ${idOf('Hello')} updated to version 2`]);
    expect(await agentNames(to.dataDir, to.ownerId)).toEqual(['Bye v1', 'Hello v2']);
    expect(await cli('export', '--out', here, '--json')).toMatchObject({
      code: 2,
      stdout: JSON.stringify({ error: { code: 'refused', message: `${here} exists already: name a new file.` } }),
    });
  });

  it('imports one graph file as a draft naming its issues, and nothing at all from a file with a malformed agent', async () => {
    const into = await dataFolder(folder, 'drafts', []);
    process.env.BLOCKSMITH_DATA_DIR = into.dataDir;
    const draft = join(folder, 'draft.json');
    await writeFile(draft, JSON.stringify({ name: 'Unfinished', nodes: [{ id: 'x', block: 'no.such_block', inputs: {} }], links: [] }));
    const imported = await cli('import', draft);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^Unfinished: created as \S+ — a draft: .*no\.such_block/);

    const mixed = join(folder, 'mixed.json');
    await writeFile(mixed, JSON.stringify([says('Fine', 'ok'), { name: 'Broken', nodes: 'not a list' }]));
    const refused = await cli('import', mixed);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Agent 2 of the file is not a graph file');
    expect(await agentNames(into.dataDir, into.ownerId)).toEqual(['Unfinished v1']);
    expect((await cli('import', mixed, '--workspace', 'nowhere')).stderr).toContain('Agent 2 of the file');
    expect((await cli('import', draft, '--workspace', 'nowhere')).stderr).toBe('blocksmith: There is no workspace nowhere.');
  });
});
