import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { CheapHistogram } from './cheap-histogram.ts';

describe('CheapHistogram', () => {
  it('exposes cumulative buckets, sum and count per label set in the Prometheus text format', async () => {
    const registry = new Registry();
    const histogram = new CheapHistogram('test_seconds', 'Test durations.', ['block', 'status'], [0.1, 1], registry);
    for (const value of [0.05, 0.1, 0.5, 3]) histogram.observe('a', 'COMPLETED', value);
    histogram.observe('b', 'COMPLETED', 2);
    histogram.observe('a', 'FAILED', 0.2);
    const text = await registry.metrics();
    expect(text).toContain('# TYPE test_seconds histogram');
    expect(text).toContain('test_seconds_bucket{block="a",status="COMPLETED",le="0.1"} 2');
    expect(text).toContain('test_seconds_bucket{block="a",status="COMPLETED",le="1"} 3');
    expect(text).toContain('test_seconds_bucket{block="a",status="COMPLETED",le="+Inf"} 4');
    expect(text).toContain('test_seconds_sum{block="a",status="COMPLETED"} 3.65');
    expect(text).toContain('test_seconds_count{block="a",status="COMPLETED"} 4');
    expect(text).toContain('test_seconds_bucket{block="b",status="COMPLETED",le="1"} 0');
    expect(text).toContain('test_seconds_count{block="b",status="COMPLETED"} 1');
    expect(text).toContain('test_seconds_bucket{block="a",status="FAILED",le="0.1"} 0');
    expect(text).toContain('test_seconds_count{block="a",status="FAILED"} 1');
  });
});
