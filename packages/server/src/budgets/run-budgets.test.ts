import type { GraphRunRecord } from '@blocksmith/engine';
import { Store } from '@blocksmith/store';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '@blocksmith/store/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Refusal } from '../platform/refusal.ts';
import { budgetsFor, periodStarts, refuseSpentBudgets, tighter } from './run-budgets.ts';

const NOON = Date.UTC(2026, 11, 6, 12, 0, 0);
const HOUR = 3_600_000;

describe('periods and limits', () => {
  it('starts days and months at UTC midnight, and takes the tighter limit unit by unit', () => {
    expect(periodStarts(Date.UTC(2026, 0, 31, 23, 59, 59))).toEqual({ day: Date.UTC(2026, 0, 31), month: Date.UTC(2026, 0, 1) });
    expect(tighter({ costUsd: 5, tokens: 100 }, { costUsd: 2 })).toEqual({ costUsd: 2, tokens: 100 });
    expect(tighter(undefined, { tokens: 3 })).toEqual({ tokens: 3 });
  });
});

describe.each(TEST_DIALECTS)('budgets over recorded runs on %s (the clock given, not read)', (dialect) => {
  let database: TestDatabase;
  let store: Store;
  let owner: { workspaceId: string; userId: string };
  let graphId: string;

  /** Records an ended top-level run of the agent that used `tokens` tokens and `costUsd`. */
  const spent = (createdAt: number, tokens: number, costUsd: number, extra: Partial<GraphRunRecord> = {}) =>
    store.runStore.saveGraphRun({
      id: crypto.randomUUID(),
      graphId,
      graphVersion: 1,
      graphName: 'Spender',
      ...owner,
      depth: 0,
      status: 'COMPLETED',
      inputs: {},
      outputs: {},
      usage: { inputTokens: tokens, outputTokens: 0, costUsd, calls: 1, unpricedCalls: 0 },
      createdAt,
      ...extra,
    });

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    store = await Store.open(database.options);
    const user = await store.users.create({ email: 'a@x.test', passwordHash: 'x', isOwner: true });
    owner = { workspaceId: user.id, userId: user.id };
    graphId = (await store.graphs.create(owner, { schemaVersion: 1, name: 'Spender', nodes: [], links: [] })).id;
  });

  /** The agent's budgets as a start reads them, with the version it runs. */
  const agentBudget = async () => (await store.graphs.summary(owner.workspaceId, graphId))?.budget;

  afterEach(async () => {
    await store?.close();
    await database?.drop();
  });

  it("counts today's top-level runs against the agent's daily budget, refuses the next run once it is spent, and still does after a restart", async () => {
    await store.graphs.setBudget(owner.workspaceId, graphId, { day: { costUsd: 1 }, month: { tokens: 10_000 } });
    spent(NOON - 13 * HOUR, 500, 5); // yesterday: another day
    spent(NOON - HOUR, 100, 0.6);
    // A sub-run's use is already in its parent's.
    spent(NOON - HOUR, 100, 0.6, { parentRunId: 'parent', depth: 1 });
    await store.runStore.flush();

    const budgets = await budgetsFor(store, undefined, { ...owner, graphId, agent: await agentBudget() }, NOON);
    expect(budgets).toEqual([
      { name: "the agent's daily budget", unit: 'usd', limit: 1, spentBefore: 0.6 },
      { name: "the agent's monthly budget", unit: 'tokens', limit: 10_000, spentBefore: 600 },
    ]);
    expect(() => refuseSpentBudgets(budgets)).not.toThrow();
    expect(await store.spend.graphByDay(graphId, NOON - 48 * HOUR)).toEqual([
      { day: Date.UTC(2026, 11, 5), costUsd: 5, tokens: 500, runs: 1 },
      { day: Date.UTC(2026, 11, 6), costUsd: 0.6, tokens: 100, runs: 1 },
    ]);

    spent(NOON - 1, 50, 0.45);
    await store.runStore.flush();
    await store.close();
    store = await Store.open(database.options);
    const after = await budgetsFor(store, undefined, { ...owner, graphId, agent: await agentBudget() }, NOON);
    let refusal: unknown;
    try {
      refuseSpentBudgets(after);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(Refusal);
    expect(refusal).toMatchObject({
      code: 'budget_reached',
      message: "Budget reached: the agent's daily budget — $1.0500 of $1.0000 spent. No run starts until it is raised or renews at midnight UTC.",
    });
    // The next day starts afresh.
    const tomorrow = await budgetsFor(store, undefined, { ...owner, graphId, agent: await agentBudget() }, NOON + 24 * HOUR);
    expect(tomorrow[0]).toMatchObject({ spentBefore: 0 });
  });

  it("counts a person's month in every workspace against the tighter of the operator's and their own budget, leaving out a resumed run's own use", async () => {
    const resumed = crypto.randomUUID();
    const team = await store.workspaces.create(owner.userId, 'Team');
    spent(NOON - 48 * HOUR, 1000, 2, { id: resumed });
    spent(NOON - HOUR, 1000, 2, { workspaceId: team.id });
    await store.runStore.flush();
    await store.spend.setUserBudget(owner.userId, { costUsd: 3 });
    const budgets = await budgetsFor(
      store,
      { costUsd: 10, tokens: 5000 },
      { ...owner, graphId, agent: await agentBudget(), id: resumed, budget: { tokens: 50 } },
      NOON,
    );
    expect(budgets).toEqual([
      { name: "this run's budget", unit: 'tokens', limit: 50, spentBefore: 0 },
      { name: 'your monthly budget', unit: 'usd', limit: 3, spentBefore: 2 },
      { name: 'your monthly budget', unit: 'tokens', limit: 5000, spentBefore: 1000 },
    ]);
  });

  it("counts an app page's runs of the day against the app's daily budget, on starts and on resumes (the trigger names the app)", async () => {
    const app = await store.apps.publish(
      owner,
      graphId,
      {
        slug: 'spender',
        kind: 'form',
        allowedOrigins: [],
        title: 'Spender',
        description: '',
        access: 'public',
        runsPerMinute: 10,
        dailyBudget: { costUsd: 1 },
      },
      undefined,
    );
    const visitorRun = async (createdAt: number, costUsd: number) => {
      const id = crypto.randomUUID();
      spent(createdAt, 10, costUsd, { id, trigger: { kind: 'app', appId: app.id } });
      await store.runStore.flush();
      await store.apps.recordRun(app.id, 'visitor', id, createdAt);
      return id;
    };
    await visitorRun(NOON - 13 * HOUR, 5); // yesterday
    const resumed = await visitorRun(NOON - HOUR, 0.4);
    await visitorRun(NOON - HOUR, 0.5);
    spent(NOON - HOUR, 10, 3); // the agent run from the editor: not the app's
    await store.runStore.flush();

    const trigger = { kind: 'app', appId: app.id } as const;
    const budgets = await budgetsFor(store, undefined, { ...owner, graphId, agent: undefined, trigger }, NOON);
    expect(budgets).toEqual([{ name: "the app's daily budget", unit: 'usd', limit: 1, spentBefore: expect.closeTo(0.9) }]);
    expect(() => refuseSpentBudgets(budgets)).not.toThrow();
    // Resumed, a run leaves its own use out: it counts again as it replays.
    expect((await budgetsFor(store, undefined, { ...owner, graphId, agent: undefined, trigger, id: resumed }, NOON))[0]).toMatchObject({ spentBefore: 0.5 });

    await visitorRun(NOON - 1, 0.2);
    const spentOut = await budgetsFor(store, undefined, { ...owner, graphId, agent: undefined, trigger }, NOON);
    expect(() => refuseSpentBudgets(spentOut)).toThrow(
      "Budget reached: the app's daily budget — $1.1000 of $1.0000 spent. No run starts until it is raised or renews at midnight UTC.",
    );
    // Runs of the agent from elsewhere count no app budget.
    expect(await budgetsFor(store, undefined, { ...owner, graphId, agent: undefined, trigger: { kind: 'manual' } }, NOON)).toEqual([]);
  });
});
