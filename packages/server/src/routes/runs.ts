import type { GraphRunRecord, RunTrigger } from '@blocksmith/engine';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { isLargeValueRef } from '@blocksmith/sdk/large-value';
import { z } from 'zod';
import { parseWith } from '../http/errors.ts';
import { notFound, Refusal } from '../platform/refusal.ts';
import { doc } from '../http/openapi.ts';
import { runsSeenBy } from '../auth/workspace-access.ts';
import type { Platform } from '../platform/platform.ts';
import { NODE_RUN_PAGE_DEFAULT, NODE_RUN_PAGE_MAX } from '../runs/run-detail.ts';
import { runAnswer, runDetail, runList, runStarted, runTriggerKind } from '../wire/runs.ts';
import { aliasName } from '../wire/releases.ts';
import { spendLimit } from '../wire/budgets.ts';

const idParam = z.object({ id: z.string().min(1).max(100) });

/** The answer to starting a run: 202, its id and first status; it goes on. */
const accepted = (reply: FastifyReply, record: GraphRunRecord) => reply.status(202).send({ runId: record.id, status: record.status });
const startBody = z
  .object({
    inputs: z.record(z.string(), z.unknown()).default({}).describe("Values for the graph's Input blocks, by name."),
    version: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe(
        "Graph version to run. Absent: the alias's version; with neither, an API key runs the production alias's version when the agent has one, else the latest.",
      ),
    alias: aliasName.optional().describe('Run the version this alias (e.g. "production", "staging") points at.'),
    budget: spendLimit.optional().describe("This run's own budget, instead of the agent's per-run budget: the run stops when its model use reaches it."),
    maxNodeRuns: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe("This run's own limit of node runs, at most the server's (BLOCKSMITH_MAX_NODE_RUNS): the run stops, FAILED, when it would make one more."),
    presetId: z.string().min(1).max(100).optional().describe("Start from this preset's inputs; `inputs` given here override them."),
    usePins: z
      .boolean()
      .optional()
      .describe("Put out the agent's pinned outputs instead of running those nodes: the editor's runs only (a session, not an API key)."),
  })
  .strict();
const rerunBody = z
  .object({
    inputs: z.record(z.string(), z.unknown()).optional(),
    fromNode: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .describe("Re-run this node and what depends on it with the agent's latest version, reusing the rest of the run (docs/semantics.md)."),
  })
  .strict();
