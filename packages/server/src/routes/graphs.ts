import { autogptAgentFile } from '../importers/autogpt-agent.ts';
import { fromForeignFile } from '../importers/foreign-import.ts';
import { n8nWorkflowFile } from '../importers/n8n-workflow.ts';
import { graphFileSchema, type GraphFile, type GraphIssue } from '@blocksmith/engine';
import type { Owner } from '@blocksmith/store';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ApiError, parseWith } from '../http/errors.ts';
import { notFound } from '../platform/refusal.ts';
import { doc } from '../http/openapi.ts';
import { runsSeenBy } from '../auth/workspace-access.ts';
import type { Platform } from '../platform/platform.ts';
import { agentRetention, graphDetail, graphFile, importedGraph, graphList, graphSummary, graphVersions, versionConflict } from '../wire/graphs.ts';
import { saveGraphVersion } from '../graphs/save-version.ts';
import { checkErrorAgent } from '../runs/error-agents.ts';

const settingsBody = z
  .object({
    mcp: z.boolean().optional().describe('Offer the agent as a tool to your MCP clients (/api/mcp).'),
    errorAgentId: z
      .string()
      .min(1)
      .max(100)
      .nullable()
      .optional()
      .describe("An agent of the same workspace, with an Input named `failure`, to run when one of this agent's runs fails; null: none (docs/publishing.md)."),
    retention: agentRetention
      .nullable()
      .optional()
      .describe("The agent's own retention of ended runs, over the deployment's; null: the deployment's (docs/operations.md)."),
  })
  .strict()
  .refine(
    (body) => body.mcp !== undefined || body.errorAgentId !== undefined || body.retention !== undefined,
    'give at least one setting: mcp, errorAgentId or retention',
  );
const idParam = z.object({ id: z.string().min(1).max(100) });
const versionQuery = z.object({ version: z.coerce.number().int().min(1).optional() }).strict();
const saveQuery = z
  .object({
    baseVersion: z.coerce
      .number()
      .int()
      .min(1)
      .optional()
      .describe('The version these changes started from. When a newer version was saved since, nothing is saved and the answer is 409 with both.'),
  })
  .strict();
