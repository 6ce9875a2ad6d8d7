import { hasEnded, type GraphRunRecord } from '@blocksmith/engine';
import { z } from 'zod';
import { defineTool, ToolError, type ToolContext } from './copilot-tool.ts';
import { artifactsIn, compactValues, toolOutputs } from './tool-results.ts';
import { RunDetailFold } from '../../runs/run-detail.ts';
import { failedNodeRun } from '../../runs/failed-node-run.ts';
import type { StartedRun } from '../../runs/run-service.ts';

/** How long `run_agent` waits for a run before answering with it still going (then `get_run` follows it). */
const RUN_WAIT_MS = 120_000;

function runAnswer(run: GraphRunRecord) {
  return {
    runId: run.id,
    status: run.status,
    ...(run.error ? { error: run.error } : {}),
    ...toolOutputs(run.outputs),
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

/** Waits (unless told not to) and answers how a run started by a tool ended, or that it goes on. */
async function answerStarted(started: StartedRun, wait: boolean, signal: AbortSignal) {
  if (!wait) return { runId: started.runId, status: started.record.status };
  const ended = await waitFor(started.done, signal);
  return ended ? runAnswer(ended) : { runId: started.runId, status: 'RUNNING', note: 'Still going; call get_run to follow it.' };
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
    return answerStarted(await ctx.platform.runs.start(ctx.owner, id, inputs, { trigger: ctx.trigger }), wait, ctx.signal);
  },
});

export const rerunFromNode = defineTool({
  name: 'rerun_from_node',
  description:
    "Re-run an ended run of one of the user's agents from one node, with the agent's latest version: that node and every node after it run again; the others are reused from the run, so model calls before it are not paid again. Use it after fixing a node with edit_agent. Answers like run_agent.",
  input: z.object({
    run_id: z.string().min(1).max(100),
    node_id: z.string().min(1).max(200),
    inputs: z.record(z.string(), z.unknown()).optional(),
    wait: z.boolean().default(true),
  }),
  async run({ run_id, node_id, inputs, wait }, ctx: ToolContext) {
    return answerStarted(await ctx.platform.runs.rerun(ctx.owner, run_id, { fromNode: node_id, inputs }), wait, ctx.signal);
  },
});

export const getFailedNode = defineTool({
  name: 'get_failed_node',
  description:
    "The node a failed run of one of the user's agents failed at: its id and block, the inputs it ran with, its error and attempts. Fix it with edit_agent, then retry only what broke with rerun_from_node.",
  input: z.object({ run_id: z.string().min(1).max(100) }),
  async run({ run_id }, ctx) {
    const run = await ctx.platform.runs.get(ctx.owner.workspaceId, run_id);
    if (run.status !== 'FAILED') throw new ToolError(`Run "${run_id}" did not fail: it is ${run.status}.`);
    const failed = await failedNodeRun(ctx.platform, ctx.owner.workspaceId, run);
    if (!failed) return { runId: run.id, error: run.error, note: 'No node failed: the run itself did (its error says why).' };
    return {
      runId: run.id,
      nodeId: failed.nodeId,
      block: failed.blockId,
      inputs: compactValues(failed.inputs),
      // A message, as when the run itself failed; what kind of error it was beside it.
      error: failed.error?.message,
      ...(failed.error?.kind ? { errorKind: failed.error.kind } : {}),
      attempts: failed.attempts,
    };
  },
});

export const getRun = defineTool({
  name: 'get_run',
  description: 'A run of one of the user’s agents: its status, each node’s status and error, its outputs and file artifacts.',
  input: z.object({ id: z.string().min(1).max(100) }),
  async run({ id }, ctx) {
    const run = await ctx.platform.store.runs.get(ctx.owner.workspaceId, id);
    if (!run) throw new ToolError(`You have no run "${id}".`);
    // One line per node (its latest node run), however many times it ran: the answer stays small for a model.
    const fold = new RunDetailFold({ after: 0, limit: 0 });
    await ctx.platform.store.runs.scanNodeRuns(id, fold.visit);
    const { nodes } = fold.detail(run);
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
