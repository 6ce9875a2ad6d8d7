/** How many node runs a run may make, and what its refusal says: whose limit it is and how to change it. */
export interface NodeRunLimit {
  max: number;
  message: string;
}

/** The run's own limit when it chose a lower one than the engine's (`BLOCKSMITH_MAX_NODE_RUNS` on a server), else the engine's. */
export function nodeRunLimit(engineMax: number, runMax: number | undefined): NodeRunLimit {
  if (runMax !== undefined && runMax < engineMax) {
    return {
      max: runMax,
      message: `The run reached its own limit of ${runMax} node runs (maxNodeRuns, chosen when it was started) and was stopped: start it with a higher maxNodeRuns, at most ${engineMax} (BLOCKSMITH_MAX_NODE_RUNS).`,
    };
  }
  return {
    max: engineMax,
    message: `The run reached its limit of ${engineMax} node runs and was stopped: check for runaway fan-out (an operator can raise the limit, BLOCKSMITH_MAX_NODE_RUNS).`,
  };
}
