import type { SpendLimit } from '@blocksmith/engine';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { periodStarts, tighter } from '../budgets/run-budgets.ts';
import { ApiError, parseWith } from '../http/errors.ts';
import { doc } from '../http/openapi.ts';
import type { Platform } from '../platform/platform.ts';
import { notFound } from '../platform/refusal.ts';
import { accountBudget, agentBudget, agentSpend, spendLimit } from '../wire/budgets.ts';

const idParam = z.object({ id: z.string().min(1).max(100) });
const spendQuery = z.object({ days: z.coerce.number().int().min(1).max(366).default(30).describe('How many days back the chart goes.') }).strict();
const DAY_MS = 86_400_000;

const isEmpty = (limit: object | undefined) => limit === undefined || Object.keys(limit).length === 0;

/** Budgets: an agent's (per run, day, month) and a person's monthly one, and what was spent against them. */
export async function budgetRoutes(app: FastifyInstance, { store, config }: Platform): Promise<void> {
  const spendOf = async (graphId: string, days: number) => {
    const now = Date.now();
    const { day, month } = periodStarts(now);
    const [today, thisMonth, byDay] = await Promise.all([
      store.spend.ofGraph(graphId, day),
      store.spend.ofGraph(graphId, month),
      store.spend.graphByDay(graphId, day - (days - 1) * DAY_MS),
    ]);
    return { today, month: thisMonth, days: byDay };
  };

  app.get(
    '/api/graphs/:id/spend',
    doc('graphs', "An agent's budget and its model spend: today, this month, and per day", {
      operationId: 'getAgentSpend',
      access: { needs: 'read', on: 'graph' },
      params: idParam,
      query: spendQuery,
      responses: { 200: agentSpend },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const { days } = parseWith(spendQuery, request.query, 'query');
      const summary = await store.graphs.summary(request.workspaceId, id);
      if (!summary) throw notFound(`Graph ${id}`);
      return { ...(summary.budget ? { budget: summary.budget } : {}), ...(await spendOf(id, days)) };
    },
  );

  app.put(
    '/api/graphs/:id/budget',
    doc('graphs', "Set an agent's budgets (per run, per day, per month); {} removes them", {
      operationId: 'setAgentBudget',
      access: { needs: 'manage', on: 'graph' },
      params: idParam,
      body: agentBudget,
      responses: { 200: agentSpend },
    }),
    async (request) => {
      const { id } = parseWith(idParam, request.params, 'params');
      const body = parseWith(agentBudget, request.body, 'body');
      const kept = Object.fromEntries(Object.entries(body).filter(([, limit]) => !isEmpty(limit)));
      const summary = await store.graphs.setBudget(request.workspaceId, id, Object.keys(kept).length ? kept : undefined);
      if (!summary) throw notFound(`Graph ${id}`);
      return { ...(summary.budget ? { budget: summary.budget } : {}), ...(await spendOf(id, 30)) };
    },
  );

  const accountAnswer = async (userId: string) => {
    const own = await store.spend.userBudget(userId);
    const limit = tighter(config.userMonthlyBudget, own);
    return {
      ...(config.userMonthlyBudget ? { operator: config.userMonthlyBudget } : {}),
      ...(own ? { own } : {}),
      ...(limit ? { limit } : {}),
      month: await store.spend.ofUser(userId, periodStarts(Date.now()).month),
    };
  };

  app.get(
    '/api/account/budget',
    doc('account', 'Your monthly model budget and what runs acting for you spent this month', {
      operationId: 'getAccountBudget',
      access: 'account',
      responses: { 200: accountBudget },
    }),
    async (request) => accountAnswer(request.userId),
  );

  app.put(
    '/api/account/budget',
    doc('account', 'Set your own monthly model budget, at most the operator’s; {} removes it', {
      operationId: 'setAccountBudget',
      access: 'account',
      body: spendLimit,
      responses: { 200: accountBudget },
    }),
    async (request) => {
      const body: SpendLimit = parseWith(spendLimit, request.body, 'body');
      const operator = config.userMonthlyBudget;
      for (const unit of ['costUsd', 'tokens'] as const) {
        if (body[unit] !== undefined && operator?.[unit] !== undefined && body[unit] > operator[unit]) {
          throw new ApiError(
            400,
            'invalid_request',
            `body.${unit}: the server's monthly budget per person is ${operator[unit]}; yours may be lower, not higher.`,
          );
        }
      }
      await store.spend.setUserBudget(request.userId, isEmpty(body) ? undefined : body);
      return accountAnswer(request.userId);
    },
  );
}