const listQuery = z
  .object({
    search: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

/** Graphs: every save is a new immutable version; import/export use the graph file format. */
export async function graphRoutes(app: FastifyInstance, { store, engine, config }: Platform): Promise<void> {
  // A graph file may be far larger than other bodies: a graph of 50 000 nodes is about 10 MB (BLOCKSMITH_MAX_GRAPH_BYTES).
  const withGraphBody = <T extends object>(options: T) => ({ ...options, bodyLimit: config.maxGraphBytes });
  /**
   * Reads a graph file for saving. A file whose format is wrong is refused; a well-formed graph that
   * cannot run yet (a missing input, an unknown block, a cycle) is saved as a draft with its issues,
   * so unfinished work is never lost. Only starting a run refuses it.
   */
  const draftOf = (body: unknown): { graph: GraphFile; issues: GraphIssue[] } => {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new ApiError(400, 'invalid_graph', 'The body must be a graph file: { "name", "nodes": [...], "links": [...] }.');
    }
    const { wellFormed, issues } = engine.validate(body);
    if (!wellFormed) throw new ApiError(400, 'invalid_graph', `The graph file is malformed: ${issues.map((i) => i.message).join(' ')}`, issues);
    return { graph: wellFormed, issues };
  };
  const issuesOf = (graph: GraphFile): GraphIssue[] => engine.validate(graph).issues;

  app.get(
    '/api/graphs',
    doc('graphs', 'List your graphs (search, paging) with their latest run', {
      operationId: 'listGraphs',
      access: { needs: 'read' },
      query: listQuery,
      responses: { 200: graphList },
    }),
    async (request) => {
      const { graphs, total } = await store.graphs.list(request.workspaceId, parseWith(listQuery, request.query, 'query'));
      const ids = graphs.map((g) => g.id);
      const [latest, webhooks] = await Promise.all([
        store.runs.latestByGraph(request.workspaceId, ids, runsSeenBy(request)),
        store.webhooks.countByGraph(request.workspaceId, ids),
      ]);
      return { graphs: graphs.map((g) => ({ ...g, lastRun: latest.get(g.id) ?? null, webhooks: webhooks.get(g.id) ?? 0 })), total };
    },
  );

  const create = async (request: { body: unknown; owner: Owner }, reply: { status(code: number): { send(body: unknown): unknown } }) => {
    const { graph, issues } = draftOf(request.body);
    const summary = await store.graphs.create(request.owner, graph);
    return reply.status(201).send({ ...summary, version: 1, graph, issues });
  };
  app.post(
    '/api/graphs',
    withGraphBody(
      doc('graphs', 'Create a graph from a graph file (version 1; a graph that cannot run yet is saved as a draft with its issues)', {
        operationId: 'createGraph',
        access: { needs: 'build' },
        body: graphFileSchema,
        responses: { 201: graphDetail },
      }),
    ),
    create,
  );
  app.post(
    '/api/graphs/import',
    withGraphBody(
      doc(
        'graphs',
        'Import a graph file, or an AutoGPT Platform agent file: its blocks are mapped to ours; one without an equivalent is kept and named, and the graph saved as a draft',
        {
          operationId: 'importGraph',
          access: { needs: 'build' },
          body: z.union([graphFileSchema, autogptAgentFile, n8nWorkflowFile]),
          responses: { 201: importedGraph },
        },
      ),
    ),
    async (request, reply) => {
      const foreign = fromForeignFile(request.body);
      if (!foreign) return create(request, reply);
      const { graph, issues } = draftOf(foreign.graph);
      const summary = await store.graphs.create(request.owner, graph);
      return reply.status(201).send({ ...summary, version: 1, graph, issues, imported: { from: foreign.from, unmapped: foreign.unmapped } });
    },
  );

  app.get(
    '/api/graphs/:id',
    doc('graphs', 'Get a graph: the latest version or ?version=N, with the issues that keep it from running', {
      operationId: 'getGraph',
      access: { needs: 'read', on: 'graph' },
      params: idParam,
      query: versionQuery,
      responses: { 200: graphDetail },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const { version } = parseWith(versionQuery, request.query, 'query');
      const found = await store.graphs.version(request.workspaceId, id, version);
      if (!found) throw notFound(version === undefined ? `Graph ${id}` : `Version ${version} of graph ${id}`);
      return { ...found.summary, version: found.version, versionCreatedAt: found.createdAt, graph: found.graph, issues: issuesOf(found.graph) };
    },
  );

  app.put(
    '/api/graphs/:id',
    withGraphBody(
      doc('graphs', 'Save a new version of a graph (a draft when it has issues), refused when it is not based on the latest version', {
        operationId: 'saveGraph',
        access: { needs: 'build', on: 'graph' },
        params: idParam,
        query: saveQuery,
        body: graphFileSchema,
        responses: { 200: graphDetail, 409: versionConflict },
      }),
    ),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const { baseVersion } = parseWith(saveQuery, request.query, 'query');
      const { graph, issues } = draftOf(request.body);
      const summary = await saveGraphVersion(store, request.workspaceId, id, graph, baseVersion);
      return { ...summary, version: summary.latestVersion, graph, issues };
    },
  );

  app.patch(
    '/api/graphs/:id',
    doc(
      'graphs',
      "Change an agent's settings (not a new version): whether MCP clients get it as a tool, the agent that runs when one of its runs fails, how long its runs are kept",
      {
        operationId: 'changeGraphSettings',
        access: { needs: 'build', on: 'graph' },
        params: idParam,
        body: settingsBody,
        responses: { 200: graphSummary },
      },
    ),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const { mcp, errorAgentId, retention } = parseWith(settingsBody, request.body, 'body');
      let summary = await store.graphs.summary(request.workspaceId, id);
      if (!summary) throw notFound(`Graph ${id}`);
      if (errorAgentId) await checkErrorAgent(store, request.workspaceId, id, errorAgentId);
      if (mcp !== undefined) summary = await store.graphs.setMcp(request.workspaceId, id, mcp);
      if (errorAgentId !== undefined) summary = await store.graphs.setErrorAgent(request.workspaceId, id, errorAgentId ?? undefined, Date.now());
      // No setting of its own is the deployment's, as null is.
      if (retention !== undefined)
        summary = await store.graphs.setRetention(request.workspaceId, id, retention && Object.keys(retention).length > 0 ? retention : undefined);
      return summary!;
    },
  );

  app.delete(
    '/api/graphs/:id',
    doc('graphs', 'Delete a graph and its versions', {
      operationId: 'deleteGraph',
      access: { needs: 'build', on: 'graph' },
      params: idParam,
      responses: { 204: null },
    }),
    async (request, reply) => {
      const { id } = parseWith(idParam, request.params, 'params');
      if (!(await store.graphs.delete(request.workspaceId, id))) throw notFound(`Graph ${id}`);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/graphs/:id/versions',
    doc('graphs', 'List the versions of a graph', {
      operationId: 'listGraphVersions',
      access: { needs: 'read', on: 'graph' },
      params: idParam,
      responses: { 200: graphVersions },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const versions = await store.graphs.versions(request.workspaceId, id);
      if (!versions) throw notFound(`Graph ${id}`);
      return { versions };
    },
  );

  app.get(
    '/api/graphs/:id/export',
    doc('graphs', 'Download a graph file', {
      operationId: 'exportGraph',
      access: { needs: 'read', on: 'graph' },
      params: idParam,
      query: versionQuery,
      responses: { 200: graphFile },
    }),
    async (request, reply) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const { version } = parseWith(versionQuery, request.query, 'query');
      const found = await store.graphs.version(request.workspaceId, id, version);
      if (!found) throw notFound(`Graph ${id}`);
      const fileName = `${found.graph.name.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'graph'}.json`;
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(JSON.stringify(found.graph, null, 2));
    },
  );
}
