import type { AgentSpend } from '../api/types.ts';
import { amountLabel } from './budget-use.ts';
import { spendBars } from './spend-bars.ts';

const HEIGHT = 80;
const BAR = 14;
const GAP = 4;

/** An agent's model spend per UTC day as bars, each named for screen readers and on hover. */
export function SpendChart({ days, count, now }: { days: AgentSpend['days']; count: number; now: number }) {
  const { bars, by } = spendBars(days, count, now);
  const unit = by === 'costUsd' ? 'usd' : 'tokens';
  const total = bars.reduce((sum, b) => sum + b[by], 0);
  return (
    <figure className="spend-chart">
      <svg
        role="img"
        aria-label={`Spend per day over the last ${count} days: ${amountLabel(unit, total)} in all`}
        width={count * (BAR + GAP)}
        height={HEIGHT}
        viewBox={`0 0 ${count * (BAR + GAP)} ${HEIGHT}`}
      >
        {bars.map((bar, i) => {
          const height = Math.max(bar[by] > 0 ? 2 : 0, bar.height * (HEIGHT - 4));
          const label = `${new Date(bar.day).toISOString().slice(0, 10)}: ${amountLabel('usd', bar.costUsd)}, ${amountLabel('tokens', bar.tokens)}, ${bar.runs} runs`;
          return (
            <rect key={bar.day} x={i * (BAR + GAP)} y={HEIGHT - height} width={BAR} height={height} rx={2} className="spend-bar" data-testid="spend-bar">
              <title>{label}</title>
            </rect>
          );
        })}
      </svg>
      <figcaption className="muted small">
        Per day, last {count} days (UTC), by {by === 'costUsd' ? 'cost' : 'tokens'}
      </figcaption>
    </figure>
  );
}
