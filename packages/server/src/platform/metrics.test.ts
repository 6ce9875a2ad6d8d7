import type { RunEvent } from '@blocksmith/engine';
import { describe, expect, it } from 'vitest';
import { Metrics } from './metrics.ts';

const status = (runId: string, status: string) => ({ type: 'graph_run.status', runId, status, at: 0 }) as RunEvent;

describe('Metrics', () => {
  it('counts a run waiting for a review as live, once, and never goes below zero', async () => {
    const metrics = new Metrics();
    for (const event of [
      status('a', 'QUEUED'),
      status('a', 'RUNNING'),
      status('a', 'REVIEW'),
      status('a', 'RUNNING'),
      status('b', 'RUNNING'),
      status('b', 'REVIEW'),
      status('b', 'TERMINATED'),
      status('c', 'QUEUED'),
      status('c', 'TERMINATED'),
    ])
      metrics.observe(event);
    const text = async () => metrics.registry.metrics();
    expect(await text()).toMatch(/^blocksmith_runs_live 1$/m);
    expect(await text()).toMatch(/^blocksmith_runs_started_total 2$/m);
    metrics.observe(status('a', 'COMPLETED'));
    expect(await text()).toMatch(/^blocksmith_runs_live 0$/m);
    expect(await text()).toMatch(/^blocksmith_runs_finished_total\{status="TERMINATED"\} 2$/m);
    expect(await text()).not.toMatch(/status="REVIEW"/);
  });

  it('reports node runs counted by the processes that execute them, summed, in place of its own', async () => {
    const nodeRun = (nodeRunId: string, ms: number) =>
      ({ type: 'node_run.status', runId: 'r', nodeRunId, nodeId: 'n', blockId: 'text.case', status: 'COMPLETED', startedAt: 0, at: ms }) as RunEvent;
    const [worker1, worker2, server] = [new Metrics(), new Metrics(), new Metrics()];
    worker1.observe(nodeRun('a', 1));
    worker2.observe(nodeRun('b', 1));
    worker2.observe(nodeRun('c', 100));
    server.countNodeRunsElsewhere(async () => [await worker1.nodeRunFamilies(), await worker2.nodeRunFamilies()]);
    // A followed run's events reach the server too; they must not count twice.
    server.observe(nodeRun('a', 1));
    server.observe(status('r', 'RUNNING'));
    const text = await server.text();
    expect(text).toMatch(/^blocksmith_node_run_duration_seconds_count\{block="text.case",status="COMPLETED"\} 3$/m);
    expect(text).toMatch(/^blocksmith_node_run_duration_seconds_bucket\{block="text.case",status="COMPLETED",le="0.005"\} 2$/m);
    expect(text).toMatch(/^blocksmith_runs_started_total 1$/m);
    expect(text).toMatch(/^process_cpu_user_seconds_total /m);
  });

  it('lists the node-run families, empty, before any worker has shared its figures', async () => {
    const server = new Metrics();
    server.countNodeRunsElsewhere(async () => []);
    expect(await server.text()).toMatch(/^# TYPE blocksmith_node_run_duration_seconds histogram$/m);
  });
});
