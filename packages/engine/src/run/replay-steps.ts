import type { AnyBlock, BlockSteps } from '@blocksmith/sdk';
import type { NodeRunRecord } from './records.ts';

const isAsyncGenerator = (run: AnyBlock['run']): boolean => Object.prototype.toString.call(run) === '[object AsyncGeneratorFunction]';

/**
 * A recorded node run's outputs as steps to drive like its block's own: a block written as an async
 * generator is replayed by one, so its values arrive at the same turns as when it ran without waiting
 * on anything, and branches that race (a static pin against the values it pairs with) meet as they did.
 * Values come output by output, each in its recorded order; a recorded `error` is not among them — the
 * failure replays as the node run's end.
 */
export function replaySteps(block: AnyBlock, recorded: NodeRunRecord): BlockSteps {
  const steps: (readonly [string, unknown])[] = [];
  for (const [name, values] of Object.entries(recorded.outputs)) {
    if (recorded.error && name === 'error') continue;
    for (const value of values) steps.push([name, value]);
  }
  return isAsyncGenerator(block.run) ? replayAsync(steps) : replaySync(steps);
}

function* replaySync(steps: (readonly [string, unknown])[]): Generator<readonly [string, unknown], void, undefined> {
  for (const step of steps) yield step;
}

// Yields one by one as a block does (`yield*` would take other turns); it waits on nothing.
async function* replayAsync(steps: (readonly [string, unknown])[]): AsyncGenerator<readonly [string, unknown], void, undefined> {
  for (const step of steps) yield step;
}
