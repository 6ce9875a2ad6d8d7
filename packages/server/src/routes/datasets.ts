import { DatasetNameTaken, type NewCase } from '@blocksmith/store';
import { evaluatorSpec } from '@blocksmith/engine';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { caseFromRun, MAX_CASES, parseCases, tableCases } from '../datasets/dataset-import.ts';
import { ApiError, parseWith } from '../http/errors.ts';
import { doc } from '../http/openapi.ts';
import type { Platform } from '../platform/platform.ts';
import { notFound } from '../platform/refusal.ts';
import { caseAnswer, caseList, datasetAnswer, datasetDetail, datasetList } from '../wire/evaluations.ts';

const idParam = z.object({ id: z.string().min(1).max(100) });
const caseParams = z.object({ id: z.string().min(1).max(100), caseId: z.string().min(1).max(100) });
const values = z.record(z.string(), z.unknown());
const newCase = z.object({ inputs: values.default({}), expected: values.default({}) }).strict();
const fields = {
  name: z.string().trim().min(1, 'must not be empty').max(200),
  description: z.string().max(10_000),
  graphId: z.string().min(1).max(100).describe('The agent the cases are for.'),
  evaluators: z.array(evaluatorSpec).max(50),
  threshold: z.number().min(0).max(1),
};
const createBody = z
  .object({
    ...fields,
    description: fields.description.default(''),
    graphId: fields.graphId.optional(),
    evaluators: fields.evaluators.default([]),
    threshold: fields.threshold.default(0.8),
    cases: z.array(newCase).max(MAX_CASES).default([]),
  })
  .strict();
const patchBody = z
  .object({ ...fields, graphId: fields.graphId.nullable() })
  .partial()
  .strict();
const addBody = z.object({ cases: z.array(newCase).min(1).max(MAX_CASES) }).strict();
const importBody = z
  .object({
    format: z.enum(['csv', 'jsonl']),
    text: z
      .string()
      .min(1)
      .describe('CSV with a header line (inputs by name, expected.<output> for expectations), or one {"inputs","expected"} object per line.'),
  })
  .strict();
const fromTableBody = z
  .object({ table: z.string().min(1).max(200).describe('A data table, by id or name: columns named expected.<output> are expectations, the others inputs.') })
  .strict();
const fromRunsBody = z.object({ runIds: z.array(z.string().min(1).max(100)).min(1).max(200) }).strict();
const patchCaseBody = z.object({ inputs: values, expected: values }).partial().strict();

const nameTaken = (error: unknown): never => {
  if (error instanceof DatasetNameTaken) throw new ApiError(409, 'name_taken', error.message);
  throw error;
};

