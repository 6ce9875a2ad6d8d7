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
});
