import { hasEnded, type GraphRunRecord } from '@blocksmith/engine';
import { z } from 'zod';
import { defineTool, ToolError, type ToolContext } from './copilot-tool.ts';
import { artifactsIn, compactOutputs } from './tool-results.ts';
import { runDetail } from '../../runs/run-detail.ts';

/** How long `run_agent` waits for a run before answering with it still going (then `get_run` follows it). */
const RUN_WAIT_MS = 120_000;

function runAnswer(run: GraphRunRecord) {
  return {
    runId: run.id,
    status: run.status,
    ...(run.error ? { error: run.error } : {}),
    outputs: compactOutputs(run.outputs),
    artifacts: artifactsIn(run.outputs),
  };
}

async function waitFor(done: Promise<GraphRunRecord>, signal: AbortSignal): Promise<GraphRunRecord | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), RUN_WAIT_MS);
    signal.addEventListener('abort', () => resolve(undefined), { once: true });
  });
  try {
    return await Promise.race([done, gaveUp]);
  } finally {
    clearTimeout(timer);
  }
}

export const runAgent = defineTool({
  name: 'run_agent',
  description:
    "Run one of the user's agents with inputs (by Input block name). With wait (the default) answers its status, outputs and file artifacts once it ends (or after two minutes, still going: follow it with get_run).",
  input: z.object({
    id: z.string().min(1).max(100),
    inputs: z.record(z.string(), z.unknown()).default({}),
    wait: z.boolean().default(true),
  }),
  async run({ id, inputs, wait }, ctx: ToolContext) {
    const started = await ctx.platform.runs.start(ctx.userId, id, inputs, { trigger: ctx.trigger });
    if (!wait) return { runId: started.runId, status: started.record.status };
    const ended = await waitFor(started.done, ctx.signal);
    return ended ? runAnswer(ended) : { runId: started.runId, status: 'RUNNING', note: 'Still going; call get_run to follow it.' };
  },
});

export const getRun = defineTool({
  name: 'get_run',
  description: 'A run of one of the user’s agents: its status, each node’s status and error, its outputs and file artifacts.',
  input: z.object({ id: z.string().min(1).max(100) }),
  async run({ id }, ctx) {
    const run = await ctx.platform.store.runs.get(ctx.userId, id);
    if (!run) throw new ToolError(`You have no run "${id}".`);
    // One line per node (its latest node run), however many times it ran: the answer stays small for a model.
    const { nodes } = runDetail(run, await ctx.platform.store.runs.nodeRuns(id), { after: 0, limit: 0 });
    return {
      ...runAnswer(run),
      ended: hasEnded(run.status),
      nodes: Object.entries(nodes).map(([nodeId, { runs, latest }]) => ({
        nodeId,
        status: latest.status,
        ...(runs > 1 ? { runs } : {}),
        ...(latest.error ? { error: latest.error.message } : {}),
      })),
    };
  },
});
