import type { RunEvent } from '@blocksmith/engine';
import { AggregatorRegistry, Counter, Gauge, Registry, collectDefaultMetrics, type MetricObjectWithValues, type MetricValue } from 'prom-client';
import { CheapHistogram } from '../util/cheap-histogram.ts';

/** Metric families as prom-client gives them out (`getMetricsAsJSON`). */
export type MetricFamilies = MetricObjectWithValues<MetricValue<string>>[];

/** The families counted from node-run events: where runs execute in other processes (workers), those processes count them. */
const NODE_RUN_FAMILIES = ['blocksmith_node_run_duration_seconds', 'blocksmith_node_runs_queued'];

/** Prometheus metrics: runs by status, node-run durations, live runs, queue depth, WebSocket clients. */
export class Metrics {
  readonly registry = new Registry();
  /** Where node runs execute elsewhere: their families, one list per process. */
  private nodeRunsElsewhere: (() => Promise<MetricFamilies[]>) | undefined;
  private readonly runsStarted = new Counter({ name: 'blocksmith_runs_started_total', help: 'Graph runs started.', registers: [this.registry] });
  private readonly runsFinished = new Counter({
    name: 'blocksmith_runs_finished_total',
    help: 'Graph runs finished, by status.',
    labelNames: ['status'],
    registers: [this.registry],
  });
  private readonly nodeRunSeconds = new CheapHistogram(
    'blocksmith_node_run_duration_seconds',
    'Node run durations, by block and final status.',
    ['block', 'status'],
    [0.0005, 0.005, 0.05, 0.25, 1, 5, 30, 120],
    this.registry,
  );
  /** Runs that started and have not ended; a run waiting for a review is still live. */
  private readonly live = new Set<string>();
  private readonly liveRuns: Gauge = new Gauge({
    name: 'blocksmith_runs_live',
    help: 'Graph runs executing in this process (those waiting for a review included).',
    registers: [this.registry],
    collect: () => {
      this.liveRuns.set(this.live.size);
    },
  });
  private readonly queued = new Set<string>();
  // Read when scraped: setting a gauge on every node run's status change costs more than the run's own bookkeeping.
  private readonly queuedNodeRuns: Gauge = new Gauge({
    name: 'blocksmith_node_runs_queued',
    help: 'Node runs ready and waiting for a free slot (queue depth).',
    registers: [this.registry],
    collect: () => {
      this.queuedNodeRuns.set(this.queued.size);
    },
  });
  readonly socketClients = new Gauge({ name: 'blocksmith_websocket_clients', help: 'Connected WebSocket clients.', registers: [this.registry] });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Node runs execute in other processes: their own figures replace this process's (which would see only followed runs). */
  countNodeRunsElsewhere(source: () => Promise<MetricFamilies[]>): void {
    this.nodeRunsElsewhere = source;
  }

  /** This process's node-run families, for the process that reports them (a worker shares them through Redis); nothing else is collected. */
  async nodeRunFamilies(): Promise<MetricFamilies> {
    return (await Promise.all(NODE_RUN_FAMILIES.map((name) => this.registry.getSingleMetric(name)!.get()))) as MetricFamilies;
  }

  /** The Prometheus text: this process's figures, with node runs summed over the processes that execute them. */
  async text(): Promise<string> {
    if (!this.nodeRunsElsewhere) return this.registry.metrics();
    // This process's own node-run families stay listed, empty (a scraper expects them before any worker has run a node).
    const own = (await this.registry.getMetricsAsJSON()).map((family) =>
      NODE_RUN_FAMILIES.includes(family.name) ? { ...family, values: [] } : family,
    ) as MetricFamilies;
    return AggregatorRegistry.aggregate([own, ...(await this.nodeRunsElsewhere())]).metrics();
  }

  observe(event: RunEvent): void {
    if (event.type === 'graph_run.status') {
      if (event.status === 'RUNNING' || event.status === 'REVIEW') {
        // RUNNING again after a review is the same run going on, not a new one.
        if (this.live.has(event.runId)) return;
        this.live.add(event.runId);
        this.runsStarted.inc();
      } else if (event.status !== 'QUEUED') {
        this.runsFinished.inc({ status: event.status });
        this.live.delete(event.runId);
      }
    } else if (event.type === 'node_run.status' && !this.nodeRunsElsewhere) {
      if (event.status === 'QUEUED') {
        this.queued.add(event.nodeRunId);
        return;
      }
      this.queued.delete(event.nodeRunId);
      if (event.startedAt === undefined) return;
      this.nodeRunSeconds.observe(event.blockId, event.status, (event.at - event.startedAt) / 1000);
    }
  }
}
