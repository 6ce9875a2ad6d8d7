/** Thrown when the inputs given to a run do not match the graph's Input blocks. */
export class RunInputError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`The run inputs are invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'RunInputError';
    this.problems = problems;
  }
}