const nodeParams = z.object({ id: z.string().min(1).max(100), nodeId: z.string().min(1).max(200) });
const nodeRunBody = z.object({ inputs: z.record(z.string(), z.unknown()).default({}).describe("Values for the node's pins, set over its settings.") }).strict();
const listQuery = z
  .object({
    graphId: z.string().max(100).optional(),
    status: z.enum(['QUEUED', 'RUNNING', 'REVIEW', 'COMPLETED', 'FAILED', 'TERMINATED']).optional(),
    trigger: runTriggerKind.optional(),
    since: z.coerce.number().int().min(0).optional().describe('Only runs created at or after this time (ms since 1970).'),
    until: z.coerce.number().int().min(0).optional().describe('Only runs created before this time (ms since 1970).'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

const detailQuery = z
  .object({
    after: z.coerce.number().int().min(0).default(0).describe('Node runs after this seq (nodeRunsNext of the page before).'),
    limit: z.coerce.number().int().min(1).max(NODE_RUN_PAGE_MAX).default(NODE_RUN_PAGE_DEFAULT).describe('Node runs in this page.'),
    nodeId: z.string().min(1).max(200).optional().describe("Only this node's runs in the page (and in nodeRunsTotal): every run of a fanned-out node."),
  })
  .strict();

const valueQuery = z
  .object({
    nodeRun: z.coerce.number().int().min(1).optional().describe("The node run's seq; absent: the run's own outputs."),
    part: z.enum(['outputs', 'inputs']).default('outputs'),
    name: z.string().min(1).max(200).describe('The output (or input) name.'),
    index: z.coerce.number().int().min(0).default(0).describe('Which value of the output, from 0.'),
  })
  .strict();

/** Runs: start (202 with the run id), list, inspect with node runs, stop, re-run. */
export async function runRoutes(app: FastifyInstance, { store, runs, config }: Platform): Promise<void> {
  app.post(
    '/api/graphs/:id/runs',
    doc('runs', 'Start a run; answers 202 with the run id', {
      operationId: 'startRun',
      access: { needs: 'run', on: 'graph' },
      params: idParam,
      body: startBody,
      responses: { 202: runStarted },
      rateLimit: { max: 120, timeWindow: '1 minute' },
    }),
    async (request, reply) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const body = parseWith(startBody, request.body ?? {}, 'body');
      if (body.usePins && request.authVia === 'api_key') {
        throw new Refusal(
          'invalid',
          'pins_for_editor',
          'Pinned outputs are for runs from the editor: a run with an API key always runs every node. Leave usePins out.',
        );
      }
      if (body.maxNodeRuns !== undefined && body.maxNodeRuns > config.maxNodeRuns) {
        throw new Refusal(
          'invalid',
          'node_run_limit',
          `maxNodeRuns ${body.maxNodeRuns} is above this server's limit of ${config.maxNodeRuns} node runs per run (BLOCKSMITH_MAX_NODE_RUNS): ask for at most ${config.maxNodeRuns}, or have an operator raise the setting.`,
        );
      }
      const pinned = body.usePins === true && (await store.pins.count(id)) > 0;
      const trigger: RunTrigger = request.authVia === 'api_key' ? { kind: 'api' } : pinned ? { kind: 'manual', pins: true } : { kind: 'manual' };
      const preset = body.presetId === undefined ? undefined : await store.presets.ofGraph(request.workspaceId, id, body.presetId);
      if (body.presetId !== undefined && !preset) throw notFound(`Preset ${body.presetId} of graph ${id}`);
      const { record } = await runs.start(
        request.owner,
        id,
        { ...preset?.inputs, ...body.inputs },
        { version: body.version, alias: body.alias, budget: body.budget, maxNodeRuns: body.maxNodeRuns, trigger },
      );
      return accepted(reply, record);
    },
  );

  app.post(
    '/api/graphs/:id/nodes/:nodeId/run',
    doc('runs', "Run one node of the agent's latest version alone, with values for its pins (an agent with its tools)", {
      operationId: 'runNode',
      access: { needs: 'build', on: 'graph' },
      params: nodeParams,
      body: nodeRunBody,
      responses: { 202: runStarted },
      rateLimit: { max: 120, timeWindow: '1 minute' },
    }),
    async (request, reply) => {
      const { id, nodeId } = parseWith(nodeParams, request.params, 'params');
      const { inputs } = parseWith(nodeRunBody, request.body ?? {}, 'body');
      const { record } = await runs.runNode(request.owner, id, nodeId, inputs);
      return accepted(reply, record);
    },
  );

  app.get(
    '/api/runs',
    doc('runs', 'List your runs (by graph, status, trigger, time; paging), newest first, with counts by status', {
      operationId: 'listRuns',
      access: { needs: 'read' },
      query: listQuery,
      responses: { 200: runList },
    }),
    async (request) => {
      const query = parseWith(listQuery, request.query, 'query');
      return runs.list(request.workspaceId, { ...query, startedBy: runsSeenBy(request) });
    },
  );

  app.get(
    '/api/runs/:id',
    doc('runs', 'Get a run, its outputs, a summary of each node, and one page of its node runs (after, limit; nodeRunsNext for the next)', {
      operationId: 'getRun',
      access: { needs: 'read', on: 'run' },
      params: idParam,
      query: detailQuery,
      responses: { 200: runDetail },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      return runs.detail(request.workspaceId, id, config.inlineOutputBytes, parseWith(detailQuery, request.query, 'query'));
    },
  );

  app.get(
    '/api/runs/:id/value',
    doc('runs', 'One whole value of a run that its detail shows as a reference (largeValue.url): text as text/plain, anything else as JSON', {
      operationId: 'getRunValue',
      access: { needs: 'read', on: 'run' },
      params: idParam,
      query: valueQuery,
      responses: {
        200: { description: 'The value: text as text/plain, anything else as JSON.', content: { 'text/plain': { type: 'string' }, 'application/json': {} } },
        302: null,
      },
    }),
    async (request, reply) => {
      const { id } = parseWith(idParam, request.params, 'params');
      // Whose run it is comes first: another user's run is not found, whatever is asked of it.
      await runs.get(request.workspaceId, id);
      const { nodeRun, part, name, index } = parseWith(valueQuery, request.query, 'query');
      const value = await runs.value(request.workspaceId, id, { seq: nodeRun, part, name, index });
      // Stored as a workspace file once the run's records were written: the file is the value.
      if (isLargeValueRef(value)) return reply.redirect(value.largeValue.url);
      return typeof value === 'string'
        ? reply.type('text/plain; charset=utf-8').send(value)
        : reply.type('application/json; charset=utf-8').send(JSON.stringify(value));
    },
  );

  app.delete(
    '/api/runs/:id',
    doc('runs', 'Delete an ended run with its sub-runs, node runs and reviews', {
      operationId: 'deleteRun',
      access: { needs: 'build', on: 'run' },
      params: idParam,
      responses: { 204: null },
    }),
    async (request, reply) => {
      const { id } = parseWith(idParam, request.params, 'params');
      await runs.delete(request.workspaceId, id);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/runs/:id/stop',
    doc('runs', 'Stop a run (TERMINATED; running blocks are aborted)', {
      operationId: 'stopRun',
      access: { needs: 'run', on: 'run' },
      params: idParam,
      responses: { 200: runAnswer },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      return { run: await runs.stop(request.workspaceId, id) };
    },
  );

  app.post(
    '/api/runs/:id/rerun',
    doc('runs', 'Run the same graph version again, with the same or edited inputs; or, from a node, the latest version reusing the rest', {
      operationId: 'rerunRun',
      access: { needs: 'run', on: 'run' },
      params: idParam,
      body: rerunBody,
      responses: { 202: runStarted },
      rateLimit: { max: 120, timeWindow: '1 minute' },
    }),
    async (request, reply) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const body = parseWith(rerunBody, request.body ?? {}, 'body');
      const { record } = await runs.rerun(request.owner, id, body);
      return accepted(reply, record);
    },
  );
}
