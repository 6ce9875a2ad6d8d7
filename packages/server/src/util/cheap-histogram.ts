import type { Metric, Registry } from 'prom-client';

interface SampleValue {
  metricName: string;
  labels: Record<string, string | number>;
  value: number;
}

interface Series {
  labels: Record<string, string>;
  /** Observations per bucket (not cumulative); the last one is +Inf. */
  counts: number[];
  sum: number;
  count: number;
}

/**
 * A Prometheus histogram with two labels whose observation is two map lookups
 * and two additions. Node runs are many and short, and prom-client's own
 * histogram validates and hashes the labels on every observation — a tenth of
 * the server's time under webhook load. The label values are the map keys as
 * they come (block ids and statuses are the same few strings each time), so
 * no key string is built per observation.
 */
export class CheapHistogram {
  readonly type = 'histogram';
  readonly aggregator = 'sum';
  private readonly series = new Map<string, Map<string, Series>>();

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly labelNames: readonly [string, string],
    private readonly bounds: readonly number[],
    registry: Registry,
  ) {
    // The registry only asks a metric for its name and `get()`; prom-client's types list its own classes.
    registry.registerMetric(this as unknown as Metric);
  }

  observe(first: string, second: string, value: number): void {
    let bySecond = this.series.get(first);
    if (!bySecond) this.series.set(first, (bySecond = new Map()));
    let series = bySecond.get(second);
    if (!series) {
      const labels = { [this.labelNames[0]]: first, [this.labelNames[1]]: second };
      series = { labels, counts: new Array<number>(this.bounds.length + 1).fill(0), sum: 0, count: 0 };
      bySecond.set(second, series);
    }
    let bucket = 0;
    while (bucket < this.bounds.length && value > this.bounds[bucket]!) bucket++;
    series.counts[bucket]!++;
    series.sum += value;
    series.count++;
  }

  async get(): Promise<{ name: string; help: string; type: string; aggregator: string; values: SampleValue[] }> {
    const values: SampleValue[] = [];
    for (const { labels, counts, sum, count } of [...this.series.values()].flatMap((bySecond) => [...bySecond.values()])) {
      let cumulative = 0;
      this.bounds.forEach((bound, i) => {
        cumulative += counts[i]!;
        values.push({ metricName: `${this.name}_bucket`, labels: { ...labels, le: bound }, value: cumulative });
      });
      values.push(
        { metricName: `${this.name}_bucket`, labels: { ...labels, le: '+Inf' }, value: count },
        { metricName: `${this.name}_sum`, labels, value: sum },
        { metricName: `${this.name}_count`, labels, value: count },
      );
    }
    return { name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values };
  }
}