/** Datasets: named cases (inputs and expected outputs) to evaluate agents with. */
export async function datasetRoutes(app: FastifyInstance, platform: Platform): Promise<void> {
  const { store, evaluations, dataTables } = platform;

  /** Cases go into a dataset only as far as it has room: an evaluation runs each one. */
  const addCases = async (workspaceId: string, id: string, cases: NewCase[]) => {
    const dataset = await store.datasets.get(workspaceId, id);
    if (!dataset) throw notFound(`Dataset ${id}`);
    if (dataset.cases + cases.length > MAX_CASES) {
      throw new ApiError(
        400,
        'too_many_cases',
        `Dataset "${dataset.name}" has ${dataset.cases} cases; ${cases.length} more would pass the limit of ${MAX_CASES}.`,
      );
    }
    return { cases: (await store.datasets.addCases(workspaceId, id, cases))! };
  };

  app.post(
    '/api/datasets',
    doc('evaluations', 'Make a dataset, with cases or empty', {
      operationId: 'createDataset',
      access: { needs: 'build' },
      body: createBody,
      responses: { 201: datasetAnswer },
    }),
    async (request, reply) => {
      const { cases, ...body } = parseWith(createBody, request.body, 'body');
      if (body.graphId && !(await store.graphs.summary(request.workspaceId, body.graphId))) throw notFound(`Graph ${body.graphId}`);
      await evaluations.checkEvaluators(request.workspaceId, body.evaluators);
      const dataset = await store.datasets.create(request.owner, body, cases).catch(nameTaken);
      return reply.status(201).send({ dataset });
    },
  );

  app.get(
    '/api/datasets',
    doc('evaluations', "The workspace's datasets", { operationId: 'listDatasets', access: { needs: 'read' }, responses: { 200: datasetList } }),
    async (request) => ({ datasets: await store.datasets.list(request.workspaceId) }),
  );

  app.get(
    '/api/datasets/:id',
    doc('evaluations', 'A dataset and its cases', {
      operationId: 'getDataset',
      access: { needs: 'read', on: 'dataset' },
      params: idParam,
      responses: { 200: datasetDetail },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const dataset = await store.datasets.get(request.workspaceId, id);
      if (!dataset) throw notFound(`Dataset ${id}`);
      return { dataset, cases: (await store.datasets.cases(request.workspaceId, id)) ?? [] };
    },
  );

  app.patch(
    '/api/datasets/:id',
    doc('evaluations', 'Rename a dataset, or change its agent, evaluators or threshold', {
      operationId: 'changeDataset',
      access: { needs: 'build', on: 'dataset' },
      params: idParam,
      body: patchBody,
      responses: { 200: datasetAnswer },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const { graphId, ...body } = parseWith(patchBody, request.body, 'body');
      if (graphId && !(await store.graphs.summary(request.workspaceId, graphId))) throw notFound(`Graph ${graphId}`);
      if (body.evaluators) await evaluations.checkEvaluators(request.workspaceId, body.evaluators);
      const change = { ...body, ...(graphId !== undefined ? { graphId: graphId ?? undefined } : {}) };
      const dataset = await store.datasets.update(request.workspaceId, id, change).catch(nameTaken);
      if (!dataset) throw notFound(`Dataset ${id}`);
      return { dataset };
    },
  );

  app.delete(
    '/api/datasets/:id',
    doc('evaluations', 'Delete a dataset and its cases (its evaluations stay); refused while a release gate uses it', {
      operationId: 'deleteDataset',
      access: { needs: 'build', on: 'dataset' },
      params: idParam,
      responses: { 204: null },
    }),
    async (request, reply) => {
      const { id } = parseWith(idParam, request.params, 'params');
      // A release gate with its dataset gone would let anything through: the gate goes first (an admin's call).
      const gates = await store.releases.gatedBy(id);
      if (gates.length) {
        throw new ApiError(
          409,
          'dataset_in_use',
          `This dataset is the release gate of ${gates.map((g) => `"${g.name}" of agent ${g.graphId}`).join(', ')}; remove or change that gate first.`,
        );
      }
      if (!(await store.datasets.delete(request.workspaceId, id))) throw notFound(`Dataset ${id}`);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/datasets/:id/cases',
    doc('evaluations', 'Add cases at the end of a dataset', {
      operationId: 'addDatasetCases',
      access: { needs: 'build', on: 'dataset' },
      params: idParam,
      body: addBody,
      responses: { 201: caseList },
    }),
    async (request, reply) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const { cases } = parseWith(addBody, request.body, 'body');
      return reply.status(201).send(await addCases(request.workspaceId, id, cases));
    },
  );

  app.post(
    '/api/datasets/:id/import',
    doc('evaluations', 'Add cases from a CSV or JSON Lines file', {
      operationId: 'importDatasetCases',
      access: { needs: 'build', on: 'dataset' },
      params: idParam,
      body: importBody,
      responses: { 201: caseList },
    }),
    async (request, reply) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const { format, text } = parseWith(importBody, request.body, 'body');
      return reply.status(201).send(await addCases(request.workspaceId, id, parseCases(format, text)));
    },
  );

  app.post(
    '/api/datasets/:id/from-table',
    doc('evaluations', "Add a data table's rows as cases: its columns named expected.<output> are expectations, the others inputs", {
      operationId: 'addTableAsCases',
      access: { needs: 'build', on: 'dataset' },
      params: idParam,
      body: fromTableBody,
      responses: { 201: caseList },
    }),
    async (request, reply) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const table = await dataTables.table(request.workspaceId, parseWith(fromTableBody, request.body, 'body').table);
      if (table.rows > MAX_CASES)
        throw new ApiError(400, 'too_many_cases', `Data table "${table.name}" has ${table.rows} rows; a dataset takes at most ${MAX_CASES}.`);
      const { rows } = await dataTables.query(request.workspaceId, table.id, { limit: MAX_CASES });
      const cases = tableCases(
        table.name,
        rows,
        table.columns.map((c) => c.name),
      );
      return reply.status(201).send(await addCases(request.workspaceId, id, cases));
    },
  );

  app.post(
    '/api/datasets/:id/from-runs',
    doc('evaluations', "Add past runs as cases: each run's inputs, and its outputs as the expectation", {
      operationId: 'addRunsAsCases',
      access: { needs: 'build', on: 'dataset' },
      params: idParam,
      body: fromRunsBody,
      responses: { 201: caseList },
    }),
    async (request, reply) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const { runIds } = parseWith(fromRunsBody, request.body, 'body');
      const cases: NewCase[] = [];
      for (const runId of runIds) {
        const run = await store.runs.get(request.workspaceId, runId);
        if (!run) throw notFound(`Run ${runId}`);
        cases.push(caseFromRun(run));
      }
      return reply.status(201).send(await addCases(request.workspaceId, id, cases));
    },
  );

  app.patch(
    '/api/datasets/:id/cases/:caseId',
    doc('evaluations', "Change a case's inputs or expectations", {
      operationId: 'changeDatasetCase',
      access: { needs: 'build', on: 'dataset' },
      params: caseParams,
      body: patchCaseBody,
      responses: { 200: caseAnswer },
    }),
    async (request) => {
      const { id, caseId } = parseWith(caseParams, request.params, 'params');
      const body = parseWith(patchCaseBody, request.body, 'body');
      const changed = await store.datasets.updateCase(request.workspaceId, id, caseId, body);
      if (!changed) throw notFound(`Case ${caseId} of dataset ${id}`);
      return { case: changed };
    },
  );

  app.delete(
    '/api/datasets/:id/cases/:caseId',
    doc('evaluations', 'Delete a case', {
      operationId: 'deleteDatasetCase',
      access: { needs: 'build', on: 'dataset' },
      params: caseParams,
      responses: { 204: null },
    }),
    async (request, reply) => {
      const { id, caseId } = parseWith(caseParams, request.params, 'params');
      if (!(await store.datasets.deleteCase(request.workspaceId, id, caseId))) throw notFound(`Case ${caseId} of dataset ${id}`);
      return reply.status(204).send();
    },
  );
}
