import type { RunTrigger } from '@blocksmith/engine';
import { z } from 'zod';
import { named } from '../http/api-schemas.ts';
import { timestamp, usageTotals, valuesByName } from './common.ts';
import { spendLimit } from './budgets.ts';

export const graphRunStatus = named('GraphRunStatus', z.enum(['QUEUED', 'RUNNING', 'REVIEW', 'COMPLETED', 'FAILED', 'TERMINATED']));
export const nodeRunStatus = named('NodeRunStatus', z.enum(['INCOMPLETE', 'QUEUED', 'RUNNING', 'REVIEW', 'COMPLETED', 'FAILED', 'TERMINATED']));

export const runTrigger = named(
  'RunTrigger',
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('manual'), pins: z.literal(true).optional().describe("Started in the editor with the agent's pinned outputs.") }),
    z.object({ kind: z.literal('api') }),
    z.object({ kind: z.literal('webhook'), webhookId: z.string() }),
    z.object({ kind: z.literal('schedule'), scheduleId: z.string(), fireTime: timestamp }),
    z.object({
      kind: z.literal('message'),
      triggerId: z.string(),
      broker: z.enum(['amqp', 'mqtt', 'nats', 'redis']),
      source: z.string().describe('The queue, topic, subject or stream the message came on.'),
    }),
    z.object({
      kind: z.literal('rerun'),
      runId: z.string(),
      fromNode: z.string().optional().describe('Re-ran this node and what depends on it, reusing the rest of runId (docs/semantics.md).'),
    }),
    z.object({
      kind: z.literal('node'),
      nodeId: z.string(),
      version: z.number().int(),
      inputs: z.record(z.string(), z.unknown()).describe("Values for the node's pins."),
    }),
    z.object({ kind: z.literal('copilot'), sessionId: z.string() }),
    z.object({ kind: z.literal('mcp') }),
    z.object({ kind: z.literal('error'), failedRunId: z.string().describe('The failed run this error agent run answers.') }),
    z.object({ kind: z.literal('app'), appId: z.string().describe('The app page whose visitor started the run.') }),
    z.object({
      kind: z.literal('evaluation'),
      evaluationId: z.string(),
      caseId: z.string(),
      judge: z
        .object({ output: z.string(), model: z.string(), credential: z.string().optional(), prompt: z.string() })
        .optional()
        .describe("A model judge's run scoring output `judge.output` of the case's run."),
      scores: z.string().optional().describe("An evaluator agent's run scoring this output of the case's run."),
    }),
  ]),
);

/** Every way a run can start, as the run list filters by it. */
export const runTriggerKind = z.enum(runTrigger.options.map((option) => option.shape.kind.value) as [RunTrigger['kind'], ...RunTrigger['kind'][]]);

/** Values by output name, in arrival order; a value too large to inline is a reference ({ largeValue }). */
const outputs = z.record(z.string(), z.array(z.unknown()));

export const graphRunRecord = named(
  'GraphRunRecord',
  z.object({
    id: z.string(),
    graphId: z.string().optional(),
    graphVersion: z.number().int().optional(),
    graphName: z.string(),
    workspaceId: z.string().optional().describe('The workspace the run belongs to.'),
    userId: z.string().optional().describe('Who the run acts for: the member who started it, or whose trigger did.'),
    parentRunId: z.string().optional(),
    depth: z.number().int(),
    status: graphRunStatus,
    inputs: valuesByName,
    outputs: outputs.describe('Values collected by Output blocks, by name, in arrival order.'),
    error: z.string().optional(),
    usage: usageTotals.optional(),
    trigger: runTrigger.optional(),
    budget: spendLimit.optional().describe("The run's own budget, given when it started."),
    maxNodeRuns: z.number().int().min(1).optional().describe("The run's own limit of node runs, given when it started (the server's applies above it)."),
    createdAt: timestamp,
    startedAt: timestamp.optional(),
    endedAt: timestamp.optional(),
  }),
);

export const nodeRunRecord = named(
  'NodeRunRecord',
  z.object({
    id: z.string(),
    graphRunId: z.string(),
    nodeId: z.string(),
    blockId: z.string(),
    seq: z.number().int().describe('Order of creation within the run.'),
    status: nodeRunStatus,
    inputs: valuesByName,
    outputs,
    error: z.object({ message: z.string(), kind: z.string() }).optional(),
    usage: usageTotals.optional(),
    attempts: z.number().int(),
    reusedFrom: z.string().optional().describe('The node run of another run whose recorded result this one took instead of running (a re-run from a node).'),
    logs: z
      .array(z.object({ at: timestamp, level: z.enum(['debug', 'info', 'warn', 'error']), message: z.string() }))
      .optional()
      .describe('What the block logged (the first 50 lines, each cut short; secrets it was given redacted).'),
    pinned: z.literal(true).optional().describe("Put out the node's pinned outputs instead of running (a run from the editor with pins)."),
    createdAt: timestamp,
    queuedAt: timestamp.optional(),
    startedAt: timestamp.optional(),
    endedAt: timestamp.optional(),
  }),
);

export const nodeSummary = named('NodeSummary', z.object({ runs: z.number().int(), latest: nodeRunRecord, usage: usageTotals.optional() }));

export const runDetail = named(
  'RunDetail',
  z.object({
    run: graphRunRecord,
    nodeRuns: z.array(nodeRunRecord).describe('One page of node runs, in creation order.'),
    nodeRunsTotal: z.number().int().describe('Node runs of the run (of the node asked for, with nodeId), over all pages.'),
    nodeRunsNext: z.number().int().optional().describe('Ask again with after set to this for the next page; absent on the last page.'),
    nodes: z.record(z.string(), nodeSummary).describe('Per node that ran: its count, its latest node run and summed usage.'),
  }),
);

export const runList = z.object({
  runs: z.array(graphRunRecord),
  total: z.number().int().describe('Runs that match, over all pages.'),
  counts: z.record(z.string(), z.number().int()).describe('Runs of each status that match the other filters (graph, trigger, time), any status.'),
});
export const runStarted = z.object({ runId: z.string(), status: graphRunStatus });
export const runAnswer = z.object({ run: graphRunRecord });
